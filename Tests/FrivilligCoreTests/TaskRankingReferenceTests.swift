@testable import FrivilligCore
import XCTest

/// The ranking against a plain reading of its rules (fold every skill, sort whole
/// candidates with one comparison) on random registers full of ties: the same names,
/// skills spelled several ways, few days, few workplaces.
final class TaskRankingReferenceTests: XCTestCase {
    private static let names = [
        "Anne-Marie Kristensen", "Anne-Marie Kristiansen", "Anne-Marie Krist", "Anne-Marie Kris", "Søren Ørum",
        "Åse", "Bo", "Bo ", "Zoë", "Ab", "ab", "Æble Øst",
    ]
    private static let skills = [
        "Højtlæsning", "HØJTLÆSNING", " højtlæsning ", "hojtlaesning", "Kaffe", "kaffe", "Gåture", "GAATURE",
        "Café", "cafe", "Strik", "", "  ",
    ]

    func testTheRankingEqualsTheReferenceOnRandomRegisters() {
        for seed: UInt64 in 1...2 {
            var random = SplitMix64(seed: seed)
            let register = Self.register(volunteers: 2000, &random)
            for task in register.tasks.prefix(8) {
                XCTAssertEqual(Array(TaskRanking(task, in: register).candidates), Self.reference(task, register),
                               "seed \(seed), task \(task.title)")
            }
        }
    }

    func testValuesTooLargeForTheSortKeyStillOrderByTheRules() {
        let many = (0..<300).map { "skill \($0)" }
        let task = VolunteerTask(title: "Many", skills: many)
        var late = Volunteer(name: "A", skills: Array(many.prefix(10)))
        late.asked = [TaskAsk(taskID: task.id, day: Day(ordinal: 9_000_001))]
        var early = Volunteer(name: "B", skills: Array(many.prefix(10)))
        early.asked = [TaskAsk(taskID: task.id, day: Day(ordinal: 9_000_000))]
        let volunteers = [
            Volunteer(name: "C", skills: Array(many.prefix(256))), Volunteer(name: "D", skills: Array(many.prefix(257))),
            late, early,
        ]
        let register = Register(volunteers: volunteers, tasks: [task])
        XCTAssertEqual(TaskRanking(task, in: register).candidates.map(\.name), ["D", "C", "B", "A"])
        XCTAssertEqual(Array(TaskRanking(task, in: register).candidates), Self.reference(task, register))
    }

    /// The rules as the doc comment of `TaskRanking` gives them, without any shortcut.
    private static func reference(_ task: VolunteerTask, _ register: Register) -> [TaskCandidate] {
        let fold = { (text: String) in SearchFold.plain(text.trimmingWhitespace) }
        let wanted = task.skills.filter { !fold($0).isEmpty }
        var taskCounts: [UUID: Int] = [:], thanked: [UUID: Day] = [:]
        for t in register.tasks where t.status != .closed {
            for id in t.volunteerIDs { taskCounts[id, default: 0] += 1 }
        }
        for e in register.events {
            for id in e.attendeeIDs { thanked[id] = max(thanked[id] ?? e.date, e.date) }
        }
        let out = register.volunteers.filter { v in
            v.status == .active && !v.anonymised && !task.volunteerIDs.contains(v.id)
        }.map { v in
            let held = Set((v.skills + v.interests).map(fold))
            return TaskCandidate(
                volunteerID: v.id, name: v.name, skills: wanted.filter { held.contains(fold($0)) },
                time: TaskRanking.time(task.time, v.availability), atWorkplace: task.workplaceID.map(v.workplaceIDs.contains) ?? false,
                taskCount: taskCounts[v.id] ?? 0, lastAsked: v.asked.map(\.day).max(), lastThanked: thanked[v.id])
        }
        let rank = { (c: TaskCandidate) in c.time == .timeUnknown ? 1 : c.time == .timeDoesNotFit ? 2 : 0 }
        return out.sorted { a, b in
            if a.skills.count != b.skills.count { return a.skills.count > b.skills.count }
            if rank(a) != rank(b) { return rank(a) < rank(b) }
            if a.atWorkplace != b.atWorkplace { return a.atWorkplace }
            if a.taskCount != b.taskCount { return a.taskCount < b.taskCount }
            if a.lastAsked != b.lastAsked { return a.lastAsked.map { x in b.lastAsked.map { x < $0 } ?? false } ?? true }
            if !a.name.utf8.elementsEqual(b.name.utf8) { return a.name.utf8.lexicographicallyPrecedes(b.name.utf8) }
            return a.volunteerID.uuidString < b.volunteerID.uuidString
        }
    }

    private static func register(volunteers count: Int, _ random: inout SplitMix64) -> Register {
        let places = (0..<3).map { Workplace(id: random.uuid(), name: "Sted \($0)") }
        let days = (0..<5).map { Day(year: 2026, month: 1 + $0 * 2, day: 10)! }
        func availability() -> Availability {
            Availability(weekdays: random.pick(random.int(0...3), of: Weekday.allCases),
                         partsOfDay: random.pick(random.int(0...2), of: PartOfDay.allCases))
        }
        var volunteers: [Volunteer] = []
        for _ in 0..<count {
            var v = Volunteer(
                id: random.uuid(), name: random.pick(names), status: random.chance(0.85) ? .active : .paused,
                skills: random.pick(random.int(0...3), of: skills), interests: random.pick(random.int(0...2), of: skills),
                availability: availability(), workplaceIDs: random.pick(random.int(0...2), of: places.map(\.id)))
            v.anonymised = random.chance(0.03)
            v.asked = (0..<random.int(0...2)).map { _ in TaskAsk(taskID: places[0].id, day: random.pick(days)) }
            volunteers.append(v)
        }
        let ids = volunteers.map(\.id)
        let tasks = (0..<40).map { i in
            VolunteerTask(
                title: "Opgave \(i)", workplaceID: random.chance(0.7) ? random.pick(places).id : nil,
                skills: (0..<random.int(0...3)).map { _ in random.pick(skills) },
                time: TaskTime(weekdays: random.pick(random.int(0...2), of: Weekday.allCases),
                               partsOfDay: random.pick(random.int(0...2), of: PartOfDay.allCases), ongoing: random.chance(0.15)),
                status: random.pick([.open, .filled, .closed]), volunteerIDs: (0..<random.int(0...4)).map { _ in random.pick(ids) })
        }
        let events = (0..<20).map { _ in
            RecognitionEvent(date: random.pick(days), kind: .thanks, attendeeIDs: random.pick(random.int(0...60), of: ids))
        }
        return Register(volunteers: volunteers, workplaces: places, events: events, tasks: tasks)
    }
}
