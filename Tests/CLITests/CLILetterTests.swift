import Foundation
import XCTest

/// `frivillig letter` and `frivillig export person`: files only the owner can read,
/// never replaced by accident, and values that cannot break the page.
final class CLILetterTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws {
        cli = try CLIRunner()
        try ExportFixture.write(to: cli)
    }

    override func tearDown() { cli.remove() }

    private func mode(_ url: URL) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as! NSNumber).intValue
    }

    func testHtmlLetterIsWrittenPrivatelyAndNeverReplacedWithoutForce() throws {
        let out = cli.home.appendingPathComponent("brev.html")
        let r = try cli.run(["letter", "søren", "--out", out.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "")
        XCTAssertEqual(try mode(out), 0o600)
        let html = try String(contentsOf: out, encoding: .utf8)
        XCTAssertTrue(html.contains("@page { size: A4; margin: 2cm; }"), "the format follows the file's extension")
        XCTAssertTrue(html.contains("<title>Velkomstbrev – Søren Østergaard</title>"))
        XCTAssertTrue(html.contains("Gåture; højtlæsning, kaffe<br>\n&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;hygge&quot;"), html)
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertTrue(html.contains("Kontaktperson: Hanne Kjær<br>"))
        XCTAssertTrue(html.contains("Vi tager aftalen op igen: <span class=\"blank\"></span>"), "no review date: a line to fill in")
        XCTAssertTrue(html.contains("<li><span class=\"mark\">☒</span> Tavshedspligten er gennemgået</li>"))
        XCTAssertTrue(html.contains("<li><span class=\"mark\">☐</span> Underretningspligten er gennemgået</li>"))
        XCTAssertEqual(html.components(separatedBy: "<div class=\"signature\">").count - 1, 2, "two signature lines")

        try Data("mine".utf8).write(to: out)
        let again = try cli.run(["letter", "søren", "--out", out.path])
        XCTAssertEqual(again.status, 2)
        XCTAssertEqual(again.stderr, "\(out.path) findes allerede. Vælg et andet navn, eller brug --force for at erstatte filen.\n")
        XCTAssertEqual(try String(contentsOf: out, encoding: .utf8), "mine")

        let forced = try cli.run(["letter", "søren", "--out", out.path, "--force", "--format", "txt", "--lang", "en"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        let text = try String(contentsOf: out, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("Welcome letter\n==============\n"), text)
        XCTAssertTrue(text.contains("Contact person: Hanne Kjær\n"))
        XCTAssertEqual(try mode(out), 0o600)
    }

    func testLetterOnStandardOutputIsMarkdownByDefault() throws {
        let r = try cli.run(["letter", ExportFixture.id(30).uuidString])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("# Velkomstbrev\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("- [x] Tavshedspligten er gennemgået\n"))
        XCTAssertTrue(r.stdout.contains("\\<script\\>alert(1)\\</script\\> \\& \"hygge\""), r.stdout)
    }

    func testLetterErrors() throws {
        let none = try cli.run(["letter", "zacharias"])
        XCTAssertEqual(none.status, 1)
        XCTAssertEqual(none.stderr, "Ingen aftale eller frivillig matcher »zacharias«.\n")
        let noAgreement = try cli.run(["letter", "åse", "--lang", "en"])
        XCTAssertEqual(noAgreement.status, 1)
        XCTAssertEqual(noAgreement.stderr, "Åse Bæk has no agreement to write a welcome letter from.\n")
        let several = try cli.run(["letter", "e"])
        XCTAssertEqual(several.status, 2, several.stderr)
        XCTAssertTrue(several.stderr.contains("Søren Østergaard") && several.stderr.contains("Åse Bæk"), several.stderr)
        let format = try cli.run(["letter", "søren", "--format", "pdf"])
        XCTAssertEqual(format.status, 2)
        XCTAssertEqual(format.stderr, "--format skal være md, txt eller html, ikke »pdf«.\n")
    }

    func testPersonExportHasTheRecordAgreementsEventsAndHistory() throws {
        try XCTAssertEqual(cli.run(["log-event", "--kind", "tak", "--date", "20.11.2026", "--title", "Kaffe", "--volunteer", "søren"]).status, 0)
        let out = cli.home.appendingPathComponent("indsigt.json")
        let r = try cli.run(["export", "person", "søren", "--json", "--out", out.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try mode(out), 0o600)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as! [String: Any]
        let volunteer = json["volunteer"] as! [String: Any]
        XCTAssertEqual(volunteer["name"] as? String, "Søren Østergaard")
        XCTAssertEqual(volunteer["address"] as? String, ExportFixture.address)
        XCTAssertEqual((volunteer["emergencyContacts"] as! [[String: Any]]).map { $0["name"] as! String }, ["Mette Østergaard", "Jens Ø"])
        let agreements = json["agreements"] as! [[String: Any]]
        XCTAssertEqual(agreements.map { $0["workplace"] as? String }, ["Plejecenter Solgården"])
        XCTAssertEqual((agreements[0]["record"] as! [String: Any])["allowedTasks"] as? String, ExportFixture.tasks)
        let events = json["events"] as! [[String: Any]]
        XCTAssertEqual(events.map { $0["title"] as! String }, ["Skagen", "Kaffe", ExportFixture.newYear], "only events Søren attended, oldest first")
        XCTAssertEqual((json["history"] as! [[String: Any]]).map { $0["kind"] as! String }, ["attended"])

        let text = try cli.run(["export", "person", "søren"])
        XCTAssertEqual(text.status, 0, text.stderr)
        let lines = text.stdout.components(separatedBy: "\n")
        XCTAssertEqual(lines.first, "Indsigt: alt Frivillig har registreret om Søren Østergaard, udtrukket 22.11.2026")
        XCTAssertTrue(lines.contains("  1. Mette Østergaard (datter)  +45 30 12 34 56"), text.stdout)
        XCTAssertTrue(lines.contains("Aftale \(ExportFixture.id(30).uuidString)"), text.stdout)
        XCTAssertTrue(lines.contains("  Udgifter dækkes: Kørsel"), text.stdout)
        XCTAssertTrue(lines.contains("  31.12.2026  sammenkomst  \(ExportFixture.newYear)"), text.stdout)
        XCTAssertTrue(lines.contains { $0.hasSuffix("deltog i »Kaffe« 20.11.2026") }, text.stdout)
        XCTAssertFalse(text.stdout.contains("\u{1B}"))

        let none = try cli.run(["export", "person", "zacharias"])
        XCTAssertEqual(none.status, 1)
        XCTAssertEqual(none.stderr, "Ingen frivillig matcher »zacharias«.\n")
    }
}
