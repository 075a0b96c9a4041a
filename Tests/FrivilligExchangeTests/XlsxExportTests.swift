import FrivilligCore
import FrivilligExchange
import XCTest

/// The `.xlsx` export read back by openpyxl: the CSV export's columns with typed cells
/// (dates are dates, phone numbers and text are strings, never a formula), a bold header
/// row frozen at A2 and columns as wide as their text; and imported again unchanged.
final class XlsxExportTests: XCTestCase {
    private typealias F = SpreadsheetFixture

    private func register() -> Register {
        var register = CsvRoundTripTests.register()
        register.volunteers[1].notes = "=HYPERLINK(\"http://x\")"
        let id = register.volunteers[0].id
        register.agreements = [Agreement(volunteerID: id, workplaceID: register.workplaces[0].id, allowedTasks: "Højtlæsning",
                                         startDate: F.day(2026, 3, 1), childCheck: CertificateCheck(required: true))]
        register.events = [RecognitionEvent(date: F.day(2026, 6, 20), kind: .excursion, title: "Udflugt", attendeeIDs: [id],
                                            giftValue: "150 kr.")]
        return register
    }

    private func readBack(_ document: CsvDocument, sheet: String) throws -> [String: Any] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-export-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: file) }
        try XlsxWriter.workbook(document, sheet: sheet).write(to: file)
        return try XlsxPython.read(file)
    }

    func testEveryKindReadsBackInOpenpyxlWithItsTypes() throws {
        let export = CsvExport(register: register(), language: .da)
        let documents = [("Frivillige", export.volunteers()), ("Kontakter", export.contacts()), ("Arbejdspladser", export.workplaces()),
                         ("Aftaler", export.agreements()), ("Påskønnelser", export.events())]
        for (sheet, document) in documents {
            let book = try readBack(document, sheet: sheet)
            XCTAssertEqual(book["title"] as? String, sheet)
            XCTAssertEqual(book["bold"] as? Bool, true, sheet)
            XCTAssertEqual(book["freeze"] as? String, "A2", sheet)
            let rows = book["rows"] as! [[Any]]
            XCTAssertEqual(rows.count, document.rows.count + 1, sheet)
            for (r, row) in rows.enumerated() {
                let expected = r == 0 ? document.header : document.rows[r - 1]
                for (c, cell) in row.enumerated() {
                    let text = c < expected.count ? expected[c] : ""
                    guard let cell = cell as? [Any] else {
                        XCTAssertEqual(text, "", "\(sheet) \(r + 1),\(c + 1) is empty")
                        continue
                    }
                    let type = cell[0] as! String
                    XCTAssertNotEqual(type, "formula", "\(sheet) \(r + 1),\(c + 1)")
                    switch r == 0 ? .text : document.kinds[c] {
                    case .date:
                        XCTAssertEqual(type, "datetime", "\(sheet) \(document.header[c])")
                        XCTAssertEqual(Day.parse(cell[1] as! String).map(\.iso), Day.parse(text)?.iso)
                    case .number:
                        XCTAssertEqual(type, "int", "\(sheet) \(document.header[c])")
                        XCTAssertEqual(cell[1] as? Int, Int(text))
                    case .text:
                        XCTAssertEqual(type, "str", "\(sheet) \(r + 1),\(c + 1)")
                        XCTAssertEqual(cell[1] as? String, text)
                    }
                }
            }
        }
        let volunteers = try readBack(export.volunteers(), sheet: "Frivillige")
        let header = (volunteers["rows"] as! [[Any]])[0].map { ($0 as! [Any])[1] as! String }
        let soeren = (volunteers["rows"] as! [[Any]])[1]
        let phone = soeren[header.firstIndex(of: "Telefon")!] as! [Any]
        XCTAssertEqual(phone[0] as? String, "str")
        XCTAssertEqual(phone[1] as? String, "20 12 34 56, 86 12 34 56, 00 35 84 01 23 45 67")
        let born = soeren[header.firstIndex(of: "Fødselsdato")!] as! [Any]
        XCTAssertEqual(born as? [String], ["datetime", "1954-02-03"])
        let aase = (volunteers["rows"] as! [[Any]])[2]
        XCTAssertEqual(aase[header.firstIndex(of: "Noter")!] as? [String], ["str", "=HYPERLINK(\"http://x\")"])
        let widths = volunteers["widths"] as! [Double]
        XCTAssertEqual(widths[header.firstIndex(of: "Fødselsdato")!], 13, "the header is the widest: 11 letters and 2")
        XCTAssertEqual(widths[header.firstIndex(of: "Id")!], 38, "a UUID and 2")
    }

    func testAnExportImportedAgainChangesNothing() throws {
        let register = register()
        for language in [CsvLanguage.da, .en] {
            let export = CsvExport(register: register, language: language)
            for (kind, document) in [(SpreadsheetKind.volunteers, export.volunteers()), (.contacts, export.contacts()),
                                     (.workplaces, export.workplaces())] {
                let data = XlsxWriter.workbook(document, sheet: "Ark1")
                let plan = try SpreadsheetImport.plan(kind, data: data, register: register, now: F.now)
                XCTAssertEqual(plan.rejected, [], "\(kind) \(language)")
                XCTAssertEqual(plan.unknownColumns, [], "\(kind) \(language)")
                XCTAssertEqual(plan.added.count + plan.updated.count, 0, "\(kind) \(language)")
                XCTAssertEqual(plan.unchanged.count, document.rows.count, "\(kind) \(language)")
            }
        }
    }

    func testTheSameRegisterGivesTheSameBytes() {
        let document = CsvExport(register: register(), language: .da).volunteers()
        XCTAssertEqual(XlsxWriter.workbook(document, sheet: "Frivillige"), XlsxWriter.workbook(document, sheet: "Frivillige"))
    }
}
