import Foundation
import FrivilligApp
import FrivilligCore
import TerminalUI

/// A small register and helpers shared by the form tests.
enum FormFixture {
    static let today = Day(year: 2026, month: 6, day: 15)!
    static let created = Date(timeIntervalSince1970: 1_700_000_000)

    static let anna = Volunteer(id: UUID(uuidString: "00000000-0000-0000-0000-00000000000A")!,
                                name: "Anna Hansen", phones: ["+4540404040"], created: created)
    static let soerenJ = Volunteer(id: UUID(uuidString: "00000000-0000-0000-0000-00000000000B")!,
                                   name: "Søren Jensen", phones: ["+4530303030"], created: created)
    static let soerenOe = Volunteer(
        id: UUID(uuidString: "00000000-0000-0000-0000-00000000000C")!, name: "Søren Østergaard",
        phones: ["+4520123456"], email: "soeren@example.dk", status: .active,
        statusChanged: Day(year: 2024, month: 3, day: 1), startDate: Day(year: 2024, month: 3, day: 1),
        emergencyContacts: [EmergencyContact(name: "Mette Østergaard", relation: "datter", phone: "+4560606060")],
        created: created)
    static let bodil = Volunteer(id: UUID(uuidString: "00000000-0000-0000-0000-00000000000D")!,
                                 name: "Bodil Ærø", created: created)

    static let lene = Contact(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000C1")!,
                              name: "Lene Bak", organisation: "Plejecenter Solgården")
    static let ole = Contact(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000C2")!,
                             name: "Ole Dam", organisation: "Biblioteket")
    static let solgaarden = Workplace(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000F1")!,
                                      name: "Plejecenter Solgården", contactIDs: [lene.id])
    static let biblioteket = Workplace(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000F2")!,
                                       name: "Biblioteket")

    static let register = Register(
        volunteers: [soerenOe, anna, soerenJ, bodil], contacts: [lene, ole],
        workplaces: [solgaarden, biblioteket])

    static let da = Localizer(.da)
    static let en = Localizer(.en)
}

extension FormState {
    /// Types text character by character; every key must keep the form open.
    mutating func type(_ text: String) {
        for character in text { _ = handle(.char(character)) }
    }

    /// Presses keys in order and returns what the last one did.
    @discardableResult
    mutating func press(_ keys: Key...) -> FormOutcome {
        var outcome = FormOutcome.stay
        for key in keys { outcome = handle(key) }
        return outcome
    }

    /// The form drawn over a whole 80×24 screen, as text rows.
    func screen(width: Int = 80, height: Int = 24) -> [String] {
        var buffer = Buffer(width: width, height: height)
        render(into: &buffer, in: buffer.area)
        return buffer.lines
    }

    /// What the screen says, frame and padding removed, rows joined by spaces: for
    /// finding a message that is wrapped over several rows.
    var screenText: String {
        screen().map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│┌┐└┘─↑↓ ")) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The row marked as focused.
    var focusedLine: String? {
        screen().first { $0.dropFirst(2).hasPrefix("›") }
    }
}

extension FormOutcome {
    /// The single record a save produced, for checking its fields.
    var savedVolunteer: Volunteer? {
        if case .save(let changes, _) = self, changes.count == 1, case .putVolunteer(let v) = changes[0] { return v }
        return nil
    }

    var savedEvent: RecognitionEvent? {
        if case .save(let changes, _) = self, changes.count == 1, case .putEvent(let e) = changes[0] { return e }
        return nil
    }

    var savedAgreement: Agreement? {
        if case .save(let changes, _) = self, changes.count == 1, case .putAgreement(let a) = changes[0] { return a }
        return nil
    }

    var savedWorkplace: Workplace? {
        if case .save(let changes, _) = self, changes.count == 1, case .putWorkplace(let w) = changes[0] { return w }
        return nil
    }
}
