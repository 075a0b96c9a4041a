import TerminalUI
import XCTest

/// A paste into a one-line field: inserted whole at the cursor, on one line.
final class TextFieldPasteTests: XCTestCase {
    func testAPastedAddressWithLineBreaksStaysOnOneLine() {
        var field = TextField()
        XCTAssertTrue(field.handle(.paste("Vestergade 3, 8900 Randers\ndyrlæge om tirsdagen\nd")))
        XCTAssertEqual(field.text, "Vestergade 3, 8900 Randers dyrlæge om tirsdagen d")
        XCTAssertEqual(field.cursor, field.text.count)
    }

    func testThePasteGoesInAtTheCursor() {
        var field = TextField(text: "Søren Østergaard")
        for _ in 0 ..< 10 { _ = field.handle(.left) }
        XCTAssertTrue(field.handle(.paste("Peter ")))
        XCTAssertEqual(field.text, "Søren Peter Østergaard")
        XCTAssertEqual(field.cursor, 12, "the cursor stands after the pasted text")
        XCTAssertTrue(field.handle(.char("!")))
        XCTAssertEqual(field.text, "Søren Peter !Østergaard")
    }

    func testTabsAndEveryLineBreakBecomeOneSpaceAndOtherControlsAreDropped() {
        var field = TextField()
        XCTAssertTrue(field.handle(.paste("a\tb\r\nc\rd\u{1b}[31me\u{7}\u{7f}\u{85}f")))
        XCTAssertEqual(field.text, "a b c d[31me f")
    }

    func testALongPasteIsShownFromItsEndWithTheCursorAfterIt() {
        var field = TextField()
        XCTAssertTrue(field.handle(.paste(String(repeating: "abcdefghij", count: 1000))))
        XCTAssertEqual(field.text.count, 10_000)
        var buffer = Buffer(width: 12, height: 1)
        field.render(into: &buffer, x: 0, y: 0, width: 12, style: .plain, showCursor: true)
        XCTAssertEqual(buffer.lines, ["jabcdefghij"], "the last 11 characters and the cursor after them")
    }
}
