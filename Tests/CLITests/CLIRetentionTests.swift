import Foundation
import FrivilligCore
import XCTest

/// `frivillig retention`: the list of what is due (names on the terminal, ids only in
/// JSON), and `--apply` with its one summary and one confirmation by the count.
final class CLIRetentionTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.remove() }

    private func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    private let stoppedID = UUID(uuidString: "00000000-0000-0000-0000-0000000000B0")!
    private let declinedID = UUID(uuidString: "00000000-0000-0000-0000-0000000000C0")!
    private let contactID = UUID(uuidString: "00000000-0000-0000-0000-0000000000D0")!

    /// Today (2026-11-22) due: Bo Berg stopped 01.10.2025, Carl Dahl declined 01.05.2026,
    /// the contact Ole Dam linked to nothing since 01.06.2024. Not due: Dora, active, and
    /// Eva, stopped in August.
    private func writeStore() throws {
        let created = Date(timeIntervalSince1970: 1_700_000_000)
        var bo = Volunteer(id: stoppedID, name: "Bo Berg", phones: ["+4520304050"], email: "bo@example.dk", postalCode: "8900",
                           status: .stopped, statusChanged: day(2025, 10, 1), startDate: day(2019, 1, 1), created: created)
        bo.statusPeriods = [StatusPeriod(.active, from: day(2019, 1, 1), to: day(2025, 10, 1)), StatusPeriod(.stopped, from: day(2025, 10, 1))]
        var carl = Volunteer(id: declinedID, name: "Carl Dahl", phones: ["+4530405060"], email: "carl@example.dk", status: .declined,
                             statusChanged: day(2026, 5, 1), created: created)
        carl.statusPeriods = [StatusPeriod(.declined, from: day(2026, 5, 1))]
        var eva = Volunteer(name: "Eva Holm", status: .stopped, statusChanged: day(2026, 8, 1), created: created)
        eva.statusPeriods = [StatusPeriod(.stopped, from: day(2026, 8, 1))]
        let dora = Volunteer(name: "Dora Juhl", startDate: day(2020, 1, 1), created: created)
        var ole = Contact(id: contactID, name: "Ole Dam", phone: "+4540506070")
        ole.unlinkedSince = day(2024, 6, 1)
        try Store.open(at: cli.store).replace(with: Register(volunteers: [bo, carl, eva, dora], contacts: [ole]))
    }

    func testTheListGivesReasonDatesAndActionAndTheJSONNamesNoOne() throws {
        try writeStore()
        let r = try cli.run(["retention"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        XCTAssertEqual(lines, [
            "Skal anonymiseres eller slettes pr. 22.11.2026: 3",
            "Navn Grund Siden Forfalden Handling",
            "Ole Dam Kontakt uden tilknytning 01.06.2024 01.06.2026 slettes",
            "Bo Berg Stoppet 01.10.2025 01.10.2026 anonymiseres",
            "Carl Dahl Afvist ansøger 01.05.2026 01.11.2026 slettes",
        ])
        let english = try cli.run(["retention", "--lang", "en"])
        XCTAssertTrue(english.stdout.contains("To be anonymised or erased as of 2026-11-22: 3"), english.stdout)
        let json = try cli.run(["retention", "--json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        for name in ["Bo", "Carl", "Ole"] { XCTAssertFalse(json.stdout.contains(name), json.stdout) }
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: String]])
        XCTAssertEqual(rows.first, ["record": "contact", "id": contactID.uuidString, "reason": "unlinkedContact",
                                    "since": "2024-06-01", "due": "2026-06-01", "action": "erase"])
        XCTAssertEqual(rows.map { $0["id"] }, [contactID.uuidString, stoppedID.uuidString, declinedID.uuidString])
        let none = try cli.run(["retention"], env: ["FRIVILLIG_TODAY": "2026-05-31"])
        XCTAssertEqual(none.stdout, "Intet skal anonymiseres eller slettes pr. 31.05.2026.\n")
    }

    func testApplyWithTheCountAnonymisesAndErasesThemAll() throws {
        try writeStore()
        let r = try cli.run(["retention", "--apply", "--confirm", "3"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("Anonymiseres i registeret og alle dets filer: 1 frivillig."), r.stdout)
        XCTAssertTrue(r.stdout.contains("Slettes fra registeret og alle dets filer: 1 frivillig."), r.stdout)
        XCTAssertTrue(r.stdout.contains("Slettes fra registeret: 1 kontakt"), r.stdout)
        XCTAssertTrue(r.stdout.hasSuffix("Færdig: 1 anonymiseret, 2 slettet.\n"), r.stdout)
        let register = try Store.open(at: cli.store).register
        let bo = try XCTUnwrap(register.volunteer(stoppedID))
        XCTAssertEqual([bo.name, "\(bo.anonymised)", bo.postalCode], ["Anonym frivillig 2026-001", "true", "8900"])
        XCTAssertEqual(bo.statusPeriods.map(\.status), [.active, .stopped], "the periods stay for the statistics")
        XCTAssertNil(register.volunteer(declinedID))
        XCTAssertNil(register.contact(contactID))
        XCTAssertEqual(register.volunteers.map(\.name).sorted(), ["Anonym frivillig 2026-001", "Dora Juhl", "Eva Holm"])
        for file in try FileManager.default.contentsOfDirectory(at: cli.home, includingPropertiesForKeys: nil)
        where !file.hasDirectoryPath {
            let bytes = try Data(contentsOf: file)
            for word in ["Carl Dahl", "+4530405060", "carl@example.dk", "Bo Berg", "bo@example.dk"] {
                XCTAssertNil(bytes.range(of: Data(word.utf8)), "\(word) in \(file.lastPathComponent)")
            }
        }
        XCTAssertEqual(try cli.run(["retention"]).stdout, "Intet skal anonymiseres eller slettes pr. 22.11.2026.\n")
    }

    func testWithoutTheRightCountOrWithADryRunNothingChanges() throws {
        try writeStore()
        let before = try cli.storeData()
        let asked = try cli.run(["retention", "--apply"])
        XCTAssertEqual(asked.status, 1)
        XCTAssertTrue(asked.stderr.contains("Intet er ændret. Bekræft med --confirm 3 (antallet af poster)."), asked.stderr)
        let wrong = try cli.run(["retention", "--apply", "--confirm", "2"])
        XCTAssertEqual(wrong.status, 1)
        XCTAssertEqual(wrong.stderr, "Intet er ændret.\n")
        let dry = try cli.run(["retention", "--apply", "--dry-run"])
        XCTAssertEqual(dry.status, 0, dry.stderr)
        XCTAssertTrue(dry.stdout.contains("Slettes fra registeret og alle dets filer: 1 frivillig."), dry.stdout)
        XCTAssertTrue(dry.stdout.hasSuffix("Prøvekørsel: intet er ændret.\n"), dry.stdout)
        for (args, message) in [(["--dry-run"], "--dry-run virker kun med --apply."), (["--confirm", "3"], "--confirm virker kun med --apply."),
                                (["--json", "--apply"], "--json viser listen; det kan ikke bruges med --apply.")] {
            let r = try cli.run(["retention"] + args)
            XCTAssertEqual(r.status, 2, "\(args)")
            XCTAssertTrue(r.stderr.contains(message), r.stderr)
        }
        XCTAssertEqual(try cli.storeData(), before)
    }

    func testTheRulesAreSettingsAndAChangeMovesTheList() throws {
        try writeStore()
        let shown = try cli.run(["settings"])
        for line in ["Stoppede anonymiseres efter (mdr.): 12  (--anonymise-stopped-months)",
                     "Pause uden aktivitet: anonym. (mdr.): 24  (--anonymise-paused-months)",
                     "Afviste ansøgere slettes efter (mdr.): 6  (--erase-declined-months)",
                     "Kontakt uden tilknytning: slet (mdr.): 24  (--erase-contacts-months)",
                     "Historik gemmes i (mdr.): 24  (--history-months)"] {
            XCTAssertTrue(shown.stdout.contains(line), shown.stdout)
        }
        XCTAssertEqual(try cli.run(["settings", "--anonymise-stopped-months", "3", "--erase-declined-months=12"]).status, 0)
        let lines = try cli.run(["retention"]).stdout
        XCTAssertTrue(lines.contains("Eva Holm"), "stopped in August, due after three months: \(lines)")
        XCTAssertFalse(lines.contains("Carl Dahl"), "declined in May, due after a year: \(lines)")
        let bad = try cli.run(["settings", "--history-months", "0"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("--history-months: \"0\" er ikke et helt tal fra 1 til 120."), bad.stderr)
    }

    func testListTakesTheStatusInEitherLanguage() throws {
        try writeStore()
        let declined = try cli.run(["list", "volunteers", "--status", "afvist"])
        XCTAssertEqual(declined.status, 0, declined.stderr)
        XCTAssertEqual(declined.stdout.split(separator: "\n").count, 2, declined.stdout)
        XCTAssertTrue(declined.stdout.contains("Carl Dahl"), declined.stdout)
        XCTAssertTrue(declined.stdout.contains("afvist"), declined.stdout)
        let json = try cli.run(["list", "volunteers", "--status", "stopped", "--status", "ansoeger", "--json"])
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.compactMap { $0["name"] as? String }, ["Bo Berg", "Eva Holm"])
        let wrong = try cli.run(["list", "contacts", "--status", "active"])
        XCTAssertNotEqual(wrong.status, 0)
        XCTAssertTrue(wrong.stderr.contains("--status filters volunteers only."), wrong.stderr)
        let unknown = try cli.run(["list", "volunteers", "--status", "pensioneret"])
        XCTAssertNotEqual(unknown.status, 0)
    }
}
