import Foundation
import FrivilligCore

/// A register made by hand for the ranking, shared by the core, CLI and screen tests (the
/// CLI and App targets hold a link to this file).
enum TaskRankingFixture {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))! }
    static func d(_ y: Int, _ m: Int, _ day: Int) -> Day { Day(year: y, month: m, day: day)! }

    /// Højtlæsning at Solgården, Tuesday mornings. Anna fits in every way; Gert too but
    /// has two tasks; Cille and Bent are not at Solgården, and Bent was asked later than Cille;
    /// Hans has not said when he can; Erik only has Wednesdays; Dorte lacks the skill.
    /// Frida (paused), Ivan (anonymised) and Jytte (already on the task) are left out.
    static func register() -> Register {
        let solgaarden = Workplace(id: id(20), name: "Solgården")
        let task = VolunteerTask(id: id(30), title: "Højtlæsning på Solgården", workplaceID: solgaarden.id,
                                 skills: ["Højtlæsning"], time: TaskTime(weekdays: [.tuesday], partsOfDay: [.morning]),
                                 volunteerIDs: [id(10)])
        let busy = (0..<2).map { VolunteerTask(id: id(31 + $0), title: "Kaffe \($0)", volunteerIDs: [id(7)]) }
        let tueMorning = Availability(weekdays: [.tuesday, .thursday], partsOfDay: [.morning])
        func v(_ n: Int, _ name: String, skills: [String] = ["højtlæsning"], _ availability: Availability = Availability(weekdays: [.tuesday]),
               at places: [UUID] = [], status: VolunteerStatus = .active) -> Volunteer {
            Volunteer(id: id(n), name: name, status: status, skills: skills, availability: availability, workplaceIDs: places)
        }
        var bent = v(2, "Bent", skills: ["HØJTLÆSNING"])
        bent.asked = [TaskAsk(taskID: id(31), day: d(2026, 11, 1))]
        var cille = v(3, "Cille", tueMorning)
        cille.asked = [TaskAsk(taskID: id(32), day: d(2026, 1, 10))]
        var ivan = v(9, "Ivan", tueMorning, at: [solgaarden.id])
        ivan.anonymised = true
        let volunteers = [
            v(4, "Dorte", skills: ["kaffe"], tueMorning, at: [solgaarden.id]), bent, v(5, "Erik", Availability(weekdays: [.wednesday])),
            cille, v(1, "Anna", tueMorning, at: [solgaarden.id]), v(6, "Hans", Availability()),
            v(7, "Gert", tueMorning, at: [solgaarden.id]), v(8, "Frida", tueMorning, at: [solgaarden.id], status: .paused), ivan,
            v(10, "Jytte", tueMorning, at: [solgaarden.id]),
        ]
        let thanks = RecognitionEvent(date: d(2026, 6, 1), kind: .thanks, title: "Sommerfest", attendeeIDs: [id(1)])
        return Register(volunteers: volunteers, workplaces: [solgaarden], events: [thanks], tasks: [task] + busy)
    }
}
