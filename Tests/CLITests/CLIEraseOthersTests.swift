import Foundation
import FrivilligCore
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// `frivillig erase` of a contact and of a bare emergency contact: the preview, the list
/// of candidates when a query names several people, nothing changed without a
/// confirmation, and all or nothing when killed at any moment.
final class CLIEraseOthersTests: XCTestCase {
    private static let contact = "Hanne Kontaktsen"
    private static let contactWords = ["Hanne Kontaktsen", "+4571727374", "+45 71 72 73 74", "71727374", "hanne@kontaktsen.dk"]
    private static let relative = "Bo Pårørende"
    private static let relativeWords = ["Bo Pårørende", "+4531313131", "+45 31 31 31 31", "31313131"]

    /// What the fixture put where, to name in the expected text.
    private struct Fixture {
        let contactID: UUID
        let workplace: String
        /// The volunteers listing the relative, and the one listing the contact.
        let listers: [String]
        let contactsRelative: String
    }

    /// A demo store with a contact (on a workplace and an agreement, and a volunteer's
    /// emergency contact) and a relative listed by two volunteers; compacted, so both are
    /// in the snapshot, the history, `.bak`, the backups and the index, and edited since,
    /// so they are in the journal too (the relative through the volunteer listing him).
    private func storeWithBoth(_ cli: CLIRunner, volunteers: Int = 60) throws -> Fixture {
        try cli.run(["demo", "--volunteers", String(volunteers)])
        let store = try Store.open(at: cli.store)
        let contact = Contact(name: Self.contact, organisation: "Biblioteket", role: "leder", phone: "+4571727374",
                              email: "hanne@kontaktsen.dk")
        var workplace = store.register.workplaces[0]
        workplace.contactIDs.append(contact.id)
        var people = Array(store.register.volunteers.prefix(3))
        let agreement = Agreement(volunteerID: people[0].id, workplaceID: workplace.id, contactID: contact.id)
        people[0].emergencyContacts.append(EmergencyContact(name: Self.relative, relation: "ægtefælle", phone: "+4531313131"))
        people[1].emergencyContacts.append(EmergencyContact(name: Self.relative, relation: "nabo", phone: "+4531313131"))
        people[2].emergencyContacts.append(EmergencyContact(name: Self.contact, relation: "søster", phone: "+4571727374"))
        try store.commit([.putContact(contact), .putWorkplace(workplace), .putAgreement(agreement)] + people.map(Change.putVolunteer))
        try store.compact()
        var kirsten = store.register.volunteer(people[0].id)!
        kirsten.notes = "Bo Pårørende henter om torsdagen"
        try store.commit([.putVolunteer(kirsten)])
        try store.compact()
        var edited = store.register.contact(contact.id)!
        edited.notes = "Træffes bedst om morgenen"
        var other = store.register.volunteer(people[1].id)!
        other.skills.append("kørsel")
        try store.commit([.putContact(edited), .putVolunteer(other)])
        return Fixture(contactID: contact.id, workplace: workplace.name, listers: [people[0].name, people[1].name],
                       contactsRelative: people[2].name)
    }

    func testTheContactsPreviewNamesEveryPlaceAndTheErasureReachesEveryFile() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let f = try storeWithBoth(cli)
        XCTAssertGreaterThanOrEqual(try FolderBytes.holding(Self.contactWords, in: cli.home).count, 5)
        let dry = try cli.run(["erase", Self.contact, "--dry-run"])
        XCTAssertEqual(dry.status, 0, dry.stderr)
        let lines = dry.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(Array(lines.prefix(5)), [
            "Sletning af kontaktpersonen Hanne Kontaktsen fjerner personen fra registeret og fra alle filer ved siden af det:",
            "  - kontaktpersonen selv, med noter og historik",
            "  - kontaktperson for \(f.workplace): fjernes der",
            "  - kontaktperson på 1 aftale: feltet bliver tomt",
            "  - står som pårørende hos \(f.contactsRelative): beholdes der (kun navn og telefon)",
        ], dry.stdout)
        for line in ["  - journalen: 1 linje", "  - den forrige version (.bak)", "  - opslagsindekset", "Prøvekørsel: intet er slettet."] {
            XCTAssertTrue(lines.contains(line), "\(line) in\n\(dry.stdout)")
        }
        XCTAssertTrue(lines.contains { $0.hasPrefix("  - historikken: ") } && lines.contains { $0.hasPrefix("  - sikkerhedskopier: ") }, dry.stdout)

