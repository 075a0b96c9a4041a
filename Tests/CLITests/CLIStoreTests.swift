import FrivilligCore
import XCTest

/// Demo data, `check`, and stores that must be refused without being touched.
final class CLIStoreTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.remove() }

    func testDemoFillsAnEmptyStoreAndRefusesAFullOne() throws {
        let r = try cli.run(["demo", "--volunteers", "300", "--seed", "7"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("300 frivillige"), r.stdout)
        let first = try cli.storeData()
        let again = try cli.run(["demo"])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("--force"), again.stderr)
        XCTAssertEqual(try cli.storeData(), first)
        XCTAssertEqual(try cli.run(["demo", "--volunteers", "300", "--seed", "7", "--force"]).status, 0)
        XCTAssertEqual(try cli.storeData(), first, "same seed, same day: same bytes")
        let perms = try FileManager.default.attributesOfItem(atPath: cli.store.path)[.posixPermissions] as! NSNumber
        XCTAssertEqual(perms.intValue & 0o777, 0o600)
    }

    func testDemoStoreSupportsTheWholeWorkflow() throws {
        try cli.run(["demo", "--volunteers", "300"])
        XCTAssertEqual(try cli.run(["check"]).status, 0)
        let list = try cli.run(["list", "volunteers", "--json"])
        let volunteers = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as! [[String: Any]]
        XCTAssertEqual(volunteers.count, 300)
        let name = volunteers[0]["name"] as! String
        let ice = try cli.run(["ice", name])
        XCTAssertEqual(ice.status, 0)
        XCTAssertTrue(ice.stdout.hasPrefix(name), ice.stdout)
        for kind in ["contacts", "workplaces", "agreements", "events"] {
            let r = try cli.run(["list", kind])
            XCTAssertEqual(r.status, 0, kind)
            XCTAssertGreaterThan(r.stdout.split(separator: "\n").count, 2, kind)
        }
    }

    func testCorruptStoreIsReportedWithLineAndLeftUnchanged() throws {
        let broken = Data("{\n  \"schemaVersion\": 1,\n  \"volunteers\": [ { \"name\": \"Søren\", }\n".utf8)
        try broken.write(to: cli.store)
        for args in [["ice", "søren"], ["list", "volunteers"], ["add", "volunteer", "--name", "Bo"], ["check"]] {
            let r = try cli.run(args)
            XCTAssertEqual(r.status, 2, args.joined(separator: " "))
            XCTAssertTrue(r.stderr.contains("Datafilen \(cli.store.path) er ikke gyldig JSON (linje 3"), r.stderr)
            XCTAssertTrue(r.stderr.contains("Filen er ikke ændret."), r.stderr)
        }
        XCTAssertEqual(try cli.storeData(), broken)
    }

    func testWrongTypeNamesTheFieldAndPointsAtTheBackup() throws {
        try cli.run(["add", "volunteer", "--name", "Bo"])
        try cli.run(["add", "volunteer", "--name", "Lis"])
        try Store.open(at: cli.store).compact()
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.store.path + ".journal"), "compaction folds the journal")
        var text = String(decoding: try cli.storeData(), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"status\":\"active\"", with: "\"status\":3")
        try Data(text.utf8).write(to: cli.store)
        let r = try cli.run(["ice", "bo"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("har en fejl i feltet volunteers[0].status"), r.stderr)
        XCTAssertTrue(r.stderr.contains("gendan sikkerhedskopien \(cli.store.path).bak"), r.stderr)
    }

    func testNewerFormatIsRefused() throws {
        let future = Data("{\"schemaVersion\": 2, \"volunteers\": []}".utf8)
        try future.write(to: cli.store)
        let r = try cli.run(["list", "volunteers"], env: ["LANG": "en_US.UTF-8"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("was written by a newer Frivillig (format 2; this version reads up to 1)"), r.stderr)
        XCTAssertEqual(try cli.storeData(), future)
    }

    func testCheckListsProblemsAndExitsOne() throws {
        try cli.run(["add", "volunteer", "--name", "Bo Hansen", "--phone", "20202020"])
        try cli.run(["add", "volunteer", "--name", "Bo Hansen", "--phone", "20 20 20 20"])
        var json = try cli.storeJSON()
        var volunteers = json["volunteers"] as! [[String: Any]]
        volunteers[0]["workplaceIDs"] = ["00000000-0000-0000-0000-000000000001"]
        volunteers[1]["email"] = "not-an-email"
        json["volunteers"] = volunteers
        try cli.writeStore(json)
        let r = try cli.run(["check"])
        XCTAssertEqual(r.status, 1, r.stdout + r.stderr)
        XCTAssertTrue(r.stdout.contains("3 problemer fundet"), r.stdout)
        XCTAssertTrue(r.stdout.contains("00000000-0000-0000-0000-000000000001"), r.stdout)
        XCTAssertTrue(r.stdout.contains("not-an-email"), r.stdout)
    }

    func testAStorePathThatIsAFolderOrUnreadableSaysWhy() throws {
        let folder = cli.home.appendingPathComponent("folder.json")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let r = try cli.run(["ice", "x", "--store", folder.path], useStoreFlag: false)
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, "\(folder.path) er en mappe, ikke en datafil. Giv stien til en store.json med --store (en sti, der ikke findes endnu, giver et nyt, tomt register).\n")
        let empty = cli.home.appendingPathComponent("empty.json")
        try Data().write(to: empty)
        let e = try cli.run(["ice", "x", "--store", empty.path], useStoreFlag: false)
        XCTAssertEqual(e.status, 2)
        XCTAssertTrue(e.stderr.hasPrefix("Datafilen \(empty.path) er ikke gyldig JSON (linje 1, kolonne 1)"), e.stderr)
        XCTAssertEqual(try Data(contentsOf: empty), Data(), "an empty file is not overwritten")
    }

    func testBackupsAreListedAndRestored() throws {
        try cli.run(["demo", "--volunteers", "20", "--seed", "1"])
        try cli.run(["demo", "--volunteers", "30", "--seed", "2", "--force"])
        let list = try cli.run(["backups"])
        XCTAssertEqual(list.status, 0, list.stderr)
        let lines = list.stdout.split(separator: "\n")
        XCTAssertTrue(lines[0].hasPrefix("Nr."), list.stdout)
        XCTAssertTrue(lines[1].hasPrefix("1 "), list.stdout)
        XCTAssertTrue(list.stdout.contains("frivillig restore NR"), list.stdout)
        let restored = try cli.run(["restore", "1"])
        XCTAssertEqual(restored.status, 0, restored.stderr)
        XCTAssertTrue(restored.stdout.contains("(20 frivillige)"), restored.stdout)
        XCTAssertEqual((try cli.storeJSON()["volunteers"] as! [Any]).count, 20)
        let missing = try cli.run(["restore", "99"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("Ingen sikkerhedskopi hedder »99«"), missing.stderr)
    }
}
