import TerminalUI
import XCTest

/// A narrow table leaves out its least important columns whole; a wide one does not
/// stretch a capped column but shows every column.
final class TablePriorityTests: XCTestCase {
    private let columns = [
        TableColumn("Navn", width: .flexible(weight: 1), maximum: 12),
        TableColumn("E-mail", width: .flexible(weight: 1), priority: 2, maximum: 20, minimum: 8),
        TableColumn("Telefon", width: .fixed(8), priority: 1),
    ]
    private let rows = [["Søren Ærø", "soeren@example.dk", "12345678"]]

    private func lines(width: Int) -> [String] {
        var buffer = Buffer(width: width, height: 2)
        let table = Table(columns: columns, rows: rows, showsMarkers: false)
        table.render(into: &buffer, in: buffer.area, viewport: ListViewport(count: 1, height: 1))
        return buffer.lines
    }

    func testANarrowTableLeavesOutTheHighestPriorityFirst() {
        XCTAssertEqual(lines(width: 22), ["Navn         Telefon", "Søren Ærø    12345678"])
        XCTAssertEqual(lines(width: 10), ["Navn", "Søren Ærø"])
    }

    func testAWideTableShowsEveryColumnUpToItsMaximum() {
        XCTAssertEqual(lines(width: 60), ["Navn         E-mail               Telefon",
                                          "Søren Ærø    soeren@example.dk    12345678"])
    }
}
