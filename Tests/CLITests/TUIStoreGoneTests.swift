import Foundation
import XCTest

/// The store's folder deleted while the full-screen interface runs: the status line says
/// so within a second, not at the next save, and quitting ends with status 2.
final class TUIStoreGoneTests: XCTestCase {
    func testADeletedStoreFolderIsReportedAtOnceAndQuitSaysSo() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (scripts/install-deps installs it)")
        let cli = try CLIRunner()
        defer { cli.remove() }
        let folder = cli.home.appendingPathComponent("register")
        let store = folder.appendingPathComponent("store.json")
        try XCTAssertEqual(cli.run(["add", "volunteer", "--name", "Søren Østergaard", "--store", store.path], useStoreFlag: false).status, 0)
        let tmux = try TmuxSession(
            command: [CLIRunner.binary.path, "--store", store.path],
            environment: ["LANG": "C.UTF-8", "FRIVILLIG_TODAY": "2026-11-22", "HOME": cli.home.path, "TERM": "tmux-256color"],
            width: 100, height: 30, directory: cli.home)
        try tmux.waitFor(" 1 Overblik", seconds: 20)
        try FileManager.default.removeItem(at: folder)
        try tmux.waitFor("Datafilen \(store.path) er væk", seconds: 20)
        try tmux.keys("q")
        XCTAssertEqual(try tmux.waitForExit(seconds: 20), 2)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path), "quitting creates nothing where the store was")
    }
}
