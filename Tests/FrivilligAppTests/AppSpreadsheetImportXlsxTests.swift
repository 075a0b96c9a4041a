@testable import FrivilligApp
import FrivilligExchange
import Foundation
import TerminalUI
import XCTest

/// The `I` dialog reads an `.xlsx` as it reads a CSV (the shared reader decides by the
/// first bytes), and refuses an `.ods` in the command line's one line.
final class AppSpreadsheetImportXlsxTests: XCTestCase {
    private func dialogText(_ s: AppState) -> [String] {
        s.screen.filter { $0.hasPrefix("  │ ") }.map {
            String($0.dropFirst(4).dropLast(2)).replacingOccurrences(of: " +$", with: "", options: .regularExpression)
        }
    }

    private func state() -> AppState {
        var s = AppFixture.state()
        s.press(.char("2"), .char("I"))
        return s
    }

    func testAWorkbookIsPlannedLikeACsv() {
        let book = XlsxWriter.workbook(CsvDocument(header: ["Navn", "Mobil"], rows: [["Bo Holm", "20 12 34 56"]]), sheet: "Ark1")
        var s = state()
        s.type("~/frivillige.xlsx")
        s.press(.enter) { _ in .success(book) }
        XCTAssertEqual(dialogText(s), [
            "~/frivillige.xlsx: regneark (.xlsx), arket »Ark1«, 1 række med",
            "frivillige.",
            "Tilføjes: 1",
            "  række 2: Bo Holm",
            "Opdateres: 0",
            "Uændret: 0",
            "",
            "j importerer · Esc fortryder",
        ])
    }

    func testAnOpenDocumentSheetIsRefusedInOneLine() {
        let ods = Data("PK\u{3}\u{4}".utf8) + Data(repeating: 0, count: 26) + Data("mimetypeapplication/vnd.oasis.opendocument.spreadsheet".utf8)
        var s = state()
        s.type("~/frivillige.ods")
        s.press(.enter) { _ in .success(ods) }
        XCTAssertEqual(dialogText(s), [
            "Fil: ~/frivillige.ods",
            "",
            "~/frivillige.ods er et LibreOffice-regneark (.ods), som Frivillig ikke",
            "læser: gem det som .xlsx eller CSV (Filer ▸ Gem som) og importér den",
            "fil.",
        ])
        guard case .spreadsheetImport(let dialog)? = s.overlay else { return XCTFail("the dialog stays open") }
        XCTAssertNil(dialog.plan)
    }
}
