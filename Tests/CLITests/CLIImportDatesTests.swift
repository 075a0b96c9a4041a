import Foundation
import XCTest

/// `frivillig import` with dates as LibreOffice and English-locale sheets write them: what
/// the dry run says about each date column, and a column of `/` dates that no cell decides.
final class CLIImportDatesTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.remove() }

    private func writeSheet(_ text: String) throws -> String {
        let path = cli.home.appendingPathComponent("ark.csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// An export re-saved by LibreOffice in Danish (`09-06-87`, `?` for `Ł`); today is
    /// 2026-11-22.
    func testTheDryRunSaysHowTwoDigitYearsWereRead() throws {
        let file = try writeSheet("Navn;Telefon;Født;Startdato\nJens Hansen;20123456;09-06-87;01-03-26\n?ukasz Ek;30303030;23-11-26;\n")
        let r = try cli.run(["import", "volunteers", file, "--dry-run"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, """
            \(file): UTF-8, semikolon som skilletegn, 2 rækker med frivillige.
            Kolonne »Født«: tocifrede år læst som 2000-tallet, eller som 1900-tallet, når datoen ellers ligger i fremtiden (»09-06-87« blev 09.06.1987).
            Kolonne »Startdato«: tocifrede år læst som 2000-tallet, eller som 1900-tallet, når datoen ellers ligger mere end et år ude i fremtiden (»01-03-26« blev 01.03.2026).
            Advarsler (importeres alligevel): 1
              række 3, kolonne »Navn«: »?ukasz Ek« har et ? hvor der ventes et bogstav; arket er måske gemt som Windows-1252, der mangler bogstaver som Ł. Ret navnet, eller gem arket som CSV UTF-8 og importér igen.
            Tilføjes: 2
              række 2: Jens Hansen
              række 3: ?ukasz Ek
            Opdateres: 0
            Uændret: 0
            Prøvekørsel: intet er gemt.

            """)
        try cli.run(["import", "volunteers", file])
        let people = try cli.storeJSON()["volunteers"] as! [[String: Any]]
        XCTAssertEqual(Set(people.map { $0["birthDate"] as! String }), ["1987-06-09", "1926-11-23"], "tomorrow's birthday is 1926")
    }

    /// `2/3/1954` alone cannot say whether it is 2 March or 3 February: refused, status 2,
    /// nothing written, until `--date-order` says; a `13/3/1954` in the column decides.
    func testAnUndecidedSlashColumnNeedsTheDateOrder() throws {
        let file = try writeSheet("Navn;Født\nAnna Berg;2/3/1954\n")
        try cli.run(["list", "volunteers"])
        let before = try cli.storeData()
        let refused = try cli.run(["import", "volunteers", file])
        XCTAssertEqual(refused.status, 2)
        XCTAssertEqual(refused.stdout, "")
        XCTAssertEqual(refused.stderr, """
            \(file): i kolonnen »Født« kan datoerne med / læses både som dag/måned/år og måned/dag/år (fx »2/3/1954« i række 2), og ingen dato afgør det. Angiv rækkefølgen med --date-order dmy (dag/måned/år) eller --date-order mdy (måned/dag/år).
            Intet er gemt.

            """)
        XCTAssertEqual(try cli.storeData(), before)

        let english = try cli.run(["import", "volunteers", file, "--date-order", "mdy", "--lang", "en"])
        XCTAssertEqual(english.status, 0, english.stderr)
        XCTAssertTrue(english.stdout.contains("Column \"Født\": dates with / read as month/day/year (--date-order mdy).\n"), english.stdout)
        let people = try cli.storeJSON()["volunteers"] as! [[String: Any]]
        XCTAssertEqual(people.map { $0["birthDate"] as! String }, ["1954-02-03"])

        let decided = try writeSheet("Navn;Telefon;Født\nBo Ek;20123456;2/3/1954\nLis Ek;30303030;13/3/1954\n")
        let r = try cli.run(["import", "volunteers", decided, "--dry-run"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("Kolonne »Født«: datoer med / læst som dag/måned/år, fordi »13/3/1954« i række 3 kun kan læses sådan.\n"), r.stdout)
    }
}
