import Foundation
import XCTest

/// The task bank in the real program: a task added on the command line is ranked on
/// screen, and the asks and the assignment made there are in the store afterwards.
final class TUITaskEndToEndTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (scripts/install-deps installs it)")
        cli = try CLIRunner()
        try cli.run(["add", "volunteer", "--name", "Søren Østergaard", "--phone", "20123456", "--skill", "højtlæsning"])
        try cli.run(["add", "volunteer", "--name", "Åse Bæk", "--phone", "40112233", "--skill", "Højtlæsning", "--skill", "sang"])
        try cli.run(["add", "volunteer", "--name", "Bent Hansen", "--phone", "50505050"])
        try cli.run(["add", "task", "--title", "Højtlæsning og sang", "--skill", "højtlæsning", "--skill", "sang", "--wanted", "1"])
    }

    override func tearDown() { cli?.remove() }

    func testAskingAndAssigningFromTheRankingAreSaved() throws {
        let tmux = try TmuxSession(
            command: [CLIRunner.binary.path, "--store", cli.store.path],
            environment: ["LANG": "C.UTF-8", "FRIVILLIG_TODAY": "2026-11-22", "HOME": cli.home.path, "TERM": "tmux-256color"],
            width: 100, height: 30, directory: cli.home)
        try tmux.waitFor("1 Overblik")
        try tmux.keys("8")
        try tmux.waitFor("Højtlæsning og sang")
        try tmux.keys("m")
        let ranking = try tmux.waitFor("Bedst egnede først")
        let rows = ranking.split(separator: "\n").map(String.init)
        let order = ["Åse Bæk", "Søren Østergaard", "Bent Hansen"].map { name in rows.firstIndex { $0.contains(name) } ?? -1 }
        XCTAssertEqual(order, order.sorted(), ranking)
        XCTAssertFalse(order.contains(-1), ranking)
        try tmux.keys("Space", "Space", "s")
        try tmux.waitFor("2 frivillige noteret som spurgt i dag.")
        try tmux.keys("g", "t")
        try tmux.waitFor("1 frivillig sat på opgaven.")
        let store = try cli.storeJSON()
        let volunteers = store["volunteers"] as! [[String: Any]]
        let asked = volunteers.filter { !(($0["asked"] as? [[String: Any]]) ?? []).isEmpty }.map { $0["name"] as! String }.sorted()
        XCTAssertEqual(asked, ["Søren Østergaard", "Åse Bæk"])
        let ids = Dictionary(uniqueKeysWithValues: volunteers.map { ($0["id"] as! String, $0["name"] as! String) })
        let task = (store["tasks"] as! [[String: Any]])[0]
        XCTAssertEqual((task["volunteerIDs"] as! [String]).compactMap { ids[$0] }, ["Åse Bæk"])
        XCTAssertEqual(task["status"] as? String, "filled")
        try tmux.keys("q", "q")
        XCTAssertEqual(try tmux.waitForExit(), 0, (try? tmux.transcript()) ?? "")
    }
}
