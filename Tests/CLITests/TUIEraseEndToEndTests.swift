import Foundation
import FrivilligCore
import XCTest

/// Erasing a volunteer from the real program in tmux, as a coordinator would: open them,
/// press `X`, choose, read the preview, type the name. A wrong name and Esc change no
/// byte; the right one leaves no byte of the person in any file of the store's folder.
final class TUIEraseEndToEndTests: XCTestCase {
    private var cli: CLIRunner!
    /// Søren's name, each form of his phone, his e-mail and a note only his record holds.
    private let words = ["Søren Østergaard", "+4520123456", "+45 20 12 34 56", "20123456", "soeren@example.dk", "Kører selv"]

    /// Søren in the snapshot, the journal, the history, `.bak`, a backup and the index.
    override func setUpWithError() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (scripts/install-deps installs it)")
        cli = try CLIRunner()
        try cli.run(["add", "volunteer", "--name", "Søren Østergaard", "--phone", "20123456", "--email", "soeren@example.dk",
                     "--emergency-name", "Mette Østergaard", "--emergency-relation", "datter", "--emergency-phone", "30123456"])
        try cli.run(["add", "volunteer", "--name", "Åse Bæk", "--phone", "40112233"])
        let store = try Store.open(at: cli.store)
        try store.compact()
        var soeren = try XCTUnwrap(store.register.volunteers.first { $0.name == "Søren Østergaard" })
        soeren.notes = "Kører selv"
        try store.commit([.putVolunteer(soeren)])
        try store.compact()
        soeren = try XCTUnwrap(store.register.volunteer(soeren.id))
        soeren.skills = ["kørsel"]
        try store.commit([.putVolunteer(soeren)])
    }

    override func tearDown() { cli?.remove() }

    /// The store's files, byte for byte, but the two lock files, which hold nothing.
    private func storeFiles() throws -> [String: Data] {
        var out: [String: Data] = [:]
        for file in FileManager.default.enumerator(atPath: cli.home.path)!.compactMap({ $0 as? String })
        where file.hasPrefix("store.json") && !file.hasSuffix(".lock") && !file.hasSuffix(".session") {
            var isFolder: ObjCBool = false
            let path = cli.home.appendingPathComponent(file).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                out[file] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return out
    }

    /// The files of the folder holding any of the person's words.
    private func filesNamingThePerson() throws -> [String] {
        try storeFiles().filter { _, data in words.contains { data.range(of: Data($0.utf8)) != nil } }.keys.sorted()
    }

    func testEraseFromTheDetailAfterAWrongNameAndEscLeavesNoTraceOfThePerson() throws {
        let before = try storeFiles()
        XCTAssertGreaterThanOrEqual(try filesNamingThePerson().count, 5, "the person should be in every kind of file first")
        let tmux = try TmuxSession(
            command: [CLIRunner.binary.path, "--store", cli.store.path],
            environment: ["LANG": "C.UTF-8", "FRIVILLIG_TODAY": "2026-11-22", "HOME": cli.home.path, "TERM": "tmux-256color"],
            directory: cli.home)
        try tmux.waitFor("1 Overblik")
        try tmux.keys("2")
        try tmux.waitFor("1–2 af 2")
        try tmux.keys("/")
        try tmux.type("soeren")
        try tmux.waitFor("1–1 af 1")
        try tmux.keys("Enter", "Enter")
        try tmux.waitFor("Søren Østergaard  [aktiv]")

        try tmux.keys("X")
        try tmux.waitFor("Anonymisér eller slet: Søren Østergaard")
        try tmux.keys("Down", "Enter")
        try tmux.waitFor("Sletning af Søren Østergaard fjerner personen")
        try tmux.keys("Enter")
        try tmux.waitFor("Skriv navnet »Søren Østergaard«")
        try tmux.type("Søren")
        try tmux.keys("Enter")
        try tmux.waitFor("Det er ikke navnet, så intet er ændret.")
        try tmux.keys("Escape")
        try tmux.waitFor("Intet er anonymiseret eller slettet.")
        XCTAssertEqual(try storeFiles(), before, "a wrong name and Esc changed a file")

        try tmux.keys("X")
        try tmux.waitFor("Anonymisér eller slet: Søren Østergaard")
        try tmux.keys("Down", "Enter")
        try tmux.waitFor("Sletning af Søren Østergaard fjerner personen")
        try tmux.keys("Enter")
        try tmux.waitFor("Skriv navnet »Søren Østergaard«")
        try tmux.type("Søren Østergaard")
        try tmux.keys("Enter")
        let done = try tmux.waitFor("Slettet: 1 post er fjernet fra registeret og alle dets filer.")
        XCTAssertFalse(done.contains("Søren Østergaard  [aktiv]"), "back on the list:\n\(done)")
        XCTAssertEqual(try filesNamingThePerson(), [])
        XCTAssertEqual((try cli.storeJSON()["volunteers"] as? [[String: Any]])?.compactMap { $0["name"] as? String }, ["Åse Bæk"])

        try tmux.keys("q")
        XCTAssertEqual(try tmux.waitForExit(), 0, (try? tmux.transcript()) ?? "")
        XCTAssertEqual(try filesNamingThePerson(), [], "quitting folds the journal in, and brings nothing back")
    }
}
