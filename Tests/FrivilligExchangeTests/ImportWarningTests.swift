import FrivilligCore
import FrivilligExchange
import XCTest

/// Cells the import takes but a coordinator should look at first.
final class ImportWarningTests: XCTestCase {
    private typealias F = SpreadsheetFixture

    /// LibreOffice's Windows-1252 save turned `Ł` into `?`: the dry run names the row and
    /// column, and the row is still imported. A `?` with no letter beside it is no warning.
    func testAQuestionMarkWhereANameHasALetterIsAWarning() throws {
        let sheet = "Navn;Telefon;Pårørende;Pårørende telefon\n?ukasz Nowak;20123456;Ma?gorzata Nowak;30303030\nBo Ek ?;40404040;;\n"
        let plan = try F.plan(.volunteers, text: sheet)
        XCTAssertEqual(plan.warnings, [
            ImportRowWarning(row: 2, column: "Navn", value: "?ukasz Nowak"),
            ImportRowWarning(row: 2, column: "Pårørende", value: "Ma?gorzata Nowak"),
        ])
        XCTAssertEqual(plan.rejected, [])
        XCTAssertEqual(try F.applied(plan).volunteers.map(\.name).sorted(), ["?ukasz Nowak", "Bo Ek ?"])
    }
}
