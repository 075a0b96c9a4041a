import Foundation
import XCTest

/// `frivillig import … FILE.xlsx` and `frivillig export xlsx …` end to end: the lines the
/// coordinator reads, and what is on disk afterwards.
final class CLIXlsxTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.remove() }

    private var python: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../.venv-test/bin/python3").standardized
    }

    /// Runs an openpyxl (or zipfile) script with a file path in the store's folder as
    /// `sys.argv[1]`; returns the path.
    @discardableResult
    private func python(_ script: String, file name: String) throws -> String {
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            throw XCTSkip("\(python.path) is missing: run scripts/install-deps to create .venv-test with openpyxl")
        }
        let path = cli.home.appendingPathComponent(name).path
        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", "import datetime, json, sys, zipfile, openpyxl\n" + script, path]
        let err = Pipe()
        process.standardError = err
        try process.run()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, String(decoding: errors, as: UTF8.self))
        return path
    }

    private func sheet() throws -> String {
        try python("""
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = "Forside"
            ws.append(["Frivillige 2026"])
            ws = wb.create_sheet("Frivillige")
            ws.append(["Navn", "Mobil", "Fødselsdato", "Startdato"])
            ws.append(["Søren Østergaard", "20 12 34 56", datetime.date(1954, 2, 3), datetime.date(2026, 3, 1)])
            ws.append(["Åse Bæk", 40112233, datetime.date(1987, 6, 9), None])
            ws["A7"] = "Øjvind Ågård"
            ws["B7"] = "23 45"
            wb.save(sys.argv[1])
            """, file: "frivillige.xlsx")
    }

    func testDryRunOfASecondSheetNamesRowAndColumnAndWritesNothing() throws {
        let file = try sheet()
        try cli.run(["list", "volunteers"])
        let before = try cli.storeData()
        let r = try cli.run(["import", "volunteers", file, "--sheet", "Frivillige", "--dry-run"])
        XCTAssertEqual(r.status, 2, "a rejected row: the status the import would have")
        XCTAssertEqual(r.stdout, """
            \(file): regneark (.xlsx), arket »Frivillige«, 3 rækker med frivillige.
            Tilføjes: 2
              række 2: Søren Østergaard
              række 3: Åse Bæk
            Opdateres: 0
            Uændret: 0
            Afvises: 1 række
              række 7, kolonne »Mobil«: »23 45« er ikke et telefonnummer. Skriv 8 cifre (fx 20 12 34 56 eller +45 20 12 34 56), eller + og landekode.
            Prøvekørsel: intet er gemt.

            """)
        XCTAssertEqual(try cli.storeData(), before)
        let wrong = try cli.run(["import", "volunteers", file, "--sheet", "Ark9", "--lang", "en"])
        XCTAssertEqual(wrong.status, 2)
        XCTAssertEqual(wrong.stderr, "\(file) has no sheet \"Ark9\". Its sheets are: Forside, Frivillige.\nNothing was saved.\n")
    }

    func testImportWritesTheValidRowsWithTheirDates() throws {
        let file = try sheet()
        let r = try cli.run(["import", "volunteers", file, "--sheet", "Frivillige", "--skip-invalid"])
        XCTAssertEqual(r.status, 0, r.stdout + r.stderr)
        let volunteers = try cli.storeJSON()["volunteers"] as! [[String: Any]]
        XCTAssertEqual(volunteers.map { $0["name"] as? String }, ["Søren Østergaard", "Åse Bæk"])
        XCTAssertEqual(volunteers.map { $0["birthDate"] as? String }, ["1954-02-03", "1987-06-09"])
        XCTAssertEqual(volunteers.map { $0["phones"] as? [String] }, [["+4520123456"], ["+4540112233"]])
    }

    func testOdsAndXlsAreRefusedInOneLineWithoutTheirBytes() throws {
        let ods = try python("""
            with zipfile.ZipFile(sys.argv[1], "w") as z:
                z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
                z.writestr("content.xml", "<office:document-content>Navn</office:document-content>", compress_type=zipfile.ZIP_DEFLATED)
            """, file: "frivillige.ods")
        let xls = cli.home.appendingPathComponent("frivillige.xls").path
        let magic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        try Data(magic + Array(repeating: 0x1B, count: 40) + Array("Navn\0docProps".utf8)).write(to: URL(fileURLWithPath: xls))
        let expected = [
            (ods, "da", "\(ods) er et LibreOffice-regneark (.ods), som Frivillig ikke læser: gem det som .xlsx eller CSV (Filer ▸ Gem som) og importér den fil.\nIntet er gemt.\n"),
            (ods, "en", "\(ods) is a LibreOffice spreadsheet (.ods), which Frivillig does not read: save it as .xlsx or CSV (File ▸ Save As) and import that file.\nNothing was saved.\n"),
            (xls, "da", "\(xls) er et gammelt Excel-regneark (.xls), som Frivillig ikke læser: gem det som .xlsx eller CSV (Filer ▸ Gem som) og importér den fil.\nIntet er gemt.\n"),
            (xls, "en", "\(xls) is an old Excel workbook (.xls), which Frivillig does not read: save it as .xlsx or CSV (File ▸ Save As) and import that file.\nNothing was saved.\n"),
        ]
        for (file, language, message) in expected {
            let r = try cli.run(["import", "volunteers", file, "--lang", language])
            XCTAssertEqual(r.status, 2)
            XCTAssertEqual(r.stdout, "")
            XCTAssertEqual(r.stderr, message)
        }
    }

    func testExportIsPrivateRefusesToReplaceAndReadsBackInOpenpyxl() throws {
        try XCTAssertEqual(cli.run(["demo", "--volunteers", "12", "--seed", "3"]).status, 0)
        for kind in ["volunteers", "contacts", "workplaces", "agreements", "events"] {
            let out = cli.home.appendingPathComponent("\(kind).xlsx").path
            let r = try cli.run(["export", "xlsx", kind, "--out", out])
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertTrue(r.stdout.hasSuffix(" skrevet til \(out).\n"), r.stdout)
            let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as! Int
            XCTAssertEqual(mode & 0o777, 0o600, kind)
            let again = try cli.run(["export", "xlsx", kind, "--out", out])
            XCTAssertEqual(again.status, 2, kind)
            XCTAssertTrue(again.stderr.contains("--force"), again.stderr)
            try XCTAssertEqual(cli.run(["export", "xlsx", kind, "--out", out, "--force"]).status, 0)
        }
        let checked = try python("""
            wb = openpyxl.load_workbook(sys.argv[1].replace("check", "volunteers.xlsx"))
            ws = wb.active
            header = [c.value for c in ws[1]]
            assert ws.freeze_panes == "A2", ws.freeze_panes
            assert all(c.font.b for c in ws[1])
            for row in ws.iter_rows(min_row=2):
                cells = dict(zip(header, row))
                assert isinstance(cells["Fødselsdato"].value, (datetime.datetime, type(None))), cells["Fødselsdato"].value
                assert isinstance(cells["Telefon"].value, (str, type(None))), cells["Telefon"].value
                assert all(c.data_type != "f" for c in row)
            open(sys.argv[1], "w").write(str(ws.max_row - 1))
            """, file: "check")
        XCTAssertEqual(try String(contentsOfFile: checked, encoding: .utf8), "12")
    }

    func testAnExportedWorkbookImportsAgainUnchanged() throws {
        try XCTAssertEqual(cli.run(["demo", "--volunteers", "30", "--seed", "5"]).status, 0)
        let out = cli.home.appendingPathComponent("frivillige.xlsx").path
        try XCTAssertEqual(cli.run(["export", "xlsx", "volunteers", "--out", out]).status, 0)
        let r = try cli.run(["import", "volunteers", out, "--dry-run"])
        XCTAssertEqual(r.status, 0, r.stdout + r.stderr)
        XCTAssertTrue(r.stdout.contains("\(out): regneark (.xlsx), arket »Frivillige«, 30 rækker med frivillige.\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("Tilføjes: 0\nOpdateres: 0\nUændret: 30\n"), r.stdout)
    }

    func testWithoutOutTheWorkbookGoesToAPipe() throws {
        try XCTAssertEqual(cli.run(["demo", "--volunteers", "3", "--seed", "5"]).status, 0)
        let piped = try cli.run(["export", "xlsx", "contacts"])
        XCTAssertEqual(piped.status, 0)
        XCTAssertTrue(piped.stdout.hasPrefix("PK"))
    }
}
