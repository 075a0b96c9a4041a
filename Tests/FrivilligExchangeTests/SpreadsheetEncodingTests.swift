import FrivilligCore
import FrivilligExchange
import XCTest

/// A sheet whose rows came from two files, one saved as "CSV UTF-8" and one as plain
/// "CSV": read as either encoding some names are garbled, so it is refused, naming rows
/// of each kind as the spreadsheet numbers them.
final class SpreadsheetEncodingTests: XCTestCase {
    private func utf8(_ text: String) -> Data { Data(text.utf8) }
    /// Text of Latin-1 letters as Windows-1252 bytes (æ, ø, å are the same bytes).
    private func windows1252(_ text: String) -> Data { Data(text.unicodeScalars.map { UInt8($0.value) }) }

    private func assertMixed(_ data: Data, utf8 utf8Rows: [Int], windows1252 windows1252Rows: [Int], line: UInt = #line) {
        XCTAssertThrowsError(try SpreadsheetImport.plan(.volunteers, data: data, register: Register()), line: line) {
            XCTAssertEqual($0 as? ImportFileError, .mixedEncoding(utf8Rows: utf8Rows, windows1252Rows: windows1252Rows), line: line)
        }
    }

    func testRowsOfBothEncodingsAreNamedAsTheSpreadsheetNumbersThem() {
        let data = utf8("Navn;Noter\r\n")
            + utf8("Søren Østergaard;\"to\r\nlinjer\"\r\n")   // row 2, over two lines
            + windows1252("Åse Bæk;x\r\n")                      // row 3
            + utf8("Bo Berg;\r\n")                              // row 4, ASCII: either
            + windows1252("Ærø Ørsted;\"også\r\nto linjer\"\r\n") // row 5
            + utf8("Øjvind Ågård;\r\n")                         // row 6
        assertMixed(data, utf8: [2, 6], windows1252: [3, 5])
    }

    func testOnlyTheFirstThreeRowsOfEachKindAreNamed() {
        var data = utf8("Navn\n")
        for n in 0..<5 { data += utf8("Søren \(n)\n") + windows1252("Åse \(n)\n") }
        assertMixed(data, utf8: [2, 4, 6], windows1252: [3, 5, 7])
    }

    func testAByteOrderMarkAndASeparatorLineDoNotShiftTheRows() {
        let data = utf8("\u{FEFF}sep=,\r\nNavn,Noter\r\n\r\nSøren,\"a, b\"\r\n") + windows1252("Åse,\"Æ\"\r\n")
        assertMixed(data, utf8: [3], windows1252: [4])
    }
}
