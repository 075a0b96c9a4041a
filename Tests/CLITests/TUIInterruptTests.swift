import Foundation
import XCTest

/// Ctrl-C in the real terminal: in a form with changes it asks, as Esc does, and the
/// answer decides; nowhere else does it ask.
final class TUIInterruptTests: XCTestCase {
    private var cli: CLIRunner!
    private let deadline = 20.0

    override func setUpWithError() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (scripts/install-deps installs it)")
        cli = try CLIRunner()
        try cli.run(["add", "volunteer", "--name", "Søren Østergaard"])
    }

    override func tearDown() { cli?.remove() }

    func testCtrlCInAChangedFormAsksAndOnlyYesQuits() throws {
        let tmux = try window()
        try tmux.keys("2")
        try tmux.waitFor("1–1 af 1", seconds: deadline)
        try tmux.keys("a")
        try tmux.waitFor("Ny frivillig", seconds: deadline)
        try tmux.type("Karen Blixen")
        try tmux.keys("C-c")
        try tmux.waitFor("Afslut uden at gemme ændringerne? (j/n)", seconds: deadline)
        try tmux.keys("n")
        let form = try tmux.waitUntil(seconds: deadline, description: "the question gone") { !$0.contains("Afslut uden") }
        XCTAssertTrue(form.contains("Karen Blixen"), "n keeps the typing:\n\(form)")
        try tmux.keys("C-c")
        try tmux.waitFor("Afslut uden at gemme ændringerne? (j/n)", seconds: deadline)
        try tmux.keys("j")
        XCTAssertEqual(try tmux.waitForExit(seconds: deadline), 0)
        let names = try XCTUnwrap(cli.storeJSON()["volunteers"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        XCTAssertEqual(names, ["Søren Østergaard"], "nothing was saved")
    }

    func testCtrlCOnAListQuitsAtOnce() throws {
        let tmux = try window()
        try tmux.keys("2")
        try tmux.waitFor("1–1 af 1", seconds: deadline)
        try tmux.keys("C-c")
        XCTAssertEqual(try tmux.waitForExit(seconds: deadline), 0)
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
