import Foundation
import FrivilligCore
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// `frivillig erase`: a preview, a confirmation by name, nothing changed without one, and
/// all or nothing when killed at any moment.
final class CLIEraseTests: XCTestCase {
    private static let name = "Kirsten Sletmig"
    private static let words = ["Kirsten Sletmig", "+4521436587", "21436587", "kirsten@sletmig.dk"]

    /// The person in the snapshot, the history, `.bak`, the backups and the journal.
    private func storeWithThePerson(_ cli: CLIRunner, volunteers: Int = 60) throws {
        try cli.run(["demo", "--volunteers", String(volunteers)])
        let store = try Store.open(at: cli.store)
        let person = Volunteer(name: Self.name, phones: ["+4521436587"], email: "kirsten@sletmig.dk")
        try store.commit([.putVolunteer(person)])
        try store.compact()
        var other = store.register.volunteers.first { $0.id != person.id }!
        other.emergencyContacts.append(EmergencyContact(name: Self.name, relation: "nabo", phone: "+4521436587"))
        try store.commit([.putVolunteer(other)])
        try store.compact()
        var edited = store.register.volunteer(person.id)!
        edited.notes = "Ringer helst om formiddagen"
        try store.commit([.putVolunteer(edited)])
    }

    private func filesHolding(_ words: [String], in folder: URL) throws -> [String] {
        let files = FileManager.default.enumerator(atPath: folder.path)!.compactMap { $0 as? String }
        return try files.filter { file in
            var isFolder: ObjCBool = false
            let path = folder.appendingPathComponent(file).path
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { return false }
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return words.contains { data.range(of: Data($0.utf8)) != nil }
        }.sorted()
    }

