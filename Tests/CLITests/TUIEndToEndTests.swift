import Foundation
import XCTest

/// The real program in tmux on a demo store, driven by keys as a coordinator would.
final class TUIEndToEndTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (scripts/install-deps installs it)")
        cli = try CLIRunner()
        try cli.run(["add", "volunteer", "--name", "Søren Østergaard", "--phone", "20123456",
                     "--emergency-name", "Mette Østergaard", "--emergency-relation", "datter", "--emergency-phone", "30123456"])
        try cli.run(["add", "volunteer", "--name", "Åse Bæk", "--phone", "40112233"])
        try cli.run(["add", "volunteer", "--name", "Bent Hansen", "--phone", "50505050"])
    }

    override func tearDown() { cli?.remove() }

    private func start(_ extra: [String] = [], width: Int = 100, height: Int = 30) throws -> TmuxSession {
        try TmuxSession(
            command: [CLIRunner.binary.path, "--store", cli.store.path] + extra,
            environment: ["LANG": "C.UTF-8", "FRIVILLIG_TODAY": "2026-11-22", "HOME": cli.home.path, "TERM": "tmux-256color"],
            width: width, height: height, directory: cli.home)
    }

    func testSearchEmergencyLookupAndQuit() throws {
        let tmux = try start()
        try tmux.waitFor("1 Overblik")
        try tmux.keys("2")
        try tmux.waitFor("1–3 af 3")
        try tmux.keys("/")
        try tmux.type("soeren")
        let found = try tmux.waitFor("1–1 af 1")
        XCTAssertTrue(found.contains("Søren Østergaard"), found)
        XCTAssertFalse(found.contains("Åse Bæk"), found)
        try tmux.keys("Escape")
        try tmux.waitFor("1–3 af 3")
        try tmux.keys("!")
        try tmux.waitFor("NØDOPSLAG")
        try tmux.type("sør")
        let lookup = try tmux.waitFor("+45 30 12 34 56")
        XCTAssertTrue(lookup.contains("1. Mette Østergaard (datter)  +45 30 12 34 56"), lookup)
        try tmux.keys("Escape")
        try tmux.waitUntil(description: "lookup closed") { !$0.contains("NØDOPSLAG") }
        try tmux.keys("q")
        XCTAssertEqual(try tmux.waitForExit(), 0, (try? tmux.transcript()) ?? "")
    }

    func testLogRecognitionForTwoMarkedVolunteers() throws {
        let tmux = try start()
        try tmux.waitFor("1 Overblik")
        try tmux.keys("2")
        try tmux.waitFor("1–3 af 3")
        try tmux.keys("Space", "Space")
        try tmux.waitFor("2 markeret")
        try tmux.keys("r")
        try tmux.waitFor("Bent Hansen")
        try tmux.type("Julefrokost 2026")
        try tmux.keys("Enter")
        try tmux.waitFor("Gemt.")
        let events = try cli.storeJSON()["events"] as! [[String: Any]]
        XCTAssertEqual(events.count, 1)
        XCTAssertEqual(events[0]["title"] as? String, "Julefrokost 2026")
        XCTAssertEqual(events[0]["kind"] as? String, "gathering")
        XCTAssertEqual(events[0]["date"] as? String, "2026-11-22")
        let volunteers = try cli.storeJSON()["volunteers"] as! [[String: Any]]
        let names = Dictionary(uniqueKeysWithValues: volunteers.map { ($0["id"] as! String, $0["name"] as! String) })
        let attendees = (events[0]["attendeeIDs"] as! [String]).compactMap { names[$0] }.sorted()
        XCTAssertEqual(attendees, ["Bent Hansen", "Søren Østergaard"])
        try tmux.keys("q")
        XCTAssertEqual(try tmux.waitForExit(), 0, (try? tmux.transcript()) ?? "")
    }

    func testResizeToSmallAndBack() throws {
        let tmux = try start()
        try tmux.waitFor("1 Overblik")
        try tmux.keys("2")
        try tmux.waitFor("1–3 af 3")
        try tmux.resize(width: 40, height: 12)
        try tmux.waitUntil(description: "40-column layout") { screen in
            screen.contains("1–3 af 3") && screen.split(separator: "\n").allSatisfy { $0.count <= 40 }
        }
        try tmux.resize(width: 20, height: 5)
        try tmux.waitFor("for lille")
        try tmux.resize(width: 100, height: 30)
        try tmux.waitFor("Arbejdspladser")
        try tmux.keys("q")
        XCTAssertEqual(try tmux.waitForExit(), 0, (try? tmux.transcript()) ?? "")
    }

    func testBrokenStoreIsExplainedWithoutEnteringFullScreen() throws {
        try Data("{ not json".utf8).write(to: cli.store)
        let tmux = try start()
        XCTAssertEqual(try tmux.waitForExit(), 2)
        let transcript = try tmux.transcript()
        XCTAssertTrue(transcript.contains("Datafilen \(cli.store.path) er ikke gyldig JSON (linje 1, kolonne 3)"), transcript)
        XCTAssertFalse(transcript.contains("Overblik"), "never entered the full screen")
    }

    func testNotATerminalIsRefusedWithAMessage() throws {
        let r = try cli.run([])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("skal køres i en terminal"), r.stderr)
    }
}
