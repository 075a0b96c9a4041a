import Foundation
import XCTest

/// A skill, interest or tag is one item of a list, so it holds none of the separators the
/// form and the spreadsheets split lists at: otherwise an export read back splits it in two.
final class CLIListItemTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.remove() }

    func testASkillWithASeparatorIsRefusedAndNothingIsWritten() throws {
        try cli.run(["list", "volunteers"])
        let before = try cli.storeData()
        let r = try cli.run(["add", "volunteer", "--name", "Ann Ek", "--phone", "20123456", "--skill", "sy; strik"])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, """
            Kompetence (--skill) indeholder »;«, som adskiller punkterne i en liste i formularen og i regneark. Skriv hvert punkt for sig (på kommandolinjen: gentag tilvalget).
            Intet er gemt.

            """)
        let tab = try cli.run(["add", "volunteer", "--name", "Ann\tEk", "--phone", "20123456"])
        XCTAssertEqual(tab.status, 2)
        XCTAssertTrue(tab.stderr.hasPrefix("Navn (--name) indeholder styretegnet U+0009 (␉)"), tab.stderr)
        XCTAssertEqual(try cli.storeData(), before)
    }

    /// Two skills given as two options go out in one cell and come back as the same two.
    func testSkillsSurviveExportAndImportUnchanged() throws {
        let added = try cli.run(["add", "volunteer", "--name", "Ann Ek", "--phone", "20123456", "--skill", "sy", "--skill", "strik og hækle"])
        XCTAssertEqual(added.status, 0, added.stderr)
        let file = cli.home.appendingPathComponent("ud.csv").path
        XCTAssertEqual(try cli.run(["export", "csv", "volunteers", "--out", file]).status, 0)
        let r = try cli.run(["import", "volunteers", file, "--dry-run"])
        XCTAssertTrue(r.stdout.contains("Opdateres: 0\nUændret: 1\n"), r.stdout)
    }
}
