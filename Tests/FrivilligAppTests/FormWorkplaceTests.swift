import FrivilligApp
import FrivilligCore
import TerminalUI
import XCTest

final class FormWorkplaceTests: XCTestCase {
    func testWorkplaceContactsArePickedManyAtATime() throws {
        var form = FormState.workplace(FormFixture.solgaarden, register: FormFixture.register, l10n: FormFixture.da)
        form.press(.tab, .tab, .tab, .enter)
        XCTAssertEqual(form.statusHint, "↑↓ flyt · mellemrum til/fra · Enter/Esc luk")
        XCTAssertEqual(Array(form.screen()[5 ... 8]), [
            "│   Retningslinjer  ┌ Kontaktpersoner ───────────────────────┐                 │",
            "│   Børn under 15   │› [x] Lene Bak (Plejecenter Solgården)  │                 │",
            "│                   │  [ ] Ole Dam (Biblioteket)             │                 │",
            "│                   └────────────────────────────────────────┘                 │",
        ])
        form.press(.down, .char(" "), .up, .char(" "), .enter)
        XCTAssertEqual(form.focusedLine, "│ › Kontaktpersoner  Ole Dam (Biblioteket) ▾                                   │")
        form.press(.tab)
        let w = try XCTUnwrap(form.press(.enter).savedWorkplace)
        XCTAssertEqual(w.contactIDs, [FormFixture.ole.id])
        XCTAssertEqual(w.id, FormFixture.solgaarden.id)
    }

    func testAWorkplaceWithoutContactsShowsNone() throws {
        var form = FormState.workplace(nil, register: FormFixture.register, l10n: FormFixture.en)
        XCTAssertEqual(form.title, "New workplace")
        form.type("Aktivitetscentret")
        XCTAssertEqual(form.screen()[4], "│   Contact persons  (none) ▾                                                  │")
        let w = try XCTUnwrap(form.press(.enter).savedWorkplace)
        XCTAssertEqual(w.name, "Aktivitetscentret")
        XCTAssertEqual(w.contactIDs, [])
    }
}

/// The child-protection fields: a workplace marked as working with children, an
/// agreement's attachment and a check's outcome and assessor, saved as typed.
final class FormChildCheckTests: XCTestCase {
    func testAWorkplaceIsMarkedAsWorkingWithChildren() throws {
        var form = FormState.workplace(nil, register: FormFixture.register, l10n: FormFixture.da)
        form.type("Børnehuset")
        form.press(.tab, .tab, .tab, .tab, .tab)
        XCTAssertEqual(form.focusedLine?.contains("Børn under 15"), true, form.focusedLine ?? "")
        form.press(.char(" "))
        let w = try XCTUnwrap(form.press(.enter).savedWorkplace)
        XCTAssertTrue(w.worksWithChildren)
    }
}

extension FormChildCheckTests {
    /// Tabs until the focused row names `label`; fails after a whole round of the form.
    private func focus(_ form: inout FormState, on label: String) {
        for _ in 0 ..< 40 where form.focusedLine?.contains(label) != true { form.press(.tab) }
        XCTAssertEqual(form.focusedLine?.contains(label), true, label)
    }

    func testAnAgreementKeepsTheOutcomeTheAssessorAndAnOccasionalAttachment() throws {
        var form = FormState.agreement(nil, volunteerID: FormFixture.soerenOe.id, register: FormFixture.register,
                                       today: FormFixture.today, l10n: FormFixture.da)
        focus(&form, on: "Resultat")
        XCTAssertEqual(form.focusedLine?.contains("ikke vurderet"), true, form.focusedLine ?? "")
        form.press(.enter, .down, .down, .enter)
        XCTAssertEqual(form.focusedLine?.contains("anmærkninger, vurderet OK"), true, form.focusedLine ?? "")
        form.press(.tab)
        form.type("Lise Holm, leder")
        focus(&form, on: "Fast tilknytning")
        XCTAssertEqual(form.focusedLine?.contains("[x]"), true, "regular is the default")
        form.press(.char(" "))
        let a = try XCTUnwrap(form.press(.enter).savedAgreement)
        XCTAssertEqual(a.childCheck.outcome, .remarksAssessedOK)
        XCTAssertEqual(a.childCheck.assessedBy, "Lise Holm, leder")
        XCTAssertFalse(a.regularAttachment)
    }

    func testTheSettingsFormSavesTheSettingsAndRefusesABadNumberAtItsField() throws {
        var form = FormState.settings(Settings(), l10n: FormFixture.da)
        XCTAssertEqual(form.title, "Indstillinger")
        XCTAssertEqual(form.focusedLine?.contains("Børneattest fornyes efter (år)"), true, form.focusedLine ?? "")
        form.press(.ctrl("u"))
        form.type("0")
        XCTAssertEqual(form.press(.enter), .stay)
        XCTAssertTrue(form.screenText.contains("\"0\" er ikke et helt tal fra 1 til 10"), form.screenText)
        form.press(.ctrl("u"))
        form.type("2")
        form.press(.tab, .char(" "))
        guard case .save(let changes, _) = form.press(.enter) else { return XCTFail("not saved") }
        XCTAssertEqual(changes, [.putSettings(Settings(childCheckRenewalYears: 2, returnNeedsNewCheck: false))])
    }
}