        let r = try cli.run(["erase", Self.contact, "--relatives", "remove", "--confirm", Self.contact])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("  - står som pårørende hos \(f.contactsRelative): fjernes der\n"), r.stdout)
        XCTAssertTrue(r.stdout.hasSuffix("Slettet fra registeret og alle dets filer.\n"), r.stdout)
        XCTAssertEqual(try FolderBytes.holding(Self.contactWords + ["Træffes bedst"], in: cli.home), [])
        let register = try Store.open(at: cli.store).register
        XCTAssertFalse(register.workplaces.contains { $0.contactIDs.contains(f.contactID) })
        XCTAssertFalse(register.agreements.contains { $0.contactID == f.contactID })
        XCTAssertEqual(try cli.run(["check"]).status, 0, "no reference to the contact is left behind")
        XCTAssertFalse(try cli.run(["list", "contacts"]).stdout.contains(Self.contact))
    }

    func testTheRelativesPreviewNamesEveryPlaceAndTheErasureReachesEveryFile() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let f = try storeWithBoth(cli)
        XCTAssertGreaterThanOrEqual(try FolderBytes.holding(Self.relativeWords, in: cli.home).count, 5)
        let dry = try cli.run(["erase", Self.relative, "--dry-run"])
        XCTAssertEqual(dry.status, 0, dry.stderr)
        let lines = dry.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(Array(lines.prefix(3)), [
            "Sletning af den pårørende Bo Pårørende fjerner personen fra registeret og fra alle filer ved siden af det:",
            "  - pårørende hos \(f.listers.joined(separator: ", ")): fjernes der",
            "  - journalen: 1 linje",
        ], dry.stdout)
        for line in ["  - den forrige version (.bak)", "  - opslagsindekset", "Prøvekørsel: intet er slettet."] {
            XCTAssertTrue(lines.contains(line), "\(line) in\n\(dry.stdout)")
        }
        XCTAssertEqual(try cli.run(["ice", "Pårørende"]).status, 0, "ice finds the volunteers listing him before")

        let r = try cli.run(["erase", Self.relative, "--confirm", Self.relative])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasSuffix("Slettet fra registeret og alle dets filer.\n"), r.stdout)
        XCTAssertEqual(try FolderBytes.holding(Self.relativeWords, in: cli.home), [])
        XCTAssertEqual(try cli.run(["ice", "Pårørende"]).status, 1)
        XCTAssertEqual(try cli.run(["check"]).status, 0)
        let log = try String(contentsOf: cli.store.appendingPathExtension("erasures"), encoding: .utf8)
        XCTAssertTrue(log.contains(#""kind":"emergency-contact""#) && log.contains(#""records":2"#), log)
    }

    /// A volunteer, a contact and a relative by one name: the query lists all three, with
    /// their kind, workplace or whom they are a relative of, and the phone's last digits;
    /// `--kind` picks one; nothing changes.
    func testAQueryNamingSeveralPeopleListsThemAndKindPicksOne() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let store = try Store.open(at: cli.store)
        let library = Workplace(name: "Biblioteket Vest")
        try store.commit([
            .putWorkplace(library),
            .putVolunteer(Volunteer(name: "Hanne Jensen", phones: ["+4521211111"], workplaceIDs: [library.id])),
            .putContact(Contact(name: "Hanne Jensen", organisation: "Plejecenter Øst", phone: "+4571712222")),
            .putVolunteer(Volunteer(name: "Ole Andersen", phones: ["+4522334455"],
                                    emergencyContacts: [EmergencyContact(name: "Hanne Jensen", phone: "+4531313333")])),
            .putContact(Contact(name: "Lars Berg", phone: "+4571714444")),
            .putVolunteer(Volunteer(name: "Lars Bergmann", phones: ["+4521215555"])),
        ])
        let before = try FolderBytes.all(in: cli.home)
        let ambiguous = try cli.run(["erase", "Hanne", "Jensen", "--confirm", "Hanne Jensen"])
        XCTAssertEqual(ambiguous.status, 2)
        XCTAssertEqual(ambiguous.stdout, "")
        XCTAssertEqual(ambiguous.stderr, """
            »Hanne Jensen« matcher 3 personer; skriv mere af navnet, et telefonnummer eller et id, eller vælg med --kind volunteer, contact eller relative:
              - frivillig: Hanne Jensen  (Biblioteket Vest; telefon …1111)
              - kontaktperson: Hanne Jensen  (Plejecenter Øst; telefon …2222)
              - pårørende: Hanne Jensen  (pårørende hos Ole Andersen; telefon …3333)

            """)
        let english = try cli.run(["erase", "Hanne", "--lang", "en"])
        XCTAssertEqual(english.status, 2)
        XCTAssertTrue(english.stderr.contains("  - emergency contact: Hanne Jensen  (emergency contact of Ole Andersen; phone …3333)\n"),
                      english.stderr)
        let contact = try cli.run(["erase", "Hanne Jensen", "--kind", "contact", "--dry-run"])
        XCTAssertEqual(contact.status, 0, contact.stderr)
        XCTAssertTrue(contact.stdout.hasPrefix("Sletning af kontaktpersonen Hanne Jensen "), contact.stdout)
        let relative = try cli.run(["erase", "Hanne Jensen", "--kind", "relative", "--dry-run"])
        XCTAssertTrue(relative.stdout.hasPrefix("Sletning af den pårørende Hanne Jensen "), relative.stdout)
        XCTAssertTrue(relative.stdout.contains("  - pårørende hos Ole Andersen: fjernes der\n"), relative.stdout)
        let byPhone = try cli.run(["erase", "31 31 33 33", "--dry-run"])
        XCTAssertTrue(byPhone.stdout.hasPrefix("Sletning af den pårørende Hanne Jensen "), byPhone.stdout)
        let volunteer = try cli.run(["erase", "Hanne Jensen", "--kind", "volunteer", "--dry-run"])
        XCTAssertTrue(volunteer.stdout.hasPrefix("Sletning af Hanne Jensen fjerner"), volunteer.stdout)
        let exact = try cli.run(["erase", "Lars Berg", "--dry-run"])
        XCTAssertTrue(exact.stdout.hasPrefix("Sletning af kontaktpersonen Lars Berg "), "the one whose name is the query: \(exact.stdout)\(exact.stderr)")
        let nobody = try cli.run(["erase", "Zyxw"])
        XCTAssertEqual(nobody.status, 1)
        XCTAssertEqual(nobody.stderr, "Ingen frivillig, kontaktperson eller pårørende matcher »Zyxw«.\n")
        let noContact = try cli.run(["erase", "Ole", "--kind", "contact"])
        XCTAssertEqual(noContact.status, 1)
        XCTAssertEqual(noContact.stderr, "Ingen kontaktperson matcher »Ole«.\n")
        XCTAssertEqual(try FolderBytes.all(in: cli.home), before, "a listing or a dry run changed a file")
    }

    /// No confirmation, a wrong one, no answer about the contact's relative entry, and
    /// keeping a relative's entries: each refused with a message, every file byte for
    /// byte as before.
    func testWithoutConfirmationNothingChanges() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let f = try storeWithBoth(cli)
        let before = try FolderBytes.all(in: cli.home)
        for (name, extra) in [(Self.contact, ["--relatives", "remove"]), (Self.relative, [])] {
            let unasked = try cli.run(["erase", name] + extra)
            XCTAssertEqual(unasked.status, 1)
            XCTAssertTrue(unasked.stdout.hasPrefix("Sletning af "), unasked.stdout)
            XCTAssertEqual(unasked.stderr, "Intet er slettet. Bekræft med --confirm \"NAVN\" (navnet præcis som det står).\n")
            let wrong = try cli.run(["erase", name, "--confirm", String(name.prefix(5))] + extra)
            XCTAssertEqual(wrong.status, 1)
            XCTAssertEqual(wrong.stderr, "Intet er slettet.\n")
        }
        let unanswered = try cli.run(["erase", Self.contact, "--confirm", Self.contact])
        XCTAssertEqual(unanswered.status, 1)
        XCTAssertEqual(unanswered.stderr, "\(Self.contact) står som pårørende hos \(f.contactsRelative). Intet er slettet: angiv --relatives keep (behold) eller --relatives remove (fjern).\n")
        let keep = try cli.run(["erase", Self.relative, "--relatives", "keep", "--confirm", Self.relative])
        XCTAssertEqual(keep.status, 1)
        XCTAssertEqual(keep.stderr, "Intet er slettet: Bo Pårørende står kun som pårørende, og sletningen fjerner netop de poster; --relatives keep kan ikke bruges her.\n")
        XCTAssertEqual(try FolderBytes.all(in: cli.home), before, "a refused erase changed a file")
    }

    /// kill -9 at any moment of a contact's erasure leaves the contact either fully
    /// present (on the workplace and the agreement too), or fully gone once the store is
    /// next opened; the store always loads.
    func testAContactsErasureKilledAtAnyMomentIsAllOrNothing() throws {
        try killRounds(["erase", Self.contact, "--relatives", "remove", "--confirm", Self.contact], what: "contact erasures",
                       traces: Self.contactWords) { register, f in
            let onRecords = register.workplaces.contains { $0.contactIDs.contains(f.contactID) }
                || register.agreements.contains { $0.contactID == f.contactID }
            return (register.contact(f.contactID) != nil, onRecords)
        }
    }

    /// The same for a relative: listed by both volunteers, or by neither.
    func testARelativesErasureKilledAtAnyMomentIsAllOrNothing() throws {
        try killRounds(["erase", Self.relative, "--confirm", Self.relative], what: "relative erasures",
                       traces: Self.relativeWords) { register, _ in
            let listers = register.volunteers.filter { $0.emergencyContacts.contains { $0.name == Self.relative } }.count
            return (listers == 2, listers > 0)
        }
    }

    /// Kills `arguments` at random moments spread over how long one run takes here, 8
    /// rounds. After each kill the store must load; `state` says whether the person is
    /// there, and whether any trace of them is: either the person is there (and no intent
    /// is left), or no trace is, in the register or in any file.
    private func killRounds(_ arguments: [String], what: String, traces: [String],
                            state: (Register, Fixture) -> (present: Bool, anyTrace: Bool)) throws {
        let template = try CLIRunner()
        defer { template.remove() }
        let f = try storeWithBoth(template, volunteers: 1000)
        let volunteers = try Store.open(at: template.store).register.volunteers.count
        var rng = SplitMix64(seed: ProcessInfo.processInfo.environment["FRIVILLIG_KILL_SEED"].flatMap(UInt64.init) ?? 20_261_202)
        let timing = try CLIRunner()
        defer { timing.remove() }
        try FileManager.default.removeItem(at: timing.home)
        try FileManager.default.copyItem(at: template.home, to: timing.home)
        let clock = ContinuousClock(), started = clock.now
        XCTAssertEqual(try timing.run(arguments).status, 0)
        let elapsed = (clock.now - started).components
        let span = UInt32(min(10_000, elapsed.seconds * 1000 + elapsed.attoseconds / 1_000_000_000_000_000))
        var present = 0, done = 0, finishedByOpen = 0
        let rounds = 8
        for round in 1...rounds {
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
            let register = try Store.open(at: cli.store).register
            XCTAssertEqual(register.volunteers.count, volunteers, "round \(round): a volunteer went")
            let (isPresent, anyTrace) = state(register, f)
            if isPresent {
                present += 1
                XCTAssertFalse(intentLeft, "round \(round): the person is back although the erasure had begun")
            } else {
                done += 1
                if intentLeft { finishedByOpen += 1 }
                XCTAssertFalse(anyTrace, "round \(round): gone from the register only in part")
                XCTAssertEqual(try FolderBytes.holding(traces, in: cli.home), [], "round \(round): done only in part")
            }
        }
        print("CLIEraseOthersTests: one of the \(what) takes \(span) ms here; \(rounds) rounds, \(rounds) \(what) killed with SIGKILL: \(present) before it began (person fully present), \(done) after (fully done; \(finishedByOpen) finished by the next open)")
        XCTAssertGreaterThan(finishedByOpen, 0, "no kill landed inside one of the \(what), so the test showed nothing")
    }
}
