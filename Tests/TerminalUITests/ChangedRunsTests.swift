import TerminalUI
import XCTest

final class ChangedRunsTests: XCTestCase {
    func testWithoutPreviousFrameEverythingIsDrawn() {
        let buffer = Buffer(width: 3, height: 2)
        let runs = buffer.changedRuns(from: nil)
        XCTAssertEqual(runs.map(\.y), [0, 1])
        XCTAssertEqual(runs.map(\.cells.count), [3, 3])
    }

    func testSizeChangeRedrawsEverything() {
        let before = Buffer(width: 3, height: 2)
        let after = Buffer(width: 4, height: 2)
        XCTAssertEqual(after.changedRuns(from: before).reduce(0) { $0 + $1.cells.count }, 8)
    }

    func testIdenticalFramesNeedNothing() {
        var buffer = Buffer(width: 10, height: 3)
        buffer.write("Søren", x: 1, y: 1)
        XCTAssertEqual(buffer.changedRuns(from: buffer), [])
    }

    func testFindsExactlyTheChangedCells() {
        var before = Buffer(width: 10, height: 3)
        before.write("Søren Ærø", x: 0, y: 1)
        var after = before
        after.write("Ø", x: 6, y: 1)
        after.write("z", x: 9, y: 2)
        XCTAssertEqual(after.changedRuns(from: before), [
            Buffer.Run(x: 6, y: 1, cells: [Cell(text: "Ø")]),
            Buffer.Run(x: 9, y: 2, cells: [Cell(text: "z")]),
        ])
    }

    func testStyleChangeSplitsRuns() {
        let before = Buffer(width: 4, height: 1)
        var after = before
        after.write("ab", x: 0, y: 0)
        after.write("cd", x: 2, y: 0, style: Style(bold: true))
        let runs = after.changedRuns(from: before)
        XCTAssertEqual(runs.map(\.x), [0, 2])
        XCTAssertEqual(runs.map { $0.cells.map(\.text).joined() }, ["ab", "cd"])
        XCTAssertEqual(runs[1].cells[0].style, Style(bold: true))
    }

    func testWideCharacterIsSentWhole() {
        var before = Buffer(width: 4, height: 1)
        before.write("山", x: 0, y: 0)
        var after = before
        after.setStyle(Rect(x: 1, y: 0, width: 1, height: 1), style: Style(underline: true))
        let runs = after.changedRuns(from: before)
        XCTAssertEqual(runs.count, 1)
        XCTAssertEqual(runs[0].x, 0)
        XCTAssertEqual(runs[0].cells.map(\.text), ["山", ""])
    }

    func testReplacingWideCharacterSendsTheBlankedHalf() {
        var before = Buffer(width: 4, height: 1)
        before.write("山", x: 0, y: 0)
        var after = before
        after.write("x", x: 0, y: 0)
        let runs = after.changedRuns(from: before)
        XCTAssertEqual(runs, [Buffer.Run(x: 0, y: 0, cells: [Cell(text: "x"), Cell(text: " ")])])
    }
}
