import XCTest

/// `frivillig history QUERY`: a volunteer's changes, one line each.
final class CLIHistoryTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.remove() }

    private func addAndLog() throws {
        try XCTAssertEqual(cli.run(["add", "volunteer", "--name", "Søren Østergaard", "--phone", "20 12 34 56"]).status, 0)
        try XCTAssertEqual(cli.run(["add", "volunteer", "--name", "Åse Bæk", "--phone", "40 11 22 33"]).status, 0)
        try XCTAssertEqual(cli.run(["log-event", "--kind", "udflugt", "--date", "20.06.2026", "--title", "Sommerudflugt",
                                    "--volunteer", "søren"]).status, 0)
    }

    private func matches(_ line: String, _ pattern: String) -> Bool {
        line.range(of: pattern, options: .regularExpression) != nil
    }

    func testHistoryInDanish() throws {
        try addAndLog()
        let r = try cli.run(["history", "søren"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3, r.stdout)
        XCTAssertEqual(lines.first, "Historik for Søren Østergaard")
        XCTAssertTrue(matches(lines[1], #"^  \d\d\.\d\d\.\d{4} \d\d:\d\d  oprettet$"#), lines[1])
        XCTAssertTrue(matches(lines[2], #"^  \d\d\.\d\d\.\d{4} \d\d:\d\d  deltog i »Sommerudflugt« 20\.06\.2026$"#), lines[2])
    }

    func testHistoryInEnglishAndAsJSON() throws {
        try addAndLog()
        let r = try cli.run(["history", "soeren", "--lang", "en"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "History of Søren Østergaard")
        XCTAssertTrue(matches(lines[1], #"^  \d{4}-\d\d-\d\d \d\d:\d\d  created$"#), r.stdout)
        XCTAssertTrue(matches(lines[2], #"^  \d{4}-\d\d-\d\d \d\d:\d\d  attended "Sommerudflugt" 2026-06-20$"#), r.stdout)

        let j = try cli.run(["history", "aase", "--json"])
        XCTAssertEqual(j.status, 0, j.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(j.stdout.utf8)) as! [String: Any]
        XCTAssertEqual(object["name"] as? String, "Åse Bæk")
        let entries = object["entries"] as! [[String: Any]]
        XCTAssertEqual(entries.map { $0["kind"] as? String }, ["created"], "Åse was not at the excursion")
    }

    func testNoMatchExitsOneAndSeveralExitTwo() throws {
        try addAndLog()
        let none = try cli.run(["history", "zacharias"])
        XCTAssertEqual(none.status, 1)
        XCTAssertEqual(none.stdout, "")
        XCTAssertEqual(none.stderr, "Ingen frivillig matcher »zacharias«.\n")
        try XCTAssertEqual(cli.run(["add", "volunteer", "--name", "Søren Jensen"]).status, 0)
        let several = try cli.run(["history", "søren"])
        XCTAssertEqual(several.status, 2, several.stderr)
        XCTAssertEqual(several.stdout, "")
        XCTAssertTrue(several.stderr.contains("Søren Østergaard") && several.stderr.contains("Søren Jensen"), several.stderr)
    }
}
