import FrivilligApp
import FrivilligCore
import TerminalUI
import XCTest

/// Forms hold text to the rule the command line and the import use: a value it refuses
/// keeps the form open with the reason at the field, and a record stored before the rule
/// must be corrected at its next edit.
final class FormTextRulesTests: XCTestCase {
    func testACPRNumberTypedAsANameIsRefusedWithTheReasonAtTheField() {
        var form = FormState.volunteer(nil, register: FormFixture.register, l10n: FormFixture.da)
        form.type("Bo 010203-1234")
        XCTAssertEqual(form.press(.enter), .stay)
        let lines = form.screen()
        XCTAssertEqual(Array(lines[1 ... 4]), [
            "│ › Navn *            Bo 010203-1234                                           │",
            "│   Navn indeholder »010203-1234«, som ligner et CPR-nummer. Frivillig gemmer  │",
            "│   aldrig CPR-numre (kun en fødselsdato, dd.mm.åååå). Slet det.               │",
            "│   Telefon                                                                    │",
        ])
        XCTAssertEqual(lines[22], "│ Ikke gemt: ret de markerede felter (1).                                      │")
    }

    /// U+202E can be typed or pasted (it is not a control character to the text field),
    /// and would show the rest of the name reversed.
    func testABidiOverrideInAContactsRoleIsRefused() {
        var form = FormState.contact(nil, register: FormFixture.register, l10n: FormFixture.en)
        form.type("Hanne")
        form.press(.tab, .tab, .tab)
        form.type("Leder \u{202E}ksiv")
        XCTAssertEqual(form.press(.enter), .stay)
        XCTAssertTrue(form.screenText.contains(
            "Role contains the character U+202E (\u{FFFD}), which reverses the writing direction"), form.screenText)
    }

    /// A volunteer stored with an escape sequence in the name (an older version let it in)
    /// opens for editing, but is not saved again until the name is corrected; the line
    /// breaks an import brought into the notes are no reason to refuse, and are kept.
    func testAStoredBadValueMustBeCorrectedAtTheNextEdit() throws {
        var stored = FormFixture.anna
        stored.name = "Anna\u{1B}[2J Hansen"
        stored.notes = "Første linje\nAnden linje"
        var form = FormState.volunteer(stored, register: FormFixture.register, l10n: FormFixture.da)
        XCTAssertEqual(form.press(.enter), .stay)
        XCTAssertEqual(form.focusedLine, "│ › Navn *            Anna␛[2J Hansen                                          │")
        XCTAssertTrue(form.screenText.contains(
            "Navn indeholder styretegnet U+001B (␛), som kan styre terminalen og ikke gemmes. Slet det."), form.screenText)
        form.press(.ctrl("u"))
        form.type("Anna Hansen")
        let saved = try XCTUnwrap(form.press(.enter).savedVolunteer)
        XCTAssertEqual(saved.name, "Anna Hansen")
        XCTAssertEqual(saved.notes, "Første linje\nAnden linje")
        XCTAssertEqual(saved.id, stored.id)
    }

    /// The whole screen: `e` on a volunteer whose emergency contact's relation holds a bidi
    /// override, Enter, and no change is committed; the error names the row.
    func testEditingFromTheListCommitsNothingUntilCorrected() {
        var register = AppFixture.register()
        register.volunteers[3].emergencyContacts[0].relation = "søster\u{202E}"
        var s = AppState(register: register, l10n: Localizer(.da), today: AppFixture.today, storePath: "s", width: 100, height: 40)
        s.press(.char("2"), .char("e"))
        XCTAssertEqual(s.press(.enter), [])
        let text = s.screen.joined(separator: "\n")
        XCTAssertTrue(text.contains("Rediger Anders Jensen"), text)
        XCTAssertTrue(text.contains("Pårørende 1 – Relation indeholder tegnet U+202E"), text)
    }
}
