import FrivilligCore
import FrivilligExchange
import XCTest

/// The import holds cells to the same text rule as the command line and the forms, so a
/// value one refuses the other refuses too.
final class ImportTextRulesTests: XCTestCase {
    private typealias F = SpreadsheetFixture

    func testCellsTheFormsWouldRefuseRejectTheirRow() throws {
        let sheet = "Navn;Telefon;Noter\nBo \u{202E}kE;20123456;\nLis\u{2028}Ek;30303030;\nAnna;40404040;a\u{7F}\nJens;50505050;\"to\nlinjer\tog tab\"\n"
        let plan = try F.plan(.volunteers, text: sheet)
        XCTAssertEqual(plan.rejected, [
            ImportRowError(row: 2, column: "Navn", value: "Bo \u{202E}kE", reason: .text(.bidiControl("\u{202E}"))),
            ImportRowError(row: 3, column: "Navn", value: "Lis\u{2028}Ek", reason: .text(.lineBreak)),
            ImportRowError(row: 4, column: "Noter", value: "a\u{7F}", reason: .text(.controlCharacter("\u{7F}"))),
        ])
        XCTAssertEqual(try F.applied(plan).volunteers.map(\.notes), ["to\nlinjer\tog tab"], "notes keep line breaks and tabs")
    }

    /// The rule the command line uses: ten digits, or a CPR number inside a longer text.
    func testACPRNumberAnywhereInATextRefusesTheFile() {
        XCTAssertThrowsError(try F.plan(.volunteers, text: "Navn;Noter\nBo;ring først\nAnna;CPR: 010203-1234, spørg\n")) {
            XCTAssertEqual($0 as? ImportFileError, .cprValue(row: 3, column: "Noter"))
        }
        XCTAssertThrowsError(try F.plan(.volunteers, text: "Navn;Telefon\n0102031234;20123456\n")) {
            XCTAssertEqual($0 as? ImportFileError, .cprValue(row: 2, column: "Navn"))
        }
    }
}
