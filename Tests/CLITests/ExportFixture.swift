import Foundation
import FrivilligCore

/// A register whose values test the export formats: commas, semicolons, line breaks,
/// quotes, HTML and lines long enough to be folded.
enum ExportFixture {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))! }

    static let address = "Kirkevej 1, 2. tv.; baghuset\nNæstved, Sjælland (indgang fra gården bag den gule bygning)"
    static let tasks = "Gåture; højtlæsning, kaffe\n<script>alert(1)</script> & \"hygge\""
    static let newYear = "Nytårskur, med \"bobler\"; og kransekage"
    static let newYearText = "Vi siger tak for året, der gik, med taler, musik og dans i festsalen på rådhuset.\nHusk: tilmelding, senest 1. december; tag gerne en ven med."

    static func register() -> Register {
        let created = Date(timeIntervalSince1970: 1_700_000_000)
        let soeren = Volunteer(
            id: id(1), name: "Søren Østergaard", phones: ["+4520123456", "+4522334455"], email: "soeren@example.dk",
            address: address, workplaceIDs: [id(20)],
            emergencyContacts: [EmergencyContact(name: "Mette Østergaard", relation: "datter", phone: "+4530123456"),
                                EmergencyContact(name: "Jens Ø", relation: "", phone: "+4531313131")],
            created: created)
        let aase = Volunteer(id: id(2), name: "Åse Bæk", phones: ["+4540112233"], created: created)
        let hanne = Contact(id: id(10), name: "Hanne Kjær", organisation: "Solgården, Plejecenter", role: "Leder", phone: "+4570000000", email: "hanne@kommune.example.dk")
        let solgaarden = Workplace(id: id(20), name: "Plejecenter Solgården", address: "Solvej 2, 4700 Næstved", contactIDs: [id(10)])
        let agreement = Agreement(
            id: id(30), volunteerID: id(1), workplaceID: id(20), contactID: id(10), allowedTasks: tasks,
            forbiddenTasks: "Medicin", startDate: Day(year: 2026, month: 1, day: 5), reviewDate: nil,
            confidentialityExplained: true, dutyToReportExplained: false, insuranceExplained: true, expenses: "Kørsel")
        let events = [
            RecognitionEvent(id: id(40), date: Day(year: 2026, month: 12, day: 31)!, kind: .gathering, title: newYear,
                             description: newYearText, attendeeIDs: [id(1), id(2)]),
            RecognitionEvent(id: id(41), date: Day(year: 2026, month: 3, day: 1)!, kind: .thanks, title: "", attendeeIDs: [id(2)]),
            RecognitionEvent(id: id(42), date: Day(year: 2025, month: 6, day: 1)!, kind: .excursion, title: "Skagen", attendeeIDs: [id(1)]),
        ]
        return Register(volunteers: [soeren, aase], contacts: [hanne], workplaces: [solgaarden], agreements: [agreement], events: events)
    }

    static func write(to cli: CLIRunner) throws {
        try StoreCodec.encode(register()).write(to: cli.store)
    }
}
