import Foundation
import FrivilligCore
import XCTest

/// `frivillig ice` answers from the lookup index when it can; the answer must be the one
/// loading the whole store gives (`FRIVILLIG_NO_INDEX=1` forces that path).
final class CLIIceIndexTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws {
        cli = try CLIRunner()
    }

    override func tearDown() {
        cli.remove()
    }

    private var indexPath: String { cli.store.path + ".index" }

    private func assertBothPathsAgree(_ queries: [String], line: UInt = #line) throws {
        for q in queries {
            for extra in [[], ["--json"], ["--lang", "en"]] {
                let fast = try cli.run(["ice", q] + extra)
                let straight = try cli.run(["ice", q] + extra, env: ["FRIVILLIG_NO_INDEX": "1"])
                XCTAssertEqual(fast.status, straight.status, "\(q) \(extra)", line: line)
                XCTAssertEqual(fast.stdout, straight.stdout, "\(q) \(extra)", line: line)
                XCTAssertEqual(fast.stderr, straight.stderr, "\(q) \(extra)", line: line)
            }
        }
    }

    func testTheIndexGivesTheSameAnswerAsLoadingTheStore() throws {
        try cli.run(["demo", "--volunteers", "300", "--seed", "3"])
        XCTAssertNotNil(LookupIndex.search(SearchQuery("søren"), store: cli.store), "demo writes a usable index with the snapshot")
        try assertBothPathsAgree(["søren", "soeren", "aa", "ae", "sen", "2", "+45 2", "zzzz", "a"])

        try cli.run(["add", "volunteer", "--name", "Søren Aagaard", "--phone", "20 20 20 20",
                     "--emergency-name", "Mette Aagaard", "--emergency-phone", "30303030", "--emergency-relation", "datter"])
        XCTAssertNotNil(LookupIndex.search(SearchQuery("søren"), store: cli.store), "a saved change leaves the index usable")
        let found = try cli.run(["ice", "søren aa"])
        XCTAssertTrue(found.stdout.contains("Mette Aagaard (datter)  +45 30 30 30 30"), found.stdout)
        try assertBothPathsAgree(["søren", "aa", "2020"])
    }

    func testAMissingOrDamagedIndexIsRebuiltAndNeverGivesAWrongAnswer() throws {
        try cli.run(["demo", "--volunteers", "50", "--seed", "4"])
        let before = try cli.run(["ice", "a"])
        try FileManager.default.removeItem(atPath: indexPath)
        XCTAssertEqual(try cli.run(["ice", "a"]).stdout, before.stdout)
        XCTAssertNotNil(LookupIndex.search(SearchQuery("a"), store: cli.store), "the slow path writes the index for next time")
        XCTAssertEqual(try mode(indexPath), 0o600)

        var bytes = try Data(contentsOf: URL(fileURLWithPath: indexPath))
        for i in stride(from: 200, to: bytes.count, by: 97) { bytes[i] ^= 0x41 }
        try bytes.write(to: URL(fileURLWithPath: indexPath))
        XCTAssertEqual(try cli.run(["ice", "a"]).stdout, before.stdout)
    }

    private func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue & 0o777
    }
}
