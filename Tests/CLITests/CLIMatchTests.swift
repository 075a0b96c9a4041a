import Foundation
import FrivilligCore
import XCTest

/// `frivillig match`: the same order as `TaskRanking` on the hand-made register of
/// `TaskRankingTests`, the reasons in Danish words, and clear refusals.
final class CLIMatchTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws {
        cli = try CLIRunner()
        try StoreCodec.encode(TaskRankingFixture.register()).write(to: cli.store)
    }

    override func tearDown() { cli.remove() }

    func testTheJsonGivesTheRankingsOrderWithReasons() throws {
        let r = try cli.run(["match", "højtlæsning på solgården", "--json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let register = TaskRankingFixture.register()
        XCTAssertEqual(rows.map { $0["name"] as? String }, TaskRanking(register.tasks[0], in: register).candidates.map(\.name))
        XCTAssertEqual(rows.map { $0["name"] as? String }, ["Anna", "Gert", "Cille", "Bent", "Hans", "Erik", "Dorte"])
        XCTAssertEqual(rows[0]["reasons"] as? [String], ["kan Højtlæsning", "tiden passer", "hjælper allerede på arbejdspladsen",
                                                        "ingen opgaver i forvejen", "aldrig spurgt", "sidst påskønnet 01.06.2026"])
        XCTAssertEqual(rows[3]["time"] as? String, "fits")
    }

    func testTheTableNamesTheTaskAndTheReasons() throws {
        let r = try cli.run(["match", "Højtlæsning", "--limit", "2"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "Frivillige til »Højtlæsning på Solgården«, bedst egnede først:")
        XCTAssertEqual(lines.count, 4, r.stdout)
        XCTAssertTrue(lines[2].hasPrefix("1    Anna"), lines[2])
        XCTAssertTrue(lines[3].hasPrefix("2    Gert  kan Højtlæsning; tiden passer"), lines[3])
    }

    func testAnUnknownOrAmbiguousTaskIsRefusedAndNamed() throws {
        let before = try cli.storeData()
        let unknown = try cli.run(["match", "svømning"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("Ingen opgave hedder »svømning«"), unknown.stderr)
        let several = try cli.run(["match", "kaffe"])
        XCTAssertEqual(several.status, 2)
        XCTAssertTrue(several.stderr.contains("passer på flere opgaver"), several.stderr)
        XCTAssertTrue(several.stderr.contains("Kaffe 0") && several.stderr.contains("Kaffe 1"), several.stderr)
        XCTAssertEqual(try cli.storeData(), before)
    }

    func testTheTaskAndAssociationListsShowTheNewRecords() throws {
        let r = try cli.run(["list", "opgaver"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("Højtlæsning på Solgården"), r.stdout)
        XCTAssertTrue(r.stdout.contains("tir formiddag"), r.stdout)
        let json = try cli.run(["list", "tasks", "--json"])
        let tasks = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(tasks.count, 3)
    }

    func testAddTaskChecksEveryValueAndTheNewTaskCanBeMatched() throws {
        let before = try cli.storeData()
        let bad = try cli.run(["add", "task", "--title", "Gåtur", "--weekdays", "tir, blå", "--parts-of-day", "nat"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("»blå«") && bad.stderr.contains("»nat«"), bad.stderr)
        XCTAssertEqual(try cli.storeData(), before, "a refused task writes nothing")
        let ok = try cli.run(["add", "task", "--title", "Gåtur", "--workplace", "solg", "--weekdays", "tir",
                              "--parts-of-day", "formiddag", "--skill", "højtlæsning"])
        XCTAssertEqual(ok.status, 0, ok.stderr)
        let match = try cli.run(["match", "gåtur", "--json"])
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(match.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.prefix(3).map { $0["name"] as? String }, ["Anna", "Jytte", "Gert"],
                       "Jytte has one task already, Gert two")
    }

    func testAskingAndAssigningFromTheRankingAreSavedAndChangeTheNextRanking() throws {
        let before = try cli.storeData()
        let wrong = try cli.run(["match", "Højtlæsning", "--ask", "8"])
        XCTAssertEqual(wrong.status, 2)
        XCTAssertTrue(wrong.stderr.contains("mellem 1 og 7"), wrong.stderr)
        XCTAssertEqual(try cli.storeData(), before)

        let r = try cli.run(["match", "Højtlæsning", "--ask", "2", "--ask", "3", "--assign", "1"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "Noteret som spurgt i dag: Gert, Cille.\nSat på »Højtlæsning på Solgården«: Anna.\n")
        let again = try cli.run(["match", "Højtlæsning", "--json"])
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.map { $0["name"] as? String }, ["Gert", "Bent", "Cille", "Hans", "Erik", "Dorte"],
                       "Anna is on the task now; Cille, asked today, comes after Bent, asked earlier")
        XCTAssertEqual(rows[0]["lastAsked"] as? String, "2026-11-22")
        XCTAssertEqual(try cli.run(["match", "Højtlæsning", "--ask", "1"]).stdout, "Noteret som spurgt i dag: Gert.\n")
        let history = try cli.run(["history", "Gert"])
        XCTAssertTrue(history.stdout.contains("ændret: Spurgt om opgaver"), history.stdout)
    }
}
