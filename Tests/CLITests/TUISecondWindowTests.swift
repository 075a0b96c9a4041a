import Foundation
import XCTest

/// Two windows on one store: the second opens read-only while the first edits, and takes
/// over the editing session once the first one closes, saying so, without a restart.
final class TUISecondWindowTests: XCTestCase {
    private var cli: CLIRunner!
    private let deadline = 20.0

    override func setUpWithError() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (scripts/install-deps installs it)")
        cli = try CLIRunner()
        try cli.run(["add", "volunteer", "--name", "Søren Østergaard"])
    }

    override func tearDown() { cli?.remove() }

    func testTheSecondWindowTakesOverEditingWhenTheFirstCloses() throws {
        let first = try window()
        let second = try window()
        let readOnly = try second.waitFor("SKRIVEBESKYTTET", seconds: deadline)
        XCTAssertFalse(try first.screen().contains("SKRIVEBESKYTTET"), "the first window edits")
        try second.keys("2")
        try second.waitFor("1–1 af 1", seconds: deadline)
        try second.keys("a")
        try second.waitFor("Skrivebeskyttet: Frivillig er åbent til redigering i et andet vindue", seconds: deadline)
        XCTAssertTrue(readOnly.contains("Overblik"), readOnly)

        try first.keys("q")
        _ = try first.waitForExit(seconds: deadline)
        let taken = try second.waitFor("Det andet vindue er lukket: her kan du nu redigere.", seconds: deadline)
        XCTAssertFalse(taken.contains("SKRIVEBESKYTTET"), "the banner goes with the lock:\n\(taken)")
        try second.keys("a")
        try second.waitFor("Ny frivillig", seconds: deadline)
        try second.type("Åse Bæk")
        try second.keys("Enter")
        try second.waitFor("1–2 af 2", seconds: deadline)
        try second.keys("q")
        _ = try second.waitForExit(seconds: deadline)
        let names = try XCTUnwrap(cli.storeJSON()["volunteers"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        XCTAssertEqual(names.sorted(), ["Søren Østergaard", "Åse Bæk"], "the window that took over saves")
    }

    private func window() throws -> TmuxSession {
        let tmux = try TmuxSession(
            command: [CLIRunner.binary.path, "--store", cli.store.path],
            environment: ["LANG": "C.UTF-8", "FRIVILLIG_TODAY": "2026-11-22", "HOME": cli.home.path, "TERM": "tmux-256color"],
            width: 100, height: 30, directory: cli.home)
        try tmux.waitFor(" 1 Overblik", seconds: deadline)
        return tmux
    }
}
