import FrivilligApp
import FrivilligCore
import TerminalUI
import XCTest

/// `/` on a list starts with an empty search, so marking several people by name needs no
/// erasing between them.
final class AppSearchRestartTests: XCTestCase {
    func testSlashStartsEmptyAndTheMarksStay() throws {
        var s = AppFixture.state()
        s.press(.char("2"), .char("/"))
        s.type("søren")
        s.press(.enter, .char(" "))
        s.press(.char("/"))
        XCTAssertTrue(s.screen[1].hasSuffix("1–4 af 4"), "the last search is gone: \(s.screen[1])")
        XCTAssertFalse(s.screen[1].contains("søren"), s.screen[1])
        s.type("åse")
        s.press(.enter, .char(" "), .char("r"))
        let text = s.screen.joined(separator: "\n")
        XCTAssertTrue(text.contains("Deltagere (2)") && text.contains("• Søren Østergaard") && text.contains("• Åse Bæk"), text)
    }
}
