import Foundation
import XCTest

/// The structured name (N) of exported cards, as vobject reads it: "Family, Given" when
/// the name has a comma, the last word otherwise, and never a relation as a family name.
final class CLIVCardNameTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.remove() }

    private func cards(_ version: String) throws -> [[String: Any]] {
        let r = try cli.run(["export", "vcard", "--version", version])
        XCTAssertEqual(r.status, 0, r.stderr)
        let file = cli.home.appendingPathComponent("kort\(version).vcf")
        try Data(r.stdout.utf8).write(to: file)
        return try PythonParser.json(CLIExportTests.readCards, file: file) as! [[String: Any]]
    }

    func testNamesWithACommaAndARelationAfterTheName() throws {
        for args in [
            ["--name", "Hansen, Jens Peter", "--phone", "20123456",
             "--emergency-name", "Kirsten Hansen, hustru", "--emergency-phone", "30303030"],
            ["--name", "Jens Peter Hansen", "--phone", "40404040",
             "--emergency-name", "Hansen, Kirsten", "--emergency-relation", "hustru", "--emergency-phone", "50505050"],
        ] {
            let r = try cli.run(["add", "volunteer"] + args)
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        for version in ["3.0", "4"] {
            let all = try cards(version)
            let names = all.map { [$0["fn"] as! String, $0["family"] as! String, $0["given"] as! String] }
            XCTAssertEqual(names, [
                ["Hansen, Jens Peter", "Hansen", "Jens Peter"],
                ["Kirsten Hansen", "Hansen", "Kirsten"],
                ["Jens Peter Hansen", "Hansen", "Jens Peter"],
                ["Hansen, Kirsten", "Hansen", "Kirsten"],
            ], "vCard \(version)")
            XCTAssertEqual(all[1]["note"] as? [String], ["Pårørende (hustru) til Hansen, Jens Peter"])
            XCTAssertEqual(all[0]["note"] as? [String], ["Pårørende: Kirsten Hansen (hustru) +45 30 30 30 30"])
        }
    }
}
