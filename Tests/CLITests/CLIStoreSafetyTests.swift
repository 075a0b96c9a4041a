import Foundation
import FrivilligCore
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The ways a store was lost or damaged by an ordinary accident (issue 10), through the
/// command line: a snapshot moved away, a damaged journal line, links, open permissions,
/// stray temporary files.
final class CLIStoreSafetyTests: XCTestCase {
    private var cli: CLIRunner!
    private var journal: URL { cli.store.appendingPathExtension("journal") }

    override func setUpWithError() throws {
        cli = try CLIRunner()
    }

    override func tearDown() { cli?.remove() }

    private func add(_ names: String...) throws {
        for name in names { try XCTAssertEqual(cli.run(["add", "volunteer", "--name", name]).status, 0) }
    }

    private func names() throws -> [String] {
        let out = try cli.run(["list", "volunteers", "--json"]).stdout
        let records = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]] ?? []
        return records.compactMap { $0["name"] as? String }
    }

    private func mode(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    // MARK: 1. A missing snapshot

    func testAMovedAwaySnapshotIsNotReplacedByAnEmptyStoreAndItsJournalIsKept() throws {
        try add("Anna Berg", "Bo Berg", "Cai Berg")
        let saved = try Data(contentsOf: journal)
        let moved = cli.home.appendingPathComponent("flyttet.json")
        try FileManager.default.moveItem(at: cli.store, to: moved)
        for args in [["list", "volunteers"], ["add", "volunteer", "--name", "Ny"], ["ice", "anna"]] {
            let r = try cli.run(args)
            XCTAssertEqual(r.status, 2, "\(args): \(r.stdout)")
            XCTAssertTrue(r.stderr.contains("Datafilen \(cli.store.path) mangler"), r.stderr)
            XCTAssertTrue(r.stderr.contains(journal.path), "names what says a store was there: \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("frivillig backups"), "says how to restore: \(r.stderr)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: cli.store.path), "\(args): no empty store is created")
            XCTAssertEqual(try Data(contentsOf: journal), saved, "\(args): the journal is untouched")
        }
        XCTAssertEqual(try cli.run(["backups"]).status, 0, "backups still works, as the message points to it")
        try FileManager.default.moveItem(at: moved, to: cli.store)
        XCTAssertEqual(try names(), ["Anna Berg", "Bo Berg", "Cai Berg"], "with the snapshot back, every change is there")
    }

    func testABackupCanBeRestoredWhileTheSnapshotIsMissingAndTheJournalIsSetAside() throws {
        try XCTAssertEqual(cli.run(["demo", "--volunteers", "5"]).status, 0)
        try XCTAssertEqual(cli.run(["demo", "--volunteers", "7", "--force"]).status, 0)
        try add("Efter Demo")
        let saved = try Data(contentsOf: journal)
        try FileManager.default.removeItem(at: cli.store)
        let r = try cli.run(["restore", "1"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let aside = try FileManager.default.contentsOfDirectory(atPath: cli.home.path).filter { $0.hasPrefix("store.json.journal.damaged-") }
        XCTAssertEqual(aside.count, 1, "the journal is kept under a new name")
        let kept = try XCTUnwrap(aside.first)
        XCTAssertEqual(try Data(contentsOf: cli.home.appendingPathComponent(kept)), saved)
        XCTAssertTrue(r.stdout.contains(kept), r.stdout)
        XCTAssertEqual(try names().count, 5, "the backup (the first demo) is the register now")
    }

    // MARK: 6. Damaged journal lines

    func testADamagedCompleteLastLineIsRefusedUntilRepairedAndRepairKeepsACopy() throws {
        try add("Anna Berg", "Bo Berg", "Cai Berg")
        var bytes = [UInt8](try Data(contentsOf: journal))
        let cai = try XCTUnwrap(Data(bytes).range(of: Data("Cai Berg".utf8)))
        bytes[cai.lowerBound + 1] = UInt8(ascii: "b")
        try Data(bytes).write(to: journal)
        for args in [["list", "volunteers"], ["add", "volunteer", "--name", "Ny"]] {
            let r = try cli.run(args)
            XCTAssertEqual(r.status, 2, "\(args): a damaged line is not a torn write: \(r.stdout)")
            XCTAssertTrue(r.stderr.contains("beskadiget i linje 4"), r.stderr)
            XCTAssertTrue(r.stderr.contains("frivillig check --repair"), r.stderr)
            XCTAssertEqual(try Data(contentsOf: journal), Data(bytes), "\(args): nothing is written")
        }
        let repair = try cli.run(["check", "--repair"])
        XCTAssertEqual(repair.status, 0, repair.stdout + repair.stderr)
        let copies = try FileManager.default.contentsOfDirectory(atPath: cli.home.path).filter { $0.hasPrefix("store.json.journal.damaged-") }
        let copy = try XCTUnwrap(copies.first, "a copy is kept")
        XCTAssertEqual(copies.count, 1)
        XCTAssertEqual(try Data(contentsOf: cli.home.appendingPathComponent(copy)), Data(bytes), "the copy is the damaged file")
        XCTAssertTrue(repair.stdout.contains(copy) && repair.stdout.contains("2 ændringer er beholdt"), repair.stdout)
        XCTAssertEqual(try names(), ["Anna Berg", "Bo Berg"])
        XCTAssertEqual(try cli.run(["check", "--repair"]).stdout.contains("i orden"), true, "a second repair has nothing to do")
    }

    func testAJournalCutToNothingIsDamageNotAStoreWithoutChanges() throws {
        try add("Anna Berg", "Bo Berg")
        try Data().write(to: journal)
        let r = try cli.run(["list", "volunteers"])
        XCTAssertEqual(r.status, 2, "an empty journal would silently drop every change: \(r.stdout)")
        XCTAssertTrue(r.stderr.contains("linje 1"), r.stderr)
    }

    // MARK: 7. Links

    func testAStoreFileThatIsALinkKeepsReceivingChangesAfterACompaction() throws {
        let folder = cli.home.appendingPathComponent("sync")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let real = folder.appendingPathComponent("store.json")
        try XCTAssertEqual(cli.run(["add", "volunteer", "--name", "Anna Berg", "--store", real.path], useStoreFlag: false).status, 0)
        try FileManager.default.createSymbolicLink(at: cli.store, withDestinationURL: real)
        try XCTAssertEqual(cli.run(["demo", "--volunteers", "4", "--force"]).status, 0)
        try add("Bo Berg")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: cli.store.path), real.path, "the link is still a link")
        let values = try URL(fileURLWithPath: real.path + ".bak").resourceValues(forKeys: [.isSymbolicLinkKey, .isRegularFileKey])
        XCTAssertEqual(values.isRegularFile, true, "the backup beside the target is a file of its own")
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.store.path + ".bak"), "nothing is written beside the link")
        XCTAssertEqual(try cli.run(["list", "volunteers", "--json", "--store", real.path], useStoreFlag: false).stdout.contains("Bo Berg"), true,
                       "the target received the change")
    }

    func testAFileBesideTheStoreThatIsALinkIsRefusedAndNothingIsWrittenThroughIt() throws {
        try add("Anna Berg")
        try FileManager.default.removeItem(at: journal)
        try XCTAssertEqual(cli.run(["demo", "--volunteers", "2", "--force"]).status, 0)
        try? FileManager.default.removeItem(at: journal)
        let elsewhere = cli.home.appendingPathComponent("andet-sted.txt")
        try FileManager.default.createSymbolicLink(at: journal, withDestinationURL: elsewhere)
        let r = try cli.run(["add", "volunteer", "--name", "Bo Berg"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("\(journal.path) er en symbolsk henvisning"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: elsewhere.path), "no personal data was written where the link points")
    }

    func testAnExportIsNeverWrittenOverTheStoresOwnFiles() throws {
        try add("Anna Berg")
        let before = try cli.storeData()
        for name in ["store.json", "store.json.journal"] {
            let out = cli.home.appendingPathComponent(name).path
            let r = try cli.run(["export", "csv", "volunteers", "--out", out, "--force"])
            XCTAssertEqual(r.status, 2, name)
            XCTAssertTrue(r.stderr.contains("en af registerets egne filer"), r.stderr)
        }
        XCTAssertEqual(try cli.storeData(), before)
        XCTAssertEqual(try names(), ["Anna Berg"])
    }

    // MARK: 4. Lost updates through a spreadsheet

    /// An export read back after the register changed does not put the old values back:
    /// the sheet's `Revision` says what it was made from, so what the sheet left as it was
    /// keeps the newer value, and a field both the sheet and the newer save changed stops
    /// the import, naming the record and the field.
    func testAnOldExportDoesNotUndoANewerSave() throws {
        try XCTAssertEqual(cli.run(["add", "volunteer", "--name", "Anna Berg", "--email", "anna@gammel.dk", "--phone", "20123456"]).status, 0)
        let old = cli.home.appendingPathComponent("gammel.csv").path
        try XCTAssertEqual(cli.run(["export", "csv", "volunteers", "--out", old]).status, 0)
        let id = try XCTUnwrap(try Store.open(at: cli.store).register.volunteers.first?.id.uuidString)
        let newer = cli.home.appendingPathComponent("ny.csv")
        try "Id;Navn;E-mail\n\(id);Anna Berg;anna@ny.dk\n".write(to: newer, atomically: true, encoding: .utf8)
        try XCTAssertEqual(cli.run(["import", "volunteers", newer.path]).status, 0)

        let untouched = try cli.run(["import", "volunteers", old])
        XCTAssertEqual(untouched.status, 0, untouched.stderr)
        XCTAssertEqual(try Store.open(at: cli.store).register.volunteers.first?.email, "anna@ny.dk", "the old e-mail is not put back")

        let edited = try String(contentsOfFile: old, encoding: .utf8).replacingOccurrences(of: "anna@gammel.dk", with: "anna@tredje.dk")
        try edited.write(toFile: old, atomically: true, encoding: .utf8)
        let before = try cli.storeData()
        let dry = try cli.run(["import", "volunteers", old, "--dry-run"])
        XCTAssertEqual(dry.status, 2, "the dry run says what the real run will: \(dry.stdout)")
        let r = try cli.run(["import", "volunteers", old])
        XCTAssertEqual(r.status, 2, r.stdout)
        XCTAssertTrue(r.stderr.contains("Anna Berg") && r.stderr.contains("E-mail: din værdi »anna@tredje.dk«, gemt imens »anna@ny.dk«"), r.stderr)
        XCTAssertEqual(try cli.storeData(), before, "nothing is written")

        let fresh = cli.home.appendingPathComponent("frisk.csv").path
        try XCTAssertEqual(cli.run(["export", "csv", "volunteers", "--out", fresh]).status, 0)
        let phone = try String(contentsOfFile: fresh, encoding: .utf8).replacingOccurrences(of: "20 12 34 56", with: "30 12 34 56")
        try phone.write(toFile: fresh, atomically: true, encoding: .utf8)
        let ok = try cli.run(["import", "volunteers", fresh])
        XCTAssertEqual(ok.status, 0, ok.stderr)
        let saved = try XCTUnwrap(try Store.open(at: cli.store).register.volunteers.first)
        XCTAssertEqual(saved.email, "anna@ny.dk")
        XCTAssertEqual(saved.phones, ["+4530123456"])
    }

    /// An export made before a volunteer was deleted does not bring them back when read
    /// in again: its row names a revision of a record this store deleted.
    func testAnOldExportDoesNotBringBackSomeoneDeletedSince() throws {
        try add("Anna Berg", "Bo Berg")
        let old = cli.home.appendingPathComponent("gammel.csv").path
        try XCTAssertEqual(cli.run(["export", "csv", "volunteers", "--out", old]).status, 0)
        let anna = try XCTUnwrap(try Store.open(at: cli.store).register.volunteers.first { $0.name == "Anna Berg" })
        try Store.open(at: cli.store).commit([.deleteVolunteer(anna.id)])
        let before = try cli.storeData()
        let r = try cli.run(["import", "volunteers", old])
        XCTAssertEqual(r.status, 2, r.stdout)
        XCTAssertTrue(r.stderr.contains("Frivillig Anna Berg er slettet"), r.stderr)
        XCTAssertEqual(try cli.storeData(), before, "nothing is written")
        XCTAssertEqual(try names(), ["Bo Berg"])

        let other = try CLIRunner()
        defer { other.remove() }
        let moved = try other.run(["import", "volunteers", old])
        XCTAssertEqual(moved.status, 0, "into another store the same export is new people: \(moved.stderr)")
    }

    // MARK: Permissions and stray files

    func testStoreFilesOthersCanReadAreMadePrivateWhenTheStoreOpens() throws {
        try add("Anna Berg")
        chmod(cli.store.path, 0o644)
        chmod(journal.path, 0o644)
        try XCTAssertEqual(cli.run(["list", "volunteers"]).status, 0)
        XCTAssertEqual(try mode(cli.store), 0o600)
        XCTAssertEqual(try mode(journal), 0o600)
        chmod(cli.home.path, 0o755)
        let check = try cli.run(["check"])
        XCTAssertTrue(check.stdout.contains("mappen \(cli.home.path) kan læses af andre"), check.stdout)
        XCTAssertEqual(try mode(cli.home), 0o755, "the folder is the user's to change")
    }

    func testTemporaryFilesOfAWriterThatDiedAreRemovedWhenTheStoreOpens() throws {
        try add("Anna Berg")
        let strays = ["store.json.bak.tmp-4194000", ".store.json.tmp-4194000", "store.json.index.tmp-4194000"]
        for name in strays { try Data("x".utf8).write(to: cli.home.appendingPathComponent(name)) }
        try XCTAssertEqual(cli.run(["list", "volunteers"]).status, 0)
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: cli.home.path))
        XCTAssertTrue(left.isDisjoint(with: strays), "\(left)")
    }
}
