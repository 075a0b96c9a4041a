import TerminalUI
import XCTest

final class BufferTests: XCTestCase {
    func testNewBufferIsBlank() {
        let buffer = Buffer(width: 4, height: 2)
        XCTAssertEqual(buffer.lines, ["", ""])
        XCTAssertEqual(buffer[3, 1], .blank)
    }

    func testMixedTextLandsInTheRightColumns() {
        var buffer = Buffer(width: 20, height: 3)
        XCTAssertEqual(buffer.write("Søren Ærø", x: 0, y: 0), 9)
        XCTAssertEqual(buffer.write("山田太郎", x: 2, y: 1), 8)
        buffer.write("|", x: 10, y: 1)
        XCTAssertEqual(buffer.write("a😀e\u{301}", x: 0, y: 2), 4)
        XCTAssertEqual(buffer.lines, ["Søren Ærø", "  山田太郎|", "a😀é"])
        XCTAssertEqual(buffer[2, 1].text, "山")
        XCTAssertTrue(buffer[3, 1].isContinuation)
        XCTAssertEqual(buffer[3, 2].text, "e\u{301}")
    }

    func testControlCharactersInDataAreShownAsPlaceholders() {
        var buffer = Buffer(width: 10, height: 2)
        buffer.write("a\r\nb\u{1B}[2J", x: 0, y: 0)
        XCTAssertEqual(buffer.lines, ["a␍␊b␛[2J", ""])
    }

    func testWritingStopsAtTheRightEdgeAndNeverWraps() {
        var buffer = Buffer(width: 5, height: 2)
        XCTAssertEqual(buffer.write("Østergaard", x: 1, y: 0), 4)
        XCTAssertEqual(buffer.lines, [" Øste", ""])
    }

    func testMaxWidthLimitsTheText() {
        var buffer = Buffer(width: 10, height: 1)
        XCTAssertEqual(buffer.write("Åsegården", x: 0, y: 0, maxWidth: 3), 3)
        XCTAssertEqual(buffer.lines, ["Åse"])
    }

    func testWideCharacterThatOnlyHalfFitsBecomesASpace() {
        var buffer = Buffer(width: 5, height: 1)
        buffer.write("xxxxx", x: 0, y: 0)
        XCTAssertEqual(buffer.write("山田太", x: 0, y: 0), 5)
        XCTAssertEqual(buffer.lines, ["山田"])
        XCTAssertEqual(buffer[4, 0].text, " ")
        XCTAssertFalse(buffer[4, 0].isContinuation)
    }

    func testWideCharacterStopsAtMaxWidthToo() {
        var buffer = Buffer(width: 10, height: 1)
        buffer.write("..........", x: 0, y: 0)
        buffer.write("山田", x: 0, y: 0, maxWidth: 3)
        XCTAssertEqual(buffer.lines, ["山 ......."])
    }

    func testOverwritingRightHalfOfWideCharacterBlanksItsLeftHalf() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("山田", x: 0, y: 0)
        buffer.write("x", x: 1, y: 0)
        XCTAssertEqual(buffer.lines, [" x田"])
        XCTAssertFalse(buffer[0, 0].isContinuation)
        XCTAssertFalse(buffer[1, 0].isContinuation)
    }

    func testOverwritingLeftHalfOfWideCharacterBlanksItsRightHalf() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("山田", x: 0, y: 0)
        buffer.write("x", x: 2, y: 0)
        XCTAssertEqual(buffer.lines, ["山x"])
        XCTAssertEqual(buffer[3, 0].text, " ")
        XCTAssertFalse(buffer[3, 0].isContinuation)
    }

    func testWideCharacterOverStraddledWideCharactersBlanksBothNeighbours() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("山田太", x: 0, y: 0)
        buffer.write("ø", x: 1, y: 0)
        buffer.write("郎", x: 3, y: 0)
        XCTAssertEqual(buffer.lines, [" ø 郎"])
    }

    func testWritingOutsideTheBufferDoesNothing() {
        var buffer = Buffer(width: 3, height: 1)
        XCTAssertEqual(buffer.write("abc", x: 0, y: 1), 0)
        XCTAssertEqual(buffer.write("abc", x: 3, y: 0), 0)
        XCTAssertEqual(buffer.write("abc", x: 0, y: -1), 0)
        XCTAssertEqual(buffer.lines, [""])
    }

    func testFillPaintsARectangle() {
        var buffer = Buffer(width: 5, height: 3)
        buffer.fill(Rect(x: 1, y: 1, width: 3, height: 2), style: .plain, character: "#")
        XCTAssertEqual(buffer.lines, ["", " ###", " ###"])
    }

    func testSetStyleKeepsTextAndChangesLook() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("Ærø", x: 0, y: 0)
        let bar = Style(reverse: true)
        buffer.setStyle(Rect(x: 0, y: 0, width: 6, height: 1), style: bar)
        XCTAssertEqual(buffer.lines, ["Ærø"])
        XCTAssertEqual(buffer[0, 0].style, bar)
        XCTAssertEqual(buffer[5, 0].style, bar)
    }

    func testSetStyleOnHalfAWideCharacterStylesBothHalves() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.write("山", x: 0, y: 0)
        buffer.setStyle(Rect(x: 1, y: 0, width: 1, height: 1), style: Style(bold: true))
        XCTAssertTrue(buffer[0, 0].style.bold)
        XCTAssertTrue(buffer[1, 0].style.bold)
    }

    func testBoxDrawsAFrameWithTitle() {
        var buffer = Buffer(width: 12, height: 4)
        buffer.box(Rect(x: 1, y: 0, width: 10, height: 4), title: "Slet?")
        XCTAssertEqual(buffer.lines, [
            " ┌ Slet? ─┐",
            " │        │",
            " │        │",
            " └────────┘",
        ])
    }

    func testBoxTruncatesALongTitle() {
        var buffer = Buffer(width: 10, height: 3)
        buffer.box(Rect(x: 0, y: 0, width: 10, height: 3), title: "Frivillige i Århus")
        XCTAssertEqual(buffer.lines[0], "┌ Frivi… ┐")
    }

    func testDebugDescriptionShowsTheFrame() {
        var buffer = Buffer(width: 3, height: 1)
        buffer.write("ø", x: 1, y: 0)
        XCTAssertEqual(buffer.debugDescription, "+---+\n| ø |\n+---+")
    }
}
