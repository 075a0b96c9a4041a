import FrivilligApp
import FrivilligCore
import TerminalUI
import XCTest

/// A list of many while a filter is typed: space is text of the filter, Enter ticks.
final class FormPickerFilterTests: XCTestCase {
    private func workplacesPicker(_ l10n: Localizer = FormFixture.da) -> FormState {
        var form = FormState.volunteer(FormFixture.soerenOe, register: FormFixture.register, l10n: l10n)
        for _ in 0..<9 { form.press(.tab) }
        form.press(.enter)
        return form
    }

    func testSpaceIsTextWhileFilteringAndEnterTicksThenClearsTheFilter() throws {
        var form = workplacesPicker()
        form.type("plejecenter s")
        let filtered = form.screenText
        XCTAssertTrue(filtered.contains("Arbejdspladser: plejecenter s"), filtered)
        XCTAssertTrue(filtered.contains("› [ ] Plejecenter Solgården"), "the space filtered, it ticked nothing: \(filtered)")
        XCTAssertFalse(filtered.contains("Biblioteket"), filtered)
        XCTAssertEqual(form.statusHint, "↑↓ flyt · Enter til/fra · Esc ryd filter")
        form.press(.enter)
        let ticked = form.screenText
        XCTAssertTrue(ticked.contains("[x] Plejecenter Solgården") && ticked.contains("[ ] Biblioteket"),
                      "Enter ticked the match and emptied the filter, the list still open: \(ticked)")
        XCTAssertEqual(form.statusHint, "↑↓ flyt · mellemrum til/fra · Enter/Esc luk")
        form.press(.escape, .tab)
        let v = try XCTUnwrap(form.press(.enter).savedVolunteer)
        XCTAssertEqual(v.workplaceIDs, [FormFixture.solgaarden.id])
    }

    func testEscWhileFilteringClearsTheFilterAndTicksNothing() throws {
        var form = workplacesPicker(FormFixture.en)
        form.type("bib")
        XCTAssertEqual(form.statusHint, "↑↓ move · Enter tick/untick · Esc clear filter")
        form.press(.escape)
        XCTAssertTrue(form.screenText.contains("[ ] Plejecenter Solgården"), "every option is back")
        form.press(.escape, .tab)
        let v = try XCTUnwrap(form.press(.enter).savedVolunteer)
        XCTAssertEqual(v.workplaceIDs, [])
    }
}
