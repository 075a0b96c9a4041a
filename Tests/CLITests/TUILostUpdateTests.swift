import Foundation
import XCTest

/// A volunteer's form open in the full-screen interface while the command line saves
/// the same volunteer (an import with their id): saving the form keeps what the command
/// line saved, and where both changed the same field the form shows both values and asks.
final class TUILostUpdateTests: XCTestCase {
    private var cli: CLIRunner!
    private let deadline = 20.0

    override func setUpWithError() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (scripts/install-deps installs it)")
        cli = try CLIRunner()
        try cli.run(["add", "volunteer", "--name", "Søren Østergaard", "--email", "soeren@gammel.dk"])
        try cli.run(["add", "volunteer", "--name", "Åse Bæk"])
    }

    override func tearDown() { cli?.remove() }

    func testAFormSavedAfterTheCommandLineChangedAnotherFieldKeepsBothChanges() throws {
        let tmux = try openSoerensForm()
        try tmux.keys("Down", "Down", "Down")
        try tmux.waitFor("› Adresse", seconds: deadline)
        try tmux.type("Vestergade 3")
        try importEmail("soeren@ny.dk")
        try tmux.keys("Enter")
        try tmux.waitUntil(seconds: deadline, description: "the form closed") { !$0.contains("Rediger") }
        try tmux.keys("q")
        _ = try tmux.waitForExit(seconds: deadline)
        let soeren = try self.soeren()
        XCTAssertEqual(soeren["email"] as? String, "soeren@ny.dk", "the command line's e-mail is kept")
        XCTAssertEqual(soeren["address"] as? String, "Vestergade 3", "the form's address is saved")
    }

    func testBothChangingTheSameFieldShowsBothValuesAndAsks() throws {
        let tmux = try openSoerensForm()
        try tmux.keys("Down", "Down")
        try tmux.waitFor("› E-mail", seconds: deadline)
        try tmux.keys("C-u")
        try tmux.type("tui@example.dk")
        try importEmail("cli@example.dk")
        try tmux.keys("Enter")
        let dialog = try tmux.waitFor("Gemt af en anden imens", seconds: deadline)
        XCTAssertTrue(dialog.contains("E-mail: din værdi »tui@example.dk«, gemt imens »cli@example.dk«"), dialog)
        XCTAssertEqual(try soeren()["email"] as? String, "cli@example.dk", "nothing is written before the user chooses")

        try tmux.keys("Escape")
        let form = try tmux.waitFor("Rediger Søren Østergaard", seconds: deadline)
        XCTAssertTrue(form.contains("tui@example.dk"), "Esc goes back to the form as it was:\n\(form)")
        try tmux.keys("Enter")
        try tmux.waitFor("Gemt af en anden imens", seconds: deadline)
        try tmux.keys("1")
        try tmux.waitUntil(seconds: deadline, description: "the form closed") { !$0.contains("Rediger") && !$0.contains("imens") }
        try tmux.keys("q")
        _ = try tmux.waitForExit(seconds: deadline)
        XCTAssertEqual(try soeren()["email"] as? String, "tui@example.dk", "1 keeps the form's value")
    }

    // MARK: Helpers

    private func openSoerensForm() throws -> TmuxSession {
        let tmux = try TmuxSession(
            command: [CLIRunner.binary.path, "--store", cli.store.path],
            environment: ["LANG": "C.UTF-8", "FRIVILLIG_TODAY": "2026-11-22", "HOME": cli.home.path, "TERM": "tmux-256color"],
            width: 100, height: 30, directory: cli.home)
        try tmux.waitFor(" 1 Overblik", seconds: deadline)
        try tmux.keys("2")
        try tmux.waitFor("1–2 af 2", seconds: deadline)
        try tmux.keys("e")
        try tmux.waitFor("Rediger Søren Østergaard", seconds: deadline)
        return tmux
    }

    /// The command line saves a new e-mail for Søren while the form is open.
    private func importEmail(_ email: String) throws {
        let id = try XCTUnwrap(soeren()["id"] as? String)
        let sheet = cli.home.appendingPathComponent("ny-email.csv")
        try "Id;Navn;E-mail\n\(id);Søren Østergaard;\(email)\n".write(to: sheet, atomically: true, encoding: .utf8)
        let r = try cli.run(["import", "volunteers", sheet.path])
        XCTAssertEqual(r.status, 0, r.stdout + r.stderr)
    }

    private func soeren() throws -> [String: Any] {
        let volunteers = try XCTUnwrap(cli.storeJSON()["volunteers"] as? [[String: Any]])
        return try XCTUnwrap(volunteers.first { $0["name"] as? String == "Søren Østergaard" })
    }
}
