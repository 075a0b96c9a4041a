import Foundation
import FrivilligCore
@testable import FrivilligExchange
import XCTest

/// The import's stated limits: a cell of at most 64 KB and a file of at most 64 MB. A cell
/// at the limit comes in whole; one byte more refuses the file, naming the cell.
final class SpreadsheetLimitsTests: XCTestCase {
    /// 32,768 letters ø: 65,536 bytes of UTF-8, the most a cell may hold.
    private let fullCell = String(repeating: "ø", count: SpreadsheetLimits.cellBytes / 2)

    private func refusal(_ text: String) -> ImportFileError? {
        do {
            _ = try SpreadsheetFixture.plan(.volunteers, text: text)
            return nil
        } catch {
            return error as? ImportFileError
        }
    }

    func testACellAtTheLimitIsImportedWhole() throws {
        let plan = try SpreadsheetFixture.plan(.volunteers, text: "Navn;Telefon;Noter\nKaren Lund;60708090;\"\(fullCell)\"\n")
        XCTAssertEqual(plan.rejected, [])
        let register = try SpreadsheetFixture.applied(plan)
        XCTAssertEqual(register.volunteers.map(\.notes), [fullCell])
    }

    func testACellOverTheLimitRefusesTheFileNamingItsRowAndColumn() {
        let quoted = "Navn;Telefon;Noter\nSøren Østergaard;20123456;Kort\nKaren Lund;60708090;\"\(fullCell)\r\nx\"\n"
        XCTAssertEqual(refusal(quoted), .cellTooLarge(row: 3, column: "Noter"))
        let unquoted = "Navn;Telefon;Noter\nKaren Lund \(fullCell);60708090;\n"
        XCTAssertEqual(refusal(unquoted), .cellTooLarge(row: 2, column: "Navn"))
        let unknownColumn = "Navn;Skostørrelse\nKaren Lund;\(fullCell)x\n"
        XCTAssertEqual(refusal(unknownColumn), .cellTooLarge(row: 2, column: "Skostørrelse"), "a column nobody imports is still read")
        let header = "Navn;\(fullCell)x\nKaren Lund;Kort\n"
        XCTAssertEqual(refusal(header), .cellTooLarge(row: 1, column: "#2"), "a header too large is named by its number, not its text")
        let neverClosed = "Navn;Noter\nKaren Lund;\"glemt citationstegn\n" + String(repeating: "Bo Berg;note\n", count: 10_000)
        XCTAssertEqual(refusal(neverClosed), .unterminatedQuote(row: 2, column: "Noter"),
                       "a quote that swallows the rest of the file is named as the quote it is, not as a large cell")
    }

    func testAFileOverTheLimitIsRefusedWhole() {
        let data = Data(count: SpreadsheetLimits.fileBytes + 1)
        XCTAssertThrowsError(try SpreadsheetImport.plan(.volunteers, data: data, register: Register())) {
            XCTAssertEqual($0 as? ImportFileError, .fileTooLarge(bytes: SpreadsheetLimits.fileBytes + 1))
        }
    }
}
