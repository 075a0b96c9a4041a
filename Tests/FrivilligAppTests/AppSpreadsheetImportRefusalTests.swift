@testable import FrivilligApp
import FrivilligExchange
import Foundation
import TerminalUI
import XCTest

/// The `I` dialog says why a file was not read in the reader's own words (the sentence
/// `frivillig import` prints), and refuses what the command line refuses: a cell too large.
final class AppSpreadsheetImportRefusalTests: XCTestCase {
    /// The dialog's text lines, without the frame.
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

    func testTheReadersRefusalIsShownAsItSaysIt() {
        let fifo = "~/ark.csv er en navngiven pipe (FIFO), ikke en fil. Gem regnearket som en CSV-fil, og giv stien til den."
        var s = state()
        s.type("~/ark.csv")
        s.press(.enter) { _ in .failure(FileRefusal(message: fifo)) }
        XCTAssertEqual(dialogText(s), [
            "Fil: ~/ark.csv",
            "",
            "~/ark.csv er en navngiven pipe (FIFO), ikke en fil. Gem regnearket som",
            "en CSV-fil, og giv stien til den.",
        ])
        XCTAssertTrue(s.isTextEntry, "the path can be corrected")
    }

    func testACellOverTheLimitIsRefusedNamingItsRowAndColumn() {
        let cell = String(repeating: "x", count: SpreadsheetLimits.cellBytes + 1)
        var s = state()
        s.type("~/ark.csv")
        s.press(.enter) { _ in .success(Data("Navn;Noter\nKaren Lund;Kort\nBo Berg;\(cell)\n".utf8)) }
        XCTAssertEqual(dialogText(s), [
            "Fil: ~/ark.csv",
            "",
            "~/ark.csv, række 3, kolonne »Noter«: cellen fylder mere end 64 KB, det",
            "meste en celle må rumme (en side tekst fylder omkring 3 KB, og Excel",
            "selv rummer højst 32.767 tegn i en celle). Gør cellen kortere i",
            "regnearket, eller slet kolonnen.",
        ])
        guard case .spreadsheetImport(let dialog)? = s.overlay else { return XCTFail("the dialog stays open") }
        XCTAssertNil(dialog.plan, "nothing to import from the file")
    }
}
