import TerminalUI
import XCTest

/// Fails with the line diff of `Buffer.differences(from:)` when the screens differ.
func assertBuffer(_ actual: Buffer, equals expected: Buffer, file: StaticString = #filePath, line: UInt = #line) {
    let differences = actual.differences(from: expected)
    if !differences.isEmpty {
        XCTFail(differences.joined(separator: "\n"), file: file, line: line)
    }
}

/// Whole screens stated as lines of text and style letters, and the diff a failing
/// comparison prints.
final class BufferLinesTests: XCTestCase {
    private let legend: StyleLegend = ["r": Style(reverse: true), "b": Style(bold: true)]

    /// A small list screen drawn the way the app draws one: a bold title, a selection bar.
    private func drawnList() -> Buffer {
        var buffer = Buffer(width: 12, height: 3)
        buffer.write("Frivillige", x: 0, y: 0, style: Style(bold: true))
        buffer.write("Åse Bæk", x: 0, y: 1)
        buffer.write("山田太郎", x: 0, y: 2)
        buffer.setStyle(Rect(x: 0, y: 1, width: 12, height: 1), style: Style(reverse: true))
        return buffer
    }

    func testLinesAndStylesStateTheWholeScreen() {
        let expected = Buffer(lines: ["Frivillige", "Åse Bæk", "山田太郎"],
                              styles: ["bbbbbbbbbb", "rrrrrrrrrrrr"],
                              legend: legend, width: 12)
        assertBuffer(drawnList(), equals: expected)
    }

    func testLinesArePaddedToTheWidestAndWideCharactersTakeTwoColumns() {
        let buffer = Buffer(lines: ["ab", "山田", ""])
        XCTAssertEqual(buffer.width, 4)
        XCTAssertEqual(buffer.height, 3)
        XCTAssertEqual(buffer.lines, ["ab", "山田", ""])
        XCTAssertTrue(buffer[1, 1].isContinuation)
        XCTAssertEqual(buffer[3, 0], .blank)
    }

    func testAWideCharacterTakesTheStyleOfItsFirstColumn() {
        let buffer = Buffer(lines: ["山田"], styles: ["r b"], legend: legend)
        XCTAssertEqual(buffer[0, 0].style, Style(reverse: true))
        XCTAssertEqual(buffer[1, 0].style, Style(reverse: true))
        XCTAssertEqual(buffer[2, 0].style, Style(bold: true))
        XCTAssertEqual(buffer[3, 0].style, Style(bold: true))
    }

    func testStyleLinesReadBackWhatTheLinesStated() {
        var legend = self.legend
        let styles = drawnList().styleLines(legend: &legend)
        XCTAssertEqual(styles, ["bbbbbbbbbb", "rrrrrrrrrrrr", ""])
        XCTAssertEqual(legend, self.legend, "no new letters for styles the legend has")
    }

    func testNewStylesGetTheirInitialThenTheUpperCaseOne() {
        var legend = StyleLegend()
        XCTAssertEqual(legend.letter(for: .plain), " ")
        XCTAssertEqual(legend.letter(for: Style(reverse: true)), "r")
        XCTAssertEqual(legend.letter(for: Style(foreground: .red, bold: true)), "R")
        XCTAssertEqual(legend.letter(for: Style(foreground: .red)), "a")
        XCTAssertEqual(legend.letter(for: Style(reverse: true)), "r")
        XCTAssertEqual(legend.descriptionLines, ["r reverse", "R red bold", "a red"])
    }

    func testALegendReadsBackWhatItWrote() throws {
        var legend = StyleLegend()
        _ = legend.letter(for: Style(foreground: .white, background: .red, bold: true))
        _ = legend.letter(for: Style(underline: true).inverted)
        XCTAssertEqual(try StyleLegend(describedBy: legend.descriptionLines), legend)
        XCTAssertThrowsError(try StyleLegend(describedBy: ["r revers"]))
        XCTAssertThrowsError(try StyleLegend(describedBy: ["r reverse", "r bold"]), "a letter twice")
        XCTAssertThrowsError(try StyleLegend(describedBy: ["  bold"]), "a space is plain")
    }

    func testStylesAreDescribedInWordsAndReadBack() {
        let style = Style(foreground: .yellow, background: .blue, bold: true, dim: true, reverse: true, underline: true)
        XCTAssertEqual(style.description, "yellow on blue bold dim reverse underline")
        XCTAssertEqual(Style(description: style.description), style)
        XCTAssertEqual(Style.plain.description, "plain")
        XCTAssertEqual(Style(description: "plain"), .plain)
        XCTAssertEqual(Style(description: "bold green"), Style(foreground: .green, bold: true))
        XCTAssertNil(Style(description: "on"))
        XCTAssertNil(Style(description: "blinking"))
        XCTAssertNil(Style(description: "default"))
    }

    func testEqualScreensHaveNoDifferences() {
        XCTAssertEqual(drawnList().differences(from: drawnList()), [])
    }

    func testADifferentCharacterShowsBothVersionsOfItsLine() {
        var actual = drawnList()
        actual.write("Å", x: 4, y: 1, style: Style(reverse: true))
        let report = actual.differences(from: drawnList())
        XCTAssertEqual(report.first, "The screen differs from the expected one in rows 1 (counted from 0; - expected, + actual, ~ style letters):")
        XCTAssertTrue(report.contains("    0 |Frivillige"), report.joined(separator: "\n"))
        XCTAssertTrue(report.contains("-   1 |Åse Bæk"), report.joined(separator: "\n"))
        XCTAssertTrue(report.contains("+   1 |Åse Åæk"), report.joined(separator: "\n"))
        XCTAssertTrue(report.contains("      1 column 4: expected \"B\" (reverse), actual \"Å\" (reverse)"), report.joined(separator: "\n"))
        XCTAssertFalse(report.contains { $0.contains("~|") }, "the styles are the same")
    }

    func testADifferentStyleShowsTheStyleLettersOfItsLine() {
        var actual = drawnList()
        actual.setStyle(Rect(x: 11, y: 1, width: 1, height: 1), style: .plain)
        let report = actual.differences(from: drawnList())
        XCTAssertEqual(report, [
            "The screen differs from the expected one in rows 1 (counted from 0; - expected, + actual, ~ style letters):",
            "    0 |Frivillige",
            "    1 |Åse Bæk",
            "-   1~|rrrrrrrrrrrr",
            "+   1~|rrrrrrrrrrr",
            "      1 column 11: expected \" \" (reverse), actual \" \" (plain)",
            "    2 |山田太郎",
            "Styles: b bold, r reverse",
        ])
    }

    func testADifferentSizeIsSaidAndTheMissingRowsShown() {
        let report = Buffer(lines: ["ab"]).differences(from: Buffer(lines: ["ab", "cd"], width: 3))
        XCTAssertEqual(report, [
            "The screen differs from the expected one in rows 0, 1 (counted from 0; - expected, + actual, ~ style letters):",
            "Size: expected 3×2, actual 2×1.",
            "    0 |ab",
            "      0 column 2: expected \" \" (plain), actual nothing (the screen is 2 wide)",
            "-   1 |cd",
        ])
    }
}
