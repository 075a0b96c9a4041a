import TerminalUI
import XCTest

final class TextFieldTests: XCTestCase {
    private func type(_ keys: [Key], into field: inout TextField) {
        for key in keys {
            XCTAssertTrue(field.handle(key), "\(key)")
        }
    }

    private func chars(_ text: String) -> [Key] {
        text.map { .char($0) }
    }

    func testTypingDanishLettersAppends() {
        var field = TextField()
        type(chars("Søren Ærø"), into: &field)
        XCTAssertEqual(field.text, "Søren Ærø")
        XCTAssertEqual(field.cursor, 9)
    }

    func testInsertInTheMiddleAfterMovingLeft() {
        var field = TextField(text: "Sren")
        type([.left, .left, .left, .char("ø")], into: &field)
        XCTAssertEqual(field.text, "Søren")
        XCTAssertEqual(field.cursor, 2)
    }

    func testBackspaceAndDelete() {
        var field = TextField(text: "Åsee")
        type([.backspace], into: &field)
        XCTAssertEqual(field.text, "Åse")
        type([.home, .delete], into: &field)
        XCTAssertEqual(field.text, "se")
        XCTAssertEqual(field.cursor, 0)
        type([.backspace], into: &field)
        XCTAssertEqual(field.text, "se")
    }

    func testCursorStopsAtBothEnds() {
        var field = TextField(text: "ab")
        type([.right, .right], into: &field)
        XCTAssertEqual(field.cursor, 2)
        type([.home, .left], into: &field)
        XCTAssertEqual(field.cursor, 0)
    }

    func testEmacsLineKeys() {
        var field = TextField(text: "Jens Ærø Hansen")
        type([.ctrl("a")], into: &field)
        XCTAssertEqual(field.cursor, 0)
        type([.ctrl("e")], into: &field)
        XCTAssertEqual(field.cursor, 15)
        type([.ctrl("w")], into: &field)
        XCTAssertEqual(field.text, "Jens Ærø ")
        type([.ctrl("w")], into: &field)
        XCTAssertEqual(field.text, "Jens ")
        type([.left, .left, .ctrl("k")], into: &field)
        XCTAssertEqual(field.text, "Jen")
        type([.left, .ctrl("u")], into: &field)
        XCTAssertEqual(field.text, "n")
        XCTAssertEqual(field.cursor, 0)
    }

    func testCursorMovesByCharacterNotByScalar() {
        var field = TextField(text: "e\u{301}山")
        type([.left, .left, .delete], into: &field)
        XCTAssertEqual(field.text, "山")
    }

    func testKeysForTheFormAreNotConsumed() {
        var field = TextField(text: "x")
        for key: Key in [.enter, .escape, .tab, .backTab, .up, .down, .ctrl("s"), .function(2), .char("\u{1B}")] {
            XCTAssertFalse(field.handle(key), "\(key)")
        }
        XCTAssertEqual(field.text, "x")
    }

    func testSettingShorterTextPullsTheCursorBack() {
        var field = TextField(text: "Østergaard")
        field.text = "Ø"
        XCTAssertEqual(field.cursor, 1)
    }

    func testRenderShowsTextAndReverseCursorAtTheEnd() {
        var buffer = Buffer(width: 12, height: 1)
        TextField(text: "Åse").render(into: &buffer, x: 1, y: 0, width: 8, style: .plain, showCursor: true)
        XCTAssertEqual(buffer.lines, [" Åse"])
        XCTAssertTrue(buffer[4, 0].style.reverse)
        XCTAssertFalse(buffer[3, 0].style.reverse)
    }

    func testRenderScrollsSoTheCursorStaysVisible() {
        var buffer = Buffer(width: 6, height: 1)
        TextField(text: "Søren Østergaard").render(into: &buffer, x: 0, y: 0, width: 6, style: .plain, showCursor: true)
        XCTAssertEqual(buffer.lines, ["gaard"])
        XCTAssertTrue(buffer[5, 0].style.reverse)

        var field = TextField(text: "Søren Østergaard")
        field.cursor = 0
        field.render(into: &buffer, x: 0, y: 0, width: 6, style: .plain, showCursor: true)
        XCTAssertEqual(buffer.lines, ["Søren"])
        XCTAssertTrue(buffer[0, 0].style.reverse)
    }

    func testRenderOfWideTextNeverOverflowsTheField() {
        var buffer = Buffer(width: 8, height: 1)
        buffer.write("########", x: 0, y: 0)
        var field = TextField(text: "山田太郎")
        field.cursor = 1
        field.render(into: &buffer, x: 0, y: 0, width: 5, style: .plain, showCursor: true)
        XCTAssertEqual(buffer.lines, ["山田 ###"])
        XCTAssertTrue(buffer[2, 0].style.reverse)
        XCTAssertTrue(buffer[3, 0].style.reverse)
    }

    func testRenderWithoutCursorHasNoReverseCell() {
        var buffer = Buffer(width: 6, height: 1)
        TextField(text: "ab").render(into: &buffer, x: 0, y: 0, width: 6, style: .plain, showCursor: false)
        XCTAssertFalse((0 ..< 6).contains { buffer[$0, 0].style.reverse })
    }
}
