import FrivilligApp
import FrivilligCore
import Foundation
import TerminalUI

/// A small register with a fixed "today" so screens can be compared line by line.
enum AppFixture {
    static let today = Day(year: 2026, month: 11, day: 23)!

    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }

    static func register() -> Register {
        let created = Date(timeIntervalSince1970: 1_700_000_000)
        let volunteers = [
            Volunteer(id: id(1), name: "Søren Østergaard", phones: ["+4520123456"], email: "soeren@example.dk",
                      startDate: Day(year: 2021, month: 12, day: 1), workplaceIDs: [id(20)],
                      emergencyContacts: [EmergencyContact(name: "Mette Østergaard", relation: "datter", phone: "+4530123456")], created: created),
            Volunteer(id: id(2), name: "Åse Bæk", phones: ["+4540112233"], skills: ["højtlæsning"],
                      availability: Availability(weekdays: [.tuesday], partsOfDay: [.morning]),
                      membership: Membership(kind: .association, name: "Ældre Sagen Køge", associationID: id(60)), created: created),
            Volunteer(id: id(3), name: "山田太郎", phones: ["+819012345678"],
                      emergencyContacts: [EmergencyContact(name: "山田花子", relation: "ægtefælle", phone: "+819087654321")], created: created),
            Volunteer(id: id(4), name: "Anders Jensen", phones: ["+4550505050"], status: .paused,
                      emergencyContacts: [EmergencyContact(name: "Lis Jensen", relation: "søster", phone: "+4560606060")], created: created),
        ]
        let contacts = [Contact(id: id(10), name: "Hanne Kjær", kind: .staff, organisation: "Solgården", role: "Leder", phone: "+4570000000")]
        let workplaces = [Workplace(id: id(20), name: "Plejecenter Solgården", area: "ældre", contactIDs: [id(10)])]
        let agreements = [
            Agreement(id: id(30), volunteerID: id(1), workplaceID: id(20), contactID: id(10), startDate: Day(year: 2021, month: 12, day: 1),
                      reviewDate: Day(year: 2026, month: 12, day: 10), signedByVolunteer: Day(year: 2021, month: 12, day: 1),
                      signedByContact: Day(year: 2021, month: 12, day: 2)),
            Agreement(id: id(31), volunteerID: id(2), workplaceID: id(20)),
        ]
        let events = [RecognitionEvent(id: id(40), date: Day(year: 2026, month: 11, day: 1)!, kind: .excursion,
                                       title: "Sommerudflugt", attendeeIDs: [id(1)])]
        let tasks = [
            VolunteerTask(id: id(50), title: "Højtlæsning for beboerne", workplaceID: id(20), contactID: id(10), skills: ["Højtlæsning"],
                          time: TaskTime(weekdays: [.tuesday], partsOfDay: [.morning]), wanted: 2),
            VolunteerTask(id: id(51), title: "Kaffe i caféen", workplaceID: id(20), time: TaskTime(ongoing: true), status: .filled,
                          volunteerIDs: [id(1)]),
        ]
        let associations = [Association(id: id(60), name: "Ældre Sagen Køge", area: "ældre", phone: "+4556565656",
                                        email: "koege@aeldresagen.example.dk", listedSince: Day(year: 2026, month: 3, day: 1))]
        return Register(volunteers: volunteers, contacts: contacts, workplaces: workplaces, agreements: agreements, events: events,
                        tasks: tasks, associations: associations)
    }

    static func state(_ language: Language = .da, width: Int = 80, height: Int = 24) -> AppState {
        AppState(register: register(), l10n: Localizer(language), today: today, storePath: "~/store.json", width: width, height: height)
    }
}

extension AppState {
    /// Feeds keys as a user would type them; returns the effects of the last key.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        var effects: [Effect] = []
        for key in keys { effects = update(.key(key)) }
        return effects
    }

    /// Presses `key` and answers the file reads it asks for with `read`, as the runner
    /// answers them from the disk; returns the other effects.
    @discardableResult
    mutating func press(_ key: Key, reading read: (String) -> Result<Data, FileRefusal>) -> [Effect] {
        var left: [Effect] = []
        for effect in update(.key(key)) {
            if case .readFile(let path) = effect { left += update(.fileRead(path: path, read(path))) } else { left.append(effect) }
        }
        return left
    }

    /// Sends the runtime's side of things (a commit's result, a resize, …).
    @discardableResult
    mutating func send(_ message: Message) -> [Effect] {
        update(message)
    }

    /// Types text one character at a time.
    mutating func type(_ text: String) {
        for c in text { _ = update(.key(.char(c))) }
    }

    var screen: [String] { view().lines }
}
