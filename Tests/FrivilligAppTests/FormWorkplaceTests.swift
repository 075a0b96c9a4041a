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
            "│                   │› [x] Lene Bak (Plejecenter Solgården)  │                 │",
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
