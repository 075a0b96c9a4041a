@testable import FrivilligApp
import FrivilligCore
import TerminalUI
import XCTest

/// The volunteer form's consent section (given, covers, how, withdrawn) and its line on
/// the detail.
final class FormConsentTests: XCTestCase {
    private func newForm() -> FormState {
        var form = FormState.volunteer(nil, register: FormFixture.register, l10n: FormFixture.da)
        form.type("Søren")
        for _ in 0 ..< 21 { form.press(.tab) }
        XCTAssertTrue(form.focusedLine?.contains("Samtykke givet") == true, form.focusedLine ?? "")
        return form
    }

    func testScopesAndHowAreChosenAndSaved() throws {
        var form = newForm()
        form.type("01.08.2026")
        form.press(.tab, .enter, .char(" "), .down, .char(" "), .enter)
        form.press(.tab, .right, .tab)
        let v = try XCTUnwrap(form.press(.enter).savedVolunteer)
        XCTAssertEqual(v.consent, Consent(given: Day(year: 2026, month: 8, day: 1)!, scopes: [.register, .photos], method: .written))
    }

    func testAWithdrawalBeforeTheConsentWasGivenIsNotSaved() {
        var form = newForm()
        form.type("01.08.2026")
        for _ in 0 ..< 3 { form.press(.tab) }
        form.type("31.07.2026")
        XCTAssertEqual(form.press(.enter), .stay)
        XCTAssertTrue(form.screenText.contains("Samtykke – Trukket tilbage: samtykket kan ikke være trukket tilbage, før det blev givet."),
                      form.screenText)
    }

    func testTheDetailShowsTheConsentOnOneLine() {
        var register = AppFixture.register()
        register.volunteers[0].consent = Consent(given: Day(year: 2021, month: 12, day: 1)!, scopes: [.register, .sharing], method: .email,
                                                 withdrawn: Day(year: 2026, month: 11, day: 20)!)
        var s = AppState(register: register, l10n: Localizer(.da), today: AppFixture.today, storePath: "~/store.json", width: 130, height: 40)
        s.press(.char("2"), .down, .enter)
        XCTAssertTrue(s.screen.contains("  Samtykke: givet 01.12.2021 på e-mail: registret, deling med arbejdspladsen · trukket tilbage 20.11.2026"),
                      s.screen.joined(separator: "\n"))
    }
}
