import FrivilligApp
import FrivilligCore
import TerminalUI
import XCTest

/// The letterhead of the welcome letter is set in the settings form (`s` on the
/// overview) as well as with `frivillig settings --letterhead-…`.
final class FormSettingsLetterheadTests: XCTestCase {
    private func settingsSaved(_ outcome: FormOutcome) -> Settings? {
        if case .save(let changes, _) = outcome, changes.count == 1, case .putSettings(let s) = changes[0] { return s }
        return nil
    }

    func testTheLetterheadLinesAreFieldsOfTheSettingsForm() {
        var form = FormState.settings(Settings(), l10n: FormFixture.da)
        XCTAssertTrue(form.screenText.contains("Brevhoved, kommune"), form.screenText)
        for _ in 0 ..< 40 where !(form.focusedLine?.contains("Brevhoved, kommune") ?? false) { form.press(.tab) }
        form.type("Randers Kommune")
        XCTAssertEqual(settingsSaved(form.press(.enter))?.letterhead.municipality, "Randers Kommune")
    }
}
