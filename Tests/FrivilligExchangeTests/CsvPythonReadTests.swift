import FrivilligCore
import FrivilligExchange
import XCTest

/// Python's csv module with the Excel dialect and `;` reads every export cell for cell:
/// an independent reader, so the quoting is not only checked against our own import.
final class CsvPythonReadTests: XCTestCase {
    func testPythonExcelDialectReadsEveryExport() throws {
        let register = CsvRoundTripTests.register()
        var withEvents = register
        let id = register.volunteers[0].id
        withEvents.agreements = [Agreement(volunteerID: id, workplaceID: register.workplaces[0].id, allowedTasks: "Højtlæsning; gåture",
                                           startDate: SpreadsheetFixture.day(2026, 3, 1), confidentialityExplained: true,
                                           childCheck: CertificateCheck(required: true, note: "ingen \"anmærkninger\""))]
        withEvents.events = [RecognitionEvent(date: SpreadsheetFixture.day(2026, 6, 20), kind: .excursion, title: "Udflugt\ntil Skagen",
                                              attendeeIDs: [id], giftValue: "150 kr.")]
        let export = CsvExport(register: withEvents, language: .da)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = [export.volunteers(), export.contacts(), export.workplaces(), export.agreements(), export.events()]
        for (i, document) in documents.enumerated() {
            let file = folder.appendingPathComponent("\(i).csv")
            try document.data.write(to: file)
            let rows = try CsvPythonReadTests.readWithPython(file)
            XCTAssertEqual(rows, [document.header] + document.rows, "document \(i)")
        }
        XCTAssertEqual(documents[3].rows[0][4], "Højtlæsning; gåture")
        XCTAssertEqual(documents[3].rows[0][11], "ja")
        XCTAssertEqual(documents[4].rows[0][1], "20-06-2026")
        XCTAssertEqual(documents[4].rows[0][5], register.volunteers[0].name)
    }

    /// The rows as `csv.reader(f, dialect="excel", delimiter=";")` reads them, after
    /// `utf-8-sig` has taken the byte order mark.
    static func readWithPython(_ file: URL) throws -> [[String]] {
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
                print(json.dumps(list(csv.reader(f, dialect="excel", delimiter=";"))))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return try JSONDecoder().decode([[String]].self, from: data)
    }
}
