import FrivilligCore
import FrivilligExchange
import XCTest

/// Files that are not an `.xlsx` the import reads are refused as a whole, by their first
/// bytes, before any of their bytes could reach a message: LibreOffice's `.ods`, Excel's
/// old `.xls`, a damaged zip, and a zip that unpacks to more than the limit.
final class XlsxRefusalTests: XCTestCase {
    private func refusal(_ data: Data, sheet: String? = nil) -> ImportFileError? {
        do {
            _ = try SpreadsheetImport.plan(.volunteers, data: data, register: Register(), sheet: sheet)
            return nil
        } catch {
            return error
        }
    }

    func testAnOpenDocumentSheetIsRecognisedByItsMimetype() throws {
        let ods = try XlsxPython.zip([("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                                      ("content.xml", "<office:document-content/>")])
        XCTAssertEqual(refusal(ods), .workbook(.openDocument))
    }

    func testAnOldExcelFileIsRecognisedByItsMagic() {
        let xls = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504) + Array("Navn;Mobil".utf8))
        XCTAssertEqual(refusal(xls), .workbook(.legacyExcel))
    }

    func testAZipWithoutAWorkbookIsDamaged() throws {
        let other = try XlsxPython.zip([("readme.txt", "Navn;Mobil")])
        XCTAssertEqual(refusal(other), .workbook(.damaged(part: "xl/_rels/workbook.xml.rels")))
        XCTAssertEqual(refusal(Data("PK\u{3}\u{4}garbage".utf8)), .workbook(.damaged(part: "zip")))
    }

    func testAZipBombIsRefusedBeforeItIsUnpacked() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-bomb-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        try XlsxPython.run("""
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("xl/_rels/workbook.xml.rels", " " * (\(SpreadsheetLimits.unpackedBytes) + 1))
            """, file: file)
        let bomb = try Data(contentsOf: file)
        XCTAssertLessThan(bomb.count, 1 << 20, "a small file")
        XCTAssertEqual(refusal(bomb), .workbook(.unpackedTooLarge))
    }

    func testAZipBombThatUnderstatesItsSizeIsStoppedWhileUnpacking() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-liar-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        try XlsxPython.run("""
            import struct, sys, zipfile
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("xl/_rels/workbook.xml.rels", " " * (\(SpreadsheetLimits.unpackedBytes) + 1))
            data = bytearray(open(sys.argv[1], "rb").read())
            struct.pack_into("<I", data, 22, 1000)
            struct.pack_into("<I", data, data.rfind(b"PK\\x01\\x02") + 24, 1000)
            open(sys.argv[1], "wb").write(data)
            """, file: file)
        XCTAssertEqual(refusal(try Data(contentsOf: file)), .workbook(.unpackedTooLarge), "the zip says 1,000 bytes")
    }

    func testSheetIsRefusedForACsvFile() {
        XCTAssertEqual(refusal(Data("Navn;Mobil\r\nBo Holm;20123456\r\n".utf8), sheet: "Ark1"), .workbook(.sheetOfCsv))
    }
}
