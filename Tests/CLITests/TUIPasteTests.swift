import Foundation
import XCTest

/// Pasting into the real program in tmux with bracketed paste (`paste-buffer -p` sends
/// the markers only when the program has asked for them): the paste is text in the field
/// it lands in, never keys, and the shell gets a terminal without the mode afterwards.
final class TUIPasteTests: XCTestCase {
    private var cli: CLIRunner!
    private let deadline = 20.0
    private let names = ["Bent Hansen", "Søren Østergaard", "Åse Bæk"]

    override func setUpWithError() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (scripts/install-deps installs it)")
        cli = try CLIRunner()
        for name in names { try cli.run(["add", "volunteer", "--name", name]) }
    }

    override func tearDown() { cli?.remove() }

    func testAPastedAddressWithNewlinesStaysInTheFormAndRunsNoCommands() throws {
        let tmux = try start()
        try tmux.waitFor(" 1 Overblik", seconds: deadline)
        try tmux.keys("2")
        try tmux.waitFor("1–3 af 3", seconds: deadline)
        try tmux.keys("Down", "e")
        try tmux.waitFor("Rediger Søren Østergaard", seconds: deadline)
        try tmux.keys("Down", "Down", "Down")
        try tmux.waitFor("› Adresse", seconds: deadline)
        try tmux.tmux(["set-buffer", "Vestergade 3, 8900 Randers\ndyrlæge om tirsdagen\nd"])
        try tmux.tmux(["paste-buffer", "-p", "-t", tmux.name])
        let form = try tmux.waitFor("Vestergade 3, 8900 Randers dyrlæge om tirsdagen d", seconds: deadline)
        XCTAssertTrue(form.contains("Rediger Søren Østergaard"), "the form is still open:\n\(form)")
        XCTAssertTrue(form.contains("› Adresse           Vestergade 3, 8900 Randers dyrlæge om tirsdagen d"), form)
        try assertStoreUnchanged()

        try tmux.keys("Escape")
        try tmux.waitFor("j/n", seconds: deadline)
        try tmux.keys("j")
        try tmux.waitUntil(seconds: deadline, description: "the form closed") { !$0.contains("Rediger") }
        try tmux.keys("q")
        try tmux.waitFor("[frivillig ended 0]", seconds: deadline)
        try assertStoreUnchanged()
        try assertShellGetsPlainPastes(tmux)
    }

    /// Pasted text holding the end marker itself (tmux passes the ESC on) is still all
    /// text: the `d` and `y` after the inner marker arrive in the same burst as the paste,
    /// so they are no delete and no confirmation.
    func testAnEndMarkerInsidePastedTextRunsNoCommands() throws {
        let tmux = try start()
        try tmux.waitFor(" 1 Overblik", seconds: deadline)
        try tmux.keys("2")
        try tmux.waitFor("1–3 af 3", seconds: deadline)
        try tmux.tmux(["set-buffer", "xx\u{1b}[201~dy"])
        try tmux.tmux(["paste-buffer", "-p", "-t", tmux.name])
        let list = try tmux.waitUntil(seconds: deadline, description: "the paste handled") {
            $0.contains("Indsat tekst ignoreret") || $0.contains("1–2 af 2")
        }
        XCTAssertTrue(list.contains("Indsat tekst ignoreret"), "the paste was one paste:\n\(list)")
        XCTAssertTrue(list.contains("1–3 af 3"), "all three volunteers are still listed:\n\(list)")
        try tmux.keys("q")
        try tmux.waitFor("[frivillig ended 0]", seconds: deadline)
        try assertStoreUnchanged()
    }

    /// The same in the import dialog: a pasted path with an end marker and a carriage
    /// return after it, then a paste of `x`, the marker and `j`, stay text in the path
    /// field; neither reads the sheet nor imports it.
    func testAnEndMarkerInsidePastedTextImportsNothing() throws {
        let sheet = cli.home.appendingPathComponent("small.csv")
        try Data("Navn\nNy Frivillig\n".utf8).write(to: sheet)
        let tmux = try start()
        try tmux.waitFor(" 1 Overblik", seconds: deadline)
        try tmux.keys("2")
        try tmux.waitFor("1–3 af 3", seconds: deadline)
        try tmux.keys("I")
        try tmux.waitFor("Fil: ", seconds: deadline)
        // Each paste is waited for, so the two are not one burst (and so one paste).
        try tmux.tmux(["set-buffer", sheet.path + "\u{1b}[201~\r"])
        try tmux.tmux(["paste-buffer", "-p", "-t", tmux.name])
        let first = try tmux.waitUntil(seconds: deadline, description: "the first paste handled") {
            $0.contains("small.csv[201~") || $0.contains("j importér")
        }
        XCTAssertTrue(first.contains("small.csv[201~ "), "the path field holds the paste, the sheet is not read:\n\(first)")
        try tmux.tmux(["set-buffer", "x\u{1b}[201~j"])
        try tmux.tmux(["paste-buffer", "-p", "-t", tmux.name])
        let second = try tmux.waitUntil(seconds: deadline, description: "the second paste handled") {
            $0.contains("[201~j") || $0.contains("Importeret")
        }
        XCTAssertTrue(second.contains("small.csv[201~ x[201~j"), "both pastes are text in the path field:\n\(second)")
        try tmux.keys("Escape")
        try tmux.waitUntil(seconds: deadline, description: "the dialog closed") { !$0.contains("Fil: ") }
        try tmux.keys("q")
        try tmux.waitFor("[frivillig ended 0]", seconds: deadline)
        try assertStoreUnchanged()
    }

    func testSigtermTurnsBracketedPasteOff() throws {
        let tmux = try start()
        try tmux.waitFor(" 1 Overblik", seconds: deadline)
        XCTAssertEqual(kill(try frivilligPID(tmux), SIGTERM), 0)
        try tmux.waitFor("[frivillig ended 143]", seconds: deadline)
        try assertShellGetsPlainPastes(tmux)
    }

    // MARK: Helpers

    /// The program, then (once it has ended) `cat -v` in the same terminal: what the pane
    /// is sent after the program is echoed there, escape bytes made visible as `^[`.
    private func start() throws -> TmuxSession {
        let program = [CLIRunner.binary.path, "--store", cli.store.path].map { "'" + $0 + "'" }.joined(separator: " ")
        return try TmuxSession(
            command: ["/bin/sh", "-c", program + "; echo \"[frivillig ended $?]\"; exec cat -v"],
            environment: ["LANG": "C.UTF-8", "FRIVILLIG_TODAY": "2026-11-22", "HOME": cli.home.path, "TERM": "tmux-256color"],
            width: 100, height: 30, directory: cli.home)
    }

    /// Every volunteer still there, none changed, no event logged.
    private func assertStoreUnchanged(file: StaticString = #filePath, line: UInt = #line) throws {
        let json = try cli.storeJSON()
        let volunteers = try XCTUnwrap(json["volunteers"] as? [[String: Any]], file: file, line: line)
        XCTAssertEqual(volunteers.compactMap { $0["name"] as? String }.sorted(), names.sorted(), file: file, line: line)
        XCTAssertEqual(volunteers.compactMap { $0["address"] as? String }.filter { !$0.isEmpty }, [], file: file, line: line)
        XCTAssertEqual((json["events"] as? [Any])?.count, 0, "no event logged", file: file, line: line)
    }

    /// A paste into the shell's terminal after the program ended arrives as it is: had
    /// the program left bracketed paste on, `cat -v` would show the `^[[200~` marker.
    private func assertShellGetsPlainPastes(_ tmux: TmuxSession, file: StaticString = #filePath, line: UInt = #line) throws {
        try tmux.tmux(["set-buffer", "efter-programmet"])
        try tmux.tmux(["paste-buffer", "-p", "-t", tmux.name])
        let screen = try tmux.waitFor("efter-programmet", seconds: deadline, file: file, line: line)
        XCTAssertFalse(screen.contains("[200~"), "bracketed paste is still on in the shell:\n\(screen)", file: file, line: line)
        XCTAssertEqual(try tmux.tmux(["display-message", "-p", "-t", tmux.name, "#{alternate_on}"])
            .trimmingCharacters(in: .whitespacesAndNewlines), "0", file: file, line: line)
    }

    /// The program's own process: the child of the `sh -c` that the pane's shell started.
    private func frivilligPID(_ tmux: TmuxSession) throws -> pid_t {
        let pane = try tmux.tmux(["display-message", "-p", "-t", tmux.name, "#{pane_pid}"])
        let wrapper = try child(of: pane.trimmingCharacters(in: .whitespacesAndNewlines))
        return try XCTUnwrap(pid_t(try child(of: wrapper)), "no program under \(wrapper)")
    }

    private func child(of parent: String) throws -> String {
        let children = try ChildProcesses.of(parent)
        XCTAssertEqual(children.count, 1, "expected one child of \(parent): \(children)")
        return children.first ?? ""
    }
}
