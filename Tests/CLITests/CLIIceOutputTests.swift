import Foundation
import FrivilligCore
import XCTest

/// `frivillig ice`'s text, byte for byte, for a query that finds several people: the
/// program formats the index's records straight into its output buffer, and must print
/// what it printed when each line was a string of its own (these expectations are that
/// program's output). Answered from the index, from the index with the journal laid over
/// it, and from the loaded register, the text is the same.
final class CLIIceOutputTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws {
        cli = try CLIRunner()
        try writeRegister()
    }

    override func tearDown() {
        cli.remove()
    }

    private static func id(_ n: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))!
    }

    /// Five people whose names hold "sen": every kind of line (no phone, a status, no
    /// particulars or some of them, no contact, contacts with and without a relation, a
    /// number from abroad, a workplace the register lacks) and text with controls in it.
    private func writeRegister() throws {
        let created = Date(timeIntervalSince1970: 1_700_000_000)
        let kilde = Workplace(id: Self.id(1), name: "Dagcenter Kildebakken")
        let cafe = Workplace(id: Self.id(2), name: "Café \u{1B}[5mBlink")
        let volunteers = [
            Volunteer(id: Self.id(10), name: "Søren Jensen", phones: ["+4520123456", "+4522222222"], address: "Vestergade 3",
                      postalCode: "4690", city: "Haslev", birthDate: Day(year: 1956, month: 3, day: 1),
                      workplaceIDs: [kilde.id, cafe.id],
                      emergencyContacts: [EmergencyContact(name: "Mette Jensen", relation: "datter", phone: "+4530303030"),
                                          EmergencyContact(name: "Ib Jensen", phone: "+46701234567")],
                      created: created),
            Volunteer(id: Self.id(11), name: "Jens Hansen", status: .paused, created: created),
            Volunteer(id: Self.id(12), name: "Anna Sørensen \u{1B}[2J\u{202E}", city: "Køge", workplaceIDs: [cafe.id],
                      emergencyContacts: [EmergencyContact(name: "Bo \u{7}Nabo", relation: "nabo\u{85}", phone: "+4540404040")],
                      created: created),
            Volunteer(id: Self.id(13), name: "Karen Madsen", phones: ["+4550505050"], postalCode: "4000", status: .stopped,
                      workplaceIDs: [Self.id(99)],
                      emergencyContacts: [EmergencyContact(name: "Ole Madsen", relation: "søn", phone: "12345")],
                      created: created),
            Volunteer(id: Self.id(14), name: "Sense Olsen", phones: ["+4560606060"], address: "Torvet 1",
                      birthDate: Day(year: 1990, month: 1, day: 1), status: .applicant,
                      emergencyContacts: [EmergencyContact(name: "Lis Olsen", relation: "mor", phone: "+4570707070")],
                      created: created),
        ]
        try StoreCodec.encode(Register(volunteers: volunteers, workplaces: [kilde, cafe])).write(to: cli.store)
    }

    /// What `frivillig ice sen` printed for this register before its text was formatted
    /// into a buffer (checked against that build's binary).
    private static let danish = """
        Sense Olsen  +45 60 60 60 60  [ansøger]
          f. 1990 · Torvet 1
          1. Lis Olsen (mor)  +45 70 70 70 70

        Anna Sørensen ␛[2J\u{FFFD}  (intet telefonnummer)
          Café ␛[5mBlink · Køge
          1. Bo ␇Nabo (nabo\u{FFFD})  +45 40 40 40 40

        Jens Hansen  (intet telefonnummer)  [pause]
          INGEN PÅRØRENDE REGISTRERET

        Karen Madsen  +45 50 50 50 50  [stoppet]
          4000
          1. Ole Madsen (søn)  12345

        Søren Jensen  +45 20 12 34 56
          Dagcenter Kildebakken, Café ␛[5mBlink · f. 1956 · Vestergade 3, 4690 Haslev
          1. Mette Jensen (datter)  +45 30 30 30 30
          2. Ib Jensen  +46701234567

        """

    func testABroadQueryPrintsEveryHitAsBefore() throws {
        let first = try cli.run(["ice", "sen"])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(first.stdout, Self.danish, "no index yet: the store is loaded and the index written")
        XCTAssertNotNil(LookupIndex.search(SearchQuery("sen"), store: cli.store), "the first lookup wrote the index")

        let fromIndex = try cli.run(["ice", "sen"])
        XCTAssertEqual(fromIndex.stdout, Self.danish, "from the index")
        XCTAssertEqual(fromIndex.stderr, "")
        XCTAssertEqual(try cli.run(["ice", "sen"], env: ["FRIVILLIG_NO_INDEX": "1"]).stdout, Self.danish, "from the register")
    }

    func testTheEnglishWordsAndTheJournalsPeopleComeOutTheSameWay() throws {
        _ = try cli.run(["ice", "sen"])
        let english = try cli.run(["ice", "sen", "--lang", "en"])
        XCTAssertEqual(english.stdout, try cli.run(["ice", "sen", "--lang", "en"], env: ["FRIVILLIG_NO_INDEX": "1"]).stdout)
        XCTAssertTrue(english.stdout.contains("Jens Hansen  (no phone number)  [paused]\n  NO EMERGENCY CONTACT ON RECORD\n"), english.stdout)
        XCTAssertTrue(english.stdout.contains("  Dagcenter Kildebakken, Café ␛[5mBlink · b. 1956 · Vestergade 3, 4690 Haslev\n"), english.stdout)

        // Saved since the snapshot: shown from the journal, between the index's records.
        let added = try cli.run(["add", "volunteer", "--name", "Lone Jensen", "--phone", "20 30 40 50",
                                 "--emergency-name", "Per Jensen", "--emergency-phone", "30405060", "--emergency-relation", "bror"])
        XCTAssertEqual(added.status, 0, added.stderr)
        let withJournal = try cli.run(["ice", "sen"])
        XCTAssertEqual(withJournal.stdout, try cli.run(["ice", "sen"], env: ["FRIVILLIG_NO_INDEX": "1"]).stdout)
        XCTAssertTrue(withJournal.stdout.contains("\n\nLone Jensen  +45 20 30 40 50\n  1. Per Jensen (bror)  +45 30 40 50 60\n"),
                      withJournal.stdout)
    }

    /// Two thousand hits: several buffers' worth, written whole and in order.
    func testAnAnswerLongerThanTheBufferIsWrittenWhole() throws {
        try cli.run(["demo", "--volunteers", "2000", "--seed", "5", "--force"])
        let everyone = try cli.run(["ice", "a"])
        XCTAssertEqual(everyone.status, 0, everyone.stderr)
        XCTAssertGreaterThan(everyone.stdout.utf8.count, 1 << 18)
        XCTAssertEqual(everyone.stdout, try cli.run(["ice", "a"], env: ["FRIVILLIG_NO_INDEX": "1"]).stdout)
        let people = try XCTUnwrap(LookupIndex.search(SearchQuery("a"), store: cli.store))
        XCTAssertEqual(everyone.stdout.components(separatedBy: "\n\n").count, people.count)
    }
}
