import Foundation
import FrivilligCore

/// A register with tasks and associations whose links need care on the way back in: two
/// contacts, two workplaces and two volunteers share a name (so the export writes their
/// ids), one task has no workplace, one association's id is the one its name derives.
/// Shared by the exchange and CLI tests (the CLI target holds a link to this file).
enum TaskImportFixture {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))! }
    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    static let aeldreSagenID = AssociationName("Ældre Sagen").recordID

    static func register() -> Register {
        let created = Date(timeIntervalSince1970: 1_700_000_000)
        let contacts = [
            Contact(id: id(1), name: "Mette Holm", phone: "+4520111111"),
            Contact(id: id(2), name: "Mette Holm", phone: "+4520222222"),
            Contact(id: id(3), name: "Jens Berg", role: "formand", phone: "+4520333333"),
        ]
        let workplaces = [
            Workplace(id: id(10), name: "Solgården", contactIDs: [id(1)]),
            Workplace(id: id(11), name: "Solgården", contactIDs: [id(2)]),
        ]
        let volunteers = [
            Volunteer(id: id(20), name: "Anna Jensen", phones: ["+4530111111"], created: created),
            Volunteer(id: id(21), name: "Anna Jensen", phones: ["+4530222222"], created: created),
            Volunteer(id: id(22), name: "Bo Nielsen", phones: ["+4530333333"], created: created),
        ]
        let tasks = [
            VolunteerTask(id: id(30), title: "Højtlæsning", description: "Læs avisen højt\nfor to beboere", workplaceID: id(10),
                          contactID: id(1), skills: ["højtlæsning", "tålmodighed"],
                          time: TaskTime(weekdays: [.tuesday, .thursday], partsOfDay: [.morning], from: day(2026, 5, 1), until: day(2026, 8, 31)),
                          wanted: 2, volunteerIDs: [id(20), id(22)], notes: "Ring før kl. 9"),
            VolunteerTask(id: id(31), title: "Kaffe og snak", workplaceID: id(11), contactID: id(2),
                          time: TaskTime(partsOfDay: [.afternoon, .evening], ongoing: true), status: .filled, volunteerIDs: [id(21)]),
            VolunteerTask(id: id(32), title: "Lektiehjælp", time: TaskTime(weekdays: [.monday]), wanted: 3, status: .closed),
        ]
        let associations = [
            Association(id: aeldreSagenID, name: "Ældre Sagen", area: "ældre", contactIDs: [id(3)], phone: "+4533969696",
                        email: "info@aeldresagen.dk", web: "https://aeldresagen.dk", address: "Nørregade 49\n1165 København K",
                        notes: "Holder møde første mandag", listedSince: day(2026, 1, 15)),
            Association(id: id(51), name: "Besøgsvennerne", kind: .network, contactIDs: [id(1), id(2)]),
        ]
        return Register(volunteers: volunteers, contacts: contacts, workplaces: workplaces, tasks: tasks, associations: associations)
    }
}
