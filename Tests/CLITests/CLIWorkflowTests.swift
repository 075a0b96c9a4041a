import Foundation
import FrivilligCore
import XCTest

/// The command line end to end on a temporary store: what a coordinator or a script sees.
final class CLIWorkflowTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.remove() }

    private func addPeople() throws {
        try XCTAssertEqual(cli.run(["add", "volunteer", "--name", "Søren Østergaard", "--phone", "20 12 34 56",
                                    "--emergency-name", "Mette Østergaard", "--emergency-relation", "datter",
                                    "--emergency-phone", "0045 30123456"]).status, 0)
        try XCTAssertEqual(cli.run(["add", "volunteer", "--name", "Åse Bæk", "--phone", "+45 40 11 22 33", "--email", "aase@example.dk",
                                    "--start-date", "01.02.2020", "--skill", "højtlæsning"]).status, 0)
        try XCTAssertEqual(cli.run(["add", "volunteer", "--name", "山田太郎", "--phone", "+81 90 1234 5678"]).status, 0)
    }

    func testIceShowsTheEmergencyContactsPhone() throws {
        try addPeople()
        for q in ["soeren", "søren", "soren", "SØR"] {
            let r = try cli.run(["ice", q])
            XCTAssertEqual(r.status, 0, q)
            XCTAssertEqual(r.stdout, "Søren Østergaard  +45 20 12 34 56\n  1. Mette Østergaard (datter)  +45 30 12 34 56\n", q)
        }
        let none = try cli.run(["ice", "aase"])
        XCTAssertTrue(none.stdout.contains("INGEN PÅRØRENDE REGISTRERET"), none.stdout)
    }

    func testIceWithoutMatchExitsOne() throws {
        try addPeople()
        let r = try cli.run(["ice", "zacharias"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stdout, "")
        XCTAssertEqual(r.stderr, "Ingen frivillige matcher »zacharias«.\n")
    }

    func testIceJSON() throws {
        try addPeople()
        let r = try cli.run(["ice", "søren", "--json"])
        let list = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
        XCTAssertEqual(list.count, 1)
        let contact = (list[0]["emergencyContacts"] as! [[String: String]])[0]
        XCTAssertEqual(contact, ["name": "Mette Østergaard", "relation": "datter", "phone": "+4530123456"])
    }

    func testListAlignsColumnsByDisplayWidth() throws {
        try addPeople()
        let r = try cli.run(["list", "volunteers"])
        XCTAssertEqual(r.status, 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 4)
        XCTAssertTrue(lines[0].hasPrefix("Navn"))
        // Danish order (Å after Z, other scripts last) with CJK names two columns per character: the phone column starts at the same column.
        XCTAssertEqual(lines.dropFirst().map { String($0.prefix(while: { $0 != " " })) }, ["Søren", "Åse", "山田太郎"])
        let phoneColumns = lines.dropFirst().map { line -> Int in
            let prefix = line[..<line.range(of: "+")!.lowerBound]
            return prefix.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x4E00 && $1.value <= 0x9FFF) ? 2 : 1) }
        }
        XCTAssertEqual(Set(phoneColumns).count, 1, r.stdout)
    }

    func testListSearchAndJSON() throws {
        try addPeople()
        let r = try cli.run(["list", "volunteers", "--search", "aase", "--json"])
        let list = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
        XCTAssertEqual(list.map { $0["name"] as! String }, ["Åse Bæk"])
        XCTAssertEqual(list[0]["startDate"] as? String, "2020-02-01")
        XCTAssertEqual(list[0]["phones"] as? [String], ["+4540112233"])
    }

    func testAddRejectsBadInputNamingTheFieldAndWritesNothing() throws {
        try addPeople()
        let before = try cli.storeData()
        let r = try cli.run(["add", "volunteer", "--name", "Bo", "--phone", "1234", "--start-date", "31.02.2026", "--email", "bo@"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("Telefon (--phone): »1234« er ikke et telefonnummer. Skriv 8 cifre"), r.stderr)
        XCTAssertTrue(r.stderr.contains("Startdato (--start-date): »31.02.2026« er ikke en dato. Skriv dd.mm.åååå"), r.stderr)
        XCTAssertTrue(r.stderr.contains("E-mail (--email): »bo@«"), r.stderr)
        XCTAssertTrue(r.stderr.contains("Intet er gemt."), r.stderr)
        XCTAssertEqual(try cli.storeData(), before)
    }

    func testEmergencyContactNeedsAPhone() throws {
        let r = try cli.run(["add", "volunteer", "--name", "Bo", "--emergency-name", "Lis"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("Pårørendes telefon (--emergency-phone): skal udfyldes."), r.stderr)
    }

    func testLogEventForTwoVolunteers() throws {
        try addPeople()
        let r = try cli.run(["log-event", "--kind", "udflugt", "--date", "20.06.2026", "--title", "Sommerudflugt til Skagen",
                             "--volunteer", "soeren", "--volunteer", "åse"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("Påskønnelse gemt: »Sommerudflugt til Skagen« 20.06.2026 med 2 deltagere:"), r.stdout)
        let events = try cli.storeJSON()["events"] as! [[String: Any]]
        XCTAssertEqual(events.count, 1)
        XCTAssertEqual(events[0]["kind"] as? String, "excursion")
        XCTAssertEqual(events[0]["date"] as? String, "2026-06-20")
        XCTAssertEqual((events[0]["attendeeIDs"] as? [String])?.count, 2)
    }

    func testLogEventWithAmbiguousVolunteerListsCandidatesAndWritesNothing() throws {
        try addPeople()
        try cli.run(["add", "volunteer", "--name", "Søren Mølgaard", "--phone", "50505050"])
        let before = try cli.storeData()
        let r = try cli.run(["log-event", "--kind", "tak", "--date", "2026-11-01", "--title", "Tak", "--volunteer", "søren", "--volunteer", "nobody"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("»søren« matcher 2 frivillige"), r.stderr)
        XCTAssertTrue(r.stderr.contains("  - Søren Mølgaard  +45 50 50 50 50"), r.stderr)
        XCTAssertTrue(r.stderr.contains("  - Søren Østergaard  +45 20 12 34 56"), r.stderr)
        XCTAssertTrue(r.stderr.contains("Ingen frivillig matcher »nobody«."), r.stderr)
        XCTAssertEqual(try cli.storeData(), before)
    }

    func testLogEventRejectsUnknownKindAndBadDate() throws {
        try addPeople()
        let r = try cli.run(["log-event", "--kind", "fest", "--date", "32.01.2026", "--title", "X", "--volunteer", "åse"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("Type (--kind): »fest« er ikke en type. Vælg en af: sammenkomst, udflugt"), r.stderr)
        XCTAssertTrue(r.stderr.contains("Dato (--date): »32.01.2026« er ikke en dato."), r.stderr)
    }

    func testEnglishWhenAsked() throws {
        try addPeople()
        let flag = try cli.run(["ice", "zz", "--lang", "en"])
        XCTAssertEqual(flag.stderr, "No volunteer matches \"zz\".\n")
        let env = try cli.run(["ice", "zz"], env: ["LANG": "en_GB.UTF-8"])
        XCTAssertEqual(env.stderr, "No volunteer matches \"zz\".\n")
        let danish = try cli.run(["ice", "zz"], env: ["LANG": "da_DK.UTF-8"])
        XCTAssertEqual(danish.stderr, "Ingen frivillige matcher »zz«.\n")
    }

    func testStoreLocationFromEnvironment() throws {
        let xdg = cli.home.appendingPathComponent("xdg")
        let r = try cli.run(["add", "volunteer", "--name", "Bo"], env: ["XDG_DATA_HOME": xdg.path], useStoreFlag: false)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: xdg.path + "/frivillig/store.json"))
        let explicit = cli.home.appendingPathComponent("other.json")
        try cli.run(["add", "volunteer", "--name", "Lis"], env: ["FRIVILLIG_STORE": explicit.path], useStoreFlag: false)
        XCTAssertTrue(FileManager.default.fileExists(atPath: explicit.path))
    }

    /// Input refuses such a name now; a store from an older version may still hold one.
    func testControlCharactersInNamesNeverReachTheTerminal() throws {
        let evil = Volunteer(name: "Evil\u{1B}[2J\u{1B}]0;pwned\u{07}Name\u{202E}", phones: ["+4520202020"], created: Date())
        try StoreCodec.encode(Register(volunteers: [evil])).write(to: cli.store)
        let r = try cli.run(["list", "volunteers"])
        XCTAssertFalse(r.stdout.contains("\u{1B}"), r.stdout)
        XCTAssertFalse(r.stdout.contains("\u{202E}"))
        XCTAssertTrue(r.stdout.contains("Evil␛[2J␛]0;pwned␇Name"), r.stdout)
        let json = try cli.run(["list", "volunteers", "--json"])
        XCTAssertFalse(json.stdout.contains("\u{202E}"), "bidi controls are escaped in JSON output")
        XCTAssertTrue(json.stdout.contains("Name\\u202e"), json.stdout)
        let stored = try cli.storeJSON()["volunteers"] as! [[String: Any]]
        XCTAssertEqual(stored[0]["name"] as? String, "Evil\u{1B}[2J\u{1B}]0;pwned\u{07}Name\u{202E}", "stored exactly")
    }

    func testVersionAndHelp() throws {
        XCTAssertEqual(try cli.run(["--version"], useStoreFlag: false).stdout, "0.1.0\n")
        let help = try cli.run(["ice", "--help", "--lang", "en"], useStoreFlag: false)
        XCTAssertTrue(help.stdout.contains("emergency contacts"), help.stdout)
    }
}
