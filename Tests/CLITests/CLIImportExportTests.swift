import Foundation
import XCTest

/// `frivillig import` and `frivillig export csv` end to end: what the coordinator sees and
/// what is on disk afterwards.
final class CLIImportExportTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.remove() }

    /// A sheet as Danish Excel saves "CSV (semikolonsepareret)": Windows-1252, `;`, CRLF.
    private func writeSheet(_ rows: [String], name: String = "frivillige.csv") throws -> String {
        let path = cli.home.appendingPathComponent(name).path
        let text = rows.joined(separator: "\r\n") + "\r\n"
        let data = Data(text.unicodeScalars.map { scalar -> UInt8 in
            switch scalar {
            case "€": return 0x80
            case "–": return 0x96
            default: return UInt8(scalar.value)
            }
        })
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    private let sheet = [
        "Navn;Tlf.;E-mail;Pårørende;Relation;Pårørende telefon;Startdato;Skostørrelse",
        "Søren Østergaard;20 12 34 56;soeren@example.dk;Mette Østergaard;datter;+45 30 12 34 56;01-03-2026;44",
        "Åse Bæk;+45 40 11 22 33;;;;;15.08.2024;38",
        "Øjvind Ågård;23 45;;;;;31-02-2026;",
    ]

    func testDryRunListsWhatWouldHappenAndWritesNothing() throws {
        let file = try writeSheet(sheet)
        try cli.run(["list", "volunteers"])
        let before = try cli.storeData()
        let r = try cli.run(["import", "volunteers", file, "--dry-run"])
        XCTAssertEqual(r.status, 2, "a rejected row: the status the import would have")
        XCTAssertEqual(r.stdout, """
            \(file): Windows-1252, semikolon som skilletegn, 3 rækker med frivillige.
            Ukendte kolonner, som ikke importeres: Skostørrelse.
            Tilføjes: 2
              række 2: Søren Østergaard
              række 3: Åse Bæk
            Opdateres: 0
            Uændret: 0
            Afvises: 1 række
              række 4, kolonne »Tlf.«: »23 45« er ikke et telefonnummer. Skriv 8 cifre (fx 20 12 34 56 eller +45 20 12 34 56), eller + og landekode.
              række 4, kolonne »Startdato«: »31-02-2026« er ikke en dato. Skriv dd-mm-åååå, dd.mm.åååå eller åååå-mm-dd.
            Brug --map "KOLONNE=notes" for at gemme en i noterne, eller --map "KOLONNE=ignore" for at springe den over.
            Prøvekørsel: intet er gemt.

            """)
        XCTAssertEqual(try cli.storeData(), before)
    }

    func testARejectedRowBlocksTheWholeImportUnlessSkipped() throws {
        let file = try writeSheet(sheet)
        try cli.run(["list", "volunteers"])
        let before = try cli.storeData()
        let refused = try cli.run(["import", "volunteers", file])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("Intet er importeret, fordi 1 række har fejl."), refused.stderr)
        XCTAssertEqual(try cli.storeData(), before)

        let r = try cli.run(["import", "volunteers", file, "--skip-invalid", "--map", "Skostørrelse=notes"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasSuffix("Importeret fra \(file): 2 tilføjet, 0 opdateret, 0 uændret, 1 række sprunget over.\n"), r.stdout)
        let volunteers = try cli.storeJSON()["volunteers"] as! [[String: Any]]
        XCTAssertEqual(volunteers.map { $0["name"] as! String }, ["Søren Østergaard", "Åse Bæk"])
        XCTAssertEqual(volunteers.map { $0["notes"] as! String }, ["Skostørrelse: 44", "Skostørrelse: 38"])
        XCTAssertEqual(volunteers[0]["phones"] as! [String], ["+4520123456"])
        XCTAssertEqual(volunteers[0]["startDate"] as! String, "2026-03-01")

        let again = try cli.run(["import", "volunteers", file, "--skip-invalid", "--map", "Skostørrelse=notes"])
        XCTAssertTrue(again.stdout.contains("0 tilføjet, 0 opdateret, 2 uændret, 1 række sprunget over."), again.stdout)
    }

    func testABrokenFileNamesRowAndColumnInEnglishToo() throws {
        let file = try writeSheet(["Navn;Telefon;Noter", "Søren;20 12 34 56;\"ok\"", "Anna;30 30 30 30;\"glemt at lukke", "Bo;40 40 40 40;x"])
        try cli.run(["list", "volunteers"])
        let before = try cli.storeData()
        let r = try cli.run(["import", "volunteers", file, "--lang", "en"])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, "\(file), row 3, column \"Noter\": a quote (\") is never closed. Correct the cell in the spreadsheet.\nNothing was saved.\n")
        XCTAssertEqual(try cli.storeData(), before)
    }

    func testACPRColumnIsRefusedWithTheReason() throws {
        let file = try writeSheet(["Navn;Personnummer;Telefon", "Søren;010203-1234;20 12 34 56"])
        let r = try cli.run(["import", "volunteers", file])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.hasPrefix("Kolonnen »Personnummer« i \(file) ligner CPR-numre. Frivillig gemmer aldrig CPR-numre"), r.stderr)
        XCTAssertEqual((try cli.storeJSON()["volunteers"] as! [Any]).count, 0)
    }

    func testAMissingFileSaysSo() throws {
        let r = try cli.run(["import", "contacts", cli.home.appendingPathComponent("findes-ikke.csv").path])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.hasPrefix("Kan ikke læse "), r.stderr)
    }

    func testExportIsPrivateAndReadsBackInPython() throws {
        let file = try writeSheet(sheet)
        try XCTAssertEqual(cli.run(["import", "volunteers", file, "--skip-invalid"]).status, 0)
        let out = cli.home.appendingPathComponent("eksport.csv")
        XCTAssertTrue(FileManager.default.createFile(atPath: out.path, contents: Data("old".utf8), attributes: [.posixPermissions: 0o644]))
        let r = try cli.run(["export", "csv", "volunteers", "--out", out.path, "--force"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "2 rækker skrevet til \(out.path).\n")
        let mode = try FileManager.default.attributesOfItem(atPath: out.path)[.posixPermissions] as! Int
        XCTAssertEqual(mode & 0o777, 0o600)
        let rows = try pythonRows(out)
        XCTAssertEqual(rows.count, 3)
        let header = rows[0]
        let soeren = Dictionary(uniqueKeysWithValues: zip(header, rows[1]))
        XCTAssertEqual(soeren["Navn"], "Søren Østergaard")
        XCTAssertEqual(soeren["Telefon"], "20 12 34 56")
        XCTAssertEqual(soeren["Startdato"], "01-03-2026")
        XCTAssertEqual(soeren["Pårørende telefon"], "30 12 34 56")
    }

    func testDemoRegisterSurvivesExportAndImportIntoAnEmptyStore() throws {
        try XCTAssertEqual(cli.run(["demo", "--volunteers", "40", "--seed", "7"]).status, 0)
        let other = try CLIRunner()
        defer { other.remove() }
        for kind in ["contacts", "workplaces", "volunteers"] {
            let file = cli.home.appendingPathComponent("\(kind).csv").path
            try XCTAssertEqual(cli.run(["export", "csv", kind, "--out", file]).status, 0)
            let r = try other.run(["import", kind, file])
            XCTAssertEqual(r.status, 0, r.stdout + r.stderr)
        }
        let original = try cli.storeJSON(), copy = try other.storeJSON()
        // Revisions count the saves in each store; they are not the records' content. Nor
        // are what each store keeps of its own saves and no spreadsheet carries: the status
        // periods (the copy has one, from the status date) and when a contact was left
        // linked to nothing.
        func content(_ records: Any?) -> [NSDictionary] {
            (records as! [[String: Any]]).map { record in
                var r = record
                r["revision"] = nil
                r["statusPeriods"] = nil
                r["unlinkedSince"] = nil
                return r as NSDictionary
            }
        }
        for key in ["contacts", "workplaces", "volunteers"] {
            XCTAssertEqual(content(original[key]), content(copy[key]), key)
        }
    }

    private func pythonRows(_ file: URL) throws -> [[String]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import csv, json, sys
            with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
                print(json.dumps(list(csv.reader(f, dialect="excel", delimiter=";"))))
            """, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONDecoder().decode([[String]].self, from: data)
    }
}
