import FrivilligCore
import XCTest

/// Stored text that today's input rules refuse (written by an older version or by hand)
/// still loads, and `check` names the record and the field to correct.
final class RegisterCheckTextTests: XCTestCase {
    private let created = Date(timeIntervalSince1970: 0)

    func testStoredTextThatBreaksTheRulesIsListedWithRecordAndField() {
        var soeren = Volunteer(name: "Sø\u{1B}[31mren", phones: ["+4520123456"], created: created)
        soeren.skills = ["kørsel", "bil\u{07}"]
        soeren.emergencyContacts = [
            EmergencyContact(name: "Mette", relation: "datter", phone: "+4530123456"),
            EmergencyContact(name: "Jens\nHansen", relation: "nabo", phone: "+4531313131"),
        ]
        soeren.notes = "Første linje\nCPR 010203-1234"
        let contact = Contact(name: "Hanne", email: "hanne@\u{202E}kd.elpmaxe", notes: "Træffes\nformiddag")
        let workplace = Workplace(name: "Solgården", area: "ældre\npleje", guidelines: "Ingen medicin.\nSpørg først.")
        var agreement = Agreement(volunteerID: soeren.id)
        agreement.childCheck.note = "Attest for 0102031234 modtaget"
        let event = RecognitionEvent(date: Day(year: 2026, month: 6, day: 1)!, kind: .excursion, title: "Tur\u{85}til Skagen")
        let register = Register(volunteers: [soeren], contacts: [contact], workplaces: [workplace], agreements: [agreement], events: [event])

        let volunteer = RegisterProblem.Record(kind: .volunteer, id: soeren.id, name: soeren.name)
        XCTAssertEqual(RegisterCheck.problems(in: register), [
            RegisterProblem(record: volunteer, issue: .invalidText(field: "name", .controlCharacter("\u{1B}"))),
            RegisterProblem(record: volunteer, issue: .invalidText(field: "skills", .controlCharacter("\u{07}"))),
            RegisterProblem(record: volunteer, issue: .invalidText(field: "emergency-name.2", .lineBreak)),
            RegisterProblem(record: volunteer, issue: .invalidText(field: "notes", .cprNumber("010203-1234"))),
            RegisterProblem(record: .init(kind: .contact, id: contact.id, name: "Hanne"),
                            issue: .invalidText(field: "email", .bidiControl("\u{202E}"))),
            RegisterProblem(record: .init(kind: .workplace, id: workplace.id, name: "Solgården"),
                            issue: .invalidText(field: "area", .lineBreak)),
            RegisterProblem(record: .init(kind: .agreement, id: agreement.id, name: soeren.name),
                            issue: .invalidText(field: "child-note", .cprNumber("0102031234"))),
            RegisterProblem(record: .init(kind: .event, id: event.id, name: event.title),
                            issue: .invalidText(field: "title", .controlCharacter("\u{85}"))),
        ])
    }
}
