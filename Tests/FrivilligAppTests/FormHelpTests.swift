@testable import FrivilligApp
import FrivilligCore
import TerminalUI
import XCTest

/// F1 in a form: help lists the keys of the focused field over the form, and closes back
/// to it without the closing key reaching a field; `?` stays text where text is typed.
final class FormHelpTests: XCTestCase {
    func testF1ListsTheFocusedFieldsKeysOverTheFormAndAnyKeyClosesIt() {
        var s = AppFixture.state()
        s.press(.char("2"), .char("a"))
        let form = s.screen
        s.press(.function(1))
        XCTAssertEqual(Array(s.screen[7...16]), [
            "│ ┌ Taster ──────────────────────────────────────────────────────────────────┐ │",
            "│ │ Tab/Shift-Tab eller ↓/↑   næste/forrige felt                             │ │",
            "│ │ Enter                     gem                                            │ │",
            "│ │ Esc                       annullér (spørger først, hvis noget er ændret) │ │",
            "│ │ F1                        vis tasterne                                   │ │",
            "│ │ F2, Ctrl-N                nødopslag fra alle skærme og formularer        │ │",
            "│ │ Ctrl-L                    tegn skærmen igen                              │ │",
            "│ │ Ctrl-C                    afslut (spørger først ved ændringer)           │ │",
            "│ │ en vilkårlig tast lukker                                                 │ │",
            "│ └──────────────────────────────────────────────────────────────────────────┘ │",
        ])
        XCTAssertEqual(Array(s.screen[0...6]), Array(form[0...6]), "the form stays on screen under the help")
        s.press(.char("x"))
        XCTAssertEqual(s.screen, form, "the key that closes help is not typed into the field")
    }

    func testHelpNamesTheKeysOfTheFieldInFocusAnOpenListHasItsOwn() {
        var s = AppFixture.state()
        s.press(.char("2"), .char("a"), .down, .down, .down, .down, .down, .enter, .function(1))
        let shown = s.screen.joined(separator: "\n")
        XCTAssertTrue(shown.contains("Enter           vælg og luk listen"), shown)
        XCTAssertFalse(shown.contains("gem"), shown)
        s.press(.escape)
        XCTAssertTrue(s.screen.joined().contains("┌ Status "), "Esc closes help, the list stays open")
    }

    func testAQuestionMarkInATextFieldIsText() {
        var s = AppFixture.state()
        s.press(.char("2"), .char("a"), .char("?"))
        XCTAssertEqual(s.screen[2], "│ › Navn *            ?                                                        │")
    }
}