    private func folderBytes(_ folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for file in FileManager.default.enumerator(atPath: folder.path)!.compactMap({ $0 as? String }) {
            var isFolder: ObjCBool = false
            let path = folder.appendingPathComponent(file).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue, !file.hasSuffix(".lock") {
                out[file] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return out
    }

    func testWithoutConfirmationNothingChanges() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        try storeWithThePerson(cli)
        let before = try folderBytes(cli.home)
        let unasked = try cli.run(["erase", Self.name, "--relatives", "remove"])
        XCTAssertEqual(unasked.status, 1)
        XCTAssertTrue(unasked.stdout.contains("Sletning af Kirsten Sletmig fjerner personen"), unasked.stdout)
        XCTAssertTrue(unasked.stdout.contains("  - historikken: "), unasked.stdout)
        XCTAssertTrue(unasked.stderr.contains("Intet er slettet. Bekræft med --confirm"), unasked.stderr)
        let wrong = try cli.run(["erase", Self.name, "--relatives", "remove", "--confirm", "Kirsten"])
        XCTAssertEqual(wrong.status, 1)
        XCTAssertEqual(wrong.stderr, "Intet er slettet.\n")
        let relative = try cli.run(["erase", Self.name, "--confirm", Self.name])
        XCTAssertEqual(relative.status, 1)
        XCTAssertTrue(relative.stderr.contains("står som pårørende hos"), relative.stderr)
        let dry = try cli.run(["erase", Self.name, "--dry-run"])
        XCTAssertEqual(dry.status, 0)
        XCTAssertTrue(dry.stdout.hasSuffix("Prøvekørsel: intet er slettet.\n"), dry.stdout)
        XCTAssertEqual(try folderBytes(cli.home), before, "a refused or dry-run erase changed a file")
    }

    func testEraseReachesEveryFileAndIceNoLongerFindsThePerson() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        try storeWithThePerson(cli)
        XCTAssertGreaterThanOrEqual(try filesHolding(Self.words, in: cli.home).count, 5)
        let r = try cli.run(["erase", Self.name, "--relatives", "remove", "--confirm", Self.name])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasSuffix("Slettet fra registeret og alle dets filer.\n"), r.stdout)
        XCTAssertEqual(try filesHolding(Self.words + ["Ringer helst"], in: cli.home), [])
        XCTAssertEqual(try cli.run(["ice", "Sletmig"]).status, 1)
        XCTAssertEqual(try cli.run(["check"]).status, 0)
    }

    /// Files written outside the store are out of reach; the preview names those written
    /// since the person was added, and the export log holds no personal data.
    func testThePreviewNamesExportsThatMayHoldThePerson() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        try storeWithThePerson(cli)
        let out = cli.home.appendingPathComponent("frivillige.csv").path
        XCTAssertEqual(try cli.run(["export", "csv", "volunteers", "--out", out]).status, 0)
        let dry = try cli.run(["erase", Self.name, "--dry-run"])
        XCTAssertTrue(dry.stdout.contains("som kan indeholde personen:\n  - ") && dry.stdout.contains(out), dry.stdout)
        let log = try String(contentsOf: cli.store.appendingPathExtension("exports"), encoding: .utf8)
        XCTAssertTrue(log.contains(#""kind":"csv""#) && log.contains(out), log)
        XCTAssertFalse(Self.words.contains(where: log.contains), log)
    }

    /// kill -9 at any moment of an erasure leaves the person either fully present, or
    /// fully gone once the store is next opened; the store always loads.
    func testAnErasureKilledAtAnyMomentIsAllOrNothing() throws {
        try killRounds(["erase", Self.name, "--relatives", "remove", "--confirm", Self.name], what: "erasures",
                       remaining: 1000, traces: Self.words)
    }

    /// The same for anonymising: the record stays, renamed, and nothing personal of it
    /// is left (their name and phone stay only in the other volunteer's relative entry).
    func testAnAnonymisationKilledAtAnyMomentIsAllOrNothing() throws {
        try killRounds(["anonymise", Self.name, "--confirm", Self.name], what: "anonymisations",
                       remaining: 1001, traces: ["kirsten@sletmig.dk", "Ringer helst"])
    }

    /// Kills `arguments` at random moments spread over how long one run takes here; after
    /// each kill the store must load, and either still hold the person (and no intent),
    /// or hold `remaining` volunteers and none of `traces` in any file.
    private func killRounds(_ arguments: [String], what: String, remaining: Int, traces: [String]) throws {
        let template = try CLIRunner()
        defer { template.remove() }
        try storeWithThePerson(template, volunteers: 1000)
        var rng = SplitMix64(seed: ProcessInfo.processInfo.environment["FRIVILLIG_KILL_SEED"].flatMap(UInt64.init) ?? 20_261_201)
        let timing = try CLIRunner()
        defer { timing.remove() }
        try FileManager.default.removeItem(at: timing.home)
        try FileManager.default.copyItem(at: template.home, to: timing.home)
        let clock = ContinuousClock(), started = clock.now
        XCTAssertEqual(try timing.run(arguments).status, 0)
        let elapsed = (clock.now - started).components
        let span = UInt32(min(10_000, elapsed.seconds * 1000 + elapsed.attoseconds / 1_000_000_000_000_000))
        var rounds = 0, done = 0, present = 0, finishedByOpen = 0
        for round in 1...16 {
            let cli = try CLIRunner()
            defer { cli.remove() }
            try FileManager.default.removeItem(at: cli.home)
            try FileManager.default.copyItem(at: template.home, to: cli.home)
            let pid = try Spawn.start([CLIRunner.binary.path] + arguments + ["--store", cli.store.path],
                                      stdout: cli.home.appendingPathComponent("out").path,
                                      environment: ["HOME=\(cli.home.path)", "LANG=C", "FRIVILLIG_TODAY=2026-11-22"])
            usleep(rng.next(upTo: span + 50) * 1000)
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            try FileManager.default.removeItem(at: cli.home.appendingPathComponent("out"))
            let intentLeft = FileManager.default.fileExists(atPath: cli.store.appendingPathExtension("erasing").path)
            let store = try Store.open(at: cli.store)
            if store.register.volunteers.contains(where: { $0.name == Self.name }) {
                present += 1
                XCTAssertEqual(store.register.volunteers.count, 1001, "round \(round): someone else went")
                XCTAssertFalse(intentLeft, "round \(round): the person is back although the \(what) had begun")
            } else {
                done += 1
                if intentLeft { finishedByOpen += 1 }
                XCTAssertEqual(store.register.volunteers.count, remaining, "round \(round)")
                XCTAssertEqual(try filesHolding(traces, in: cli.home), [], "round \(round): done only in part")
            }
            rounds += 1
        }
        print("CLIEraseTests: one of the \(what) takes \(span) ms here; \(rounds) rounds, \(rounds) \(what) killed with SIGKILL: \(present) before it began (person fully present), \(done) after (fully done; \(finishedByOpen) finished by the next open)")
        XCTAssertGreaterThan(finishedByOpen, 0, "no kill landed inside one of the \(what), so the test showed nothing")
    }
}
