import TerminalUI
import XCTest

final class SanitizeTests: XCTestCase {
    func testEscapeSequenceIsShownNotExecuted() {
        XCTAssertEqual(TextWidth.sanitize("\u{1B}[2J"), "␛[2J")
    }

    func testCursorMovingControlsBecomeControlPictures() {
        XCTAssertEqual(TextWidth.sanitize("\r"), "␍")
        XCTAssertEqual(TextWidth.sanitize("a\nb\tc\u{8}"), "a␊b␉c␈")
        XCTAssertEqual(TextWidth.sanitize("\u{0}\u{7}"), "␀␇")
    }

    func testDeleteAndC1ControlsAreReplaced() {
        XCTAssertEqual(TextWidth.sanitize("\u{7F}"), "␡")
        XCTAssertEqual(TextWidth.sanitize("x\u{9B}2J"), "x\u{FFFD}2J")
    }

    func testBidiControlsCannotReorderTheScreen() {
        XCTAssertEqual(TextWidth.sanitize("abc\u{202E}fed"), "abc\u{FFFD}fed")
        for scalar in [0x202A, 0x202D, 0x2066, 0x2069, 0x200E, 0x200F, 0x061C] {
            let text = String(Character(Unicode.Scalar(UInt32(scalar))!))
            XCTAssertEqual(TextWidth.sanitize(text), "\u{FFFD}", String(scalar, radix: 16))
        }
    }

    func testOrdinaryTextIsUnchanged() {
        let text = "Søren Ærø · 山田 😀 e\u{301} \u{200D}"
        XCTAssertEqual(TextWidth.sanitize(text), text)
    }
}
