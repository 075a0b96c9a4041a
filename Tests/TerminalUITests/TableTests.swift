import TerminalUI
import XCTest

final class TableTests: XCTestCase {
    private let columns = [
        TableColumn("Navn"),
        TableColumn("Telefon", width: .fit(maximum: 12)),
        TableColumn("År", width: .fixed(3), alignment: .right),
    ]
    private let rows = [
        ["Søren Ærø", "12345678", "34"],
        ["山田太郎", "+81 3 1234", "5"],
        ["Åse", "", "101"],
    ]

    func testDanishAndCJKNamesKeepTheColumnsAligned() {
        var buffer = Buffer(width: 30, height: 5)
        let table = Table(columns: columns, rows: rows, marked: [0])
        var viewport = ListViewport(count: rows.count, height: Table.bodyHeight(in: buffer.area))
        viewport.selected = 1
        table.render(into: &buffer, in: buffer.area, viewport: viewport)
        XCTAssertEqual(buffer.lines, [
            "  Navn          Telefon     År",
            "* Søren Ærø     12345678    34",
            "  山田太郎      +81 3 1234   5",
            "  Åse                      101",
            "",
        ])
    }

    func testSelectedRowIsReverseVideoAcrossTheWholeWidth() {
        var buffer = Buffer(width: 30, height: 5)
        var viewport = ListViewport(count: rows.count, height: 4)
        viewport.selected = 2
        Table(columns: columns, rows: rows).render(into: &buffer, in: buffer.area, viewport: viewport)
        XCTAssertTrue((0 ..< 30).allSatisfy { buffer[$0, 3].style.reverse })
        XCTAssertFalse((0 ..< 30).contains { buffer[$0, 2].style.reverse })
        XCTAssertTrue(buffer[2, 0].style.bold, "header is bold")
    }

    func testFlexibleColumnTakesWhatIsLeft() {
        let table = Table(columns: columns, rows: rows)
        XCTAssertEqual(table.columnWidths(for: 30), [13, 10, 3])
        XCTAssertEqual(table.columnWidths(for: 50), [33, 10, 3])
    }

    func testFlexibleColumnsShareByWeight() {
        let table = Table(columns: [
            TableColumn("A", width: .flexible(weight: 2)),
            TableColumn("B", width: .flexible(weight: 1)),
        ], rows: [], showsMarkers: false)
        XCTAssertEqual(table.columnWidths(for: 31), [20, 10])
        XCTAssertEqual(table.columnWidths(for: 32), [21, 10])
    }

    func testNarrowScreenShrinksColumnsFromTheRight() {
        let table = Table(columns: [
            TableColumn("Navn", width: .fixed(10)),
            TableColumn("Telefon", width: .fixed(8)),
            TableColumn("År", width: .fixed(3)),
        ], rows: rows, showsMarkers: false)
        XCTAssertEqual(table.columnWidths(for: 17), [10, 5, 0])
        XCTAssertEqual(table.columnWidths(for: 5), [3, 0, 0])
    }

    func testLongCellsAreCutWithEllipsisNotSpilledIntoTheNextColumn() {
        var buffer = Buffer(width: 16, height: 2)
        let table = Table(columns: [
            TableColumn("Navn", width: .fixed(6)),
            TableColumn("By", width: .fixed(8)),
        ], rows: [["鈴木花子さん", "København"]], showsMarkers: false)
        table.render(into: &buffer, in: buffer.area, viewport: ListViewport(count: 1, height: 1))
        XCTAssertEqual(buffer.lines, ["Navn   By", "鈴木…  Københa…"])
    }

    func testOnlyRowsInTheViewportAreDrawn() {
        let many = (1 ... 20).map { ["Frivillig \($0)", "", ""] }
        var buffer = Buffer(width: 30, height: 4)
        var viewport = ListViewport(count: many.count, height: Table.bodyHeight(in: buffer.area))
        viewport.end()
        Table(columns: columns, rows: many).render(into: &buffer, in: buffer.area, viewport: viewport)
        XCTAssertEqual(buffer.lines.dropFirst().map { $0.trimmingSpaces() }, ["Frivillig 18", "Frivillig 19", "Frivillig 20"])
    }
}

private extension String {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
