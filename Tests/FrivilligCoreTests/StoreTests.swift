import FrivilligCore
import XCTest

final class StoreTests: XCTestCase {
    private var dir: URL!
    private var url: URL { dir.appendingPathComponent("data/store.json") }

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: url.deletingLastPathComponent().path)
        try? FileManager.default.removeItem(at: dir)
    }

    private func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue & 0o777
    }

    private func sample() -> Register {
        let v = Volunteer(
            name: "Søren Østergaard", phones: ["+4520123456"], email: "soeren@example.dk", birthDate: Day(year: 1950, month: 2, day: 3),
            startDate: Day(year: 2020, month: 1, day: 1), skills: ["kørsel"],
            availability: Availability(weekdays: [.monday, .thursday], note: "ikke i ferier"),
            membership: Membership(kind: .association, name: "Ældre Sagen", associationID: aeldreSagen.id),
            emergencyContacts: [EmergencyContact(name: "Mette", relation: "datter", phone: "+4530123456")],
            created: Date(timeIntervalSince1970: 1_700_000_000))
        let c = Contact(name: "Hanne Kjær", kind: .staff, organisation: "Solgården", phone: "+4540000000")
        let w = Workplace(name: "Plejecenter Solgården", area: "ældre", contactIDs: [c.id])
        let a = Agreement(volunteerID: v.id, workplaceID: w.id, contactID: c.id, allowedTasks: "Højtlæsning",
                          reviewDate: Day(year: 2027, month: 1, day: 1), childCheck: CertificateCheck(required: true))
        let e = RecognitionEvent(date: Day(year: 2026, month: 6, day: 20)!, kind: .excursion, title: "Sommerudflugt", attendeeIDs: [v.id])
        return Register(volunteers: [v], contacts: [c], workplaces: [w], agreements: [a], events: [e], associations: [aeldreSagen])
    }

    private let aeldreSagen = Association(name: "Ældre Sagen")

    func testCreatesAnEmptyPrivateStoreOnFirstUse() throws {
        let store = try Store.open(at: url)
        XCTAssertTrue(store.register.isEmpty)
        XCTAssertEqual(try mode(url.path), 0o600)
        XCTAssertEqual(try mode(url.deletingLastPathComponent().path), 0o700)
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(text.contains("\"schemaVersion\": 1"), text)
    }

    func testRoundTripKeepsEveryField() throws {
        let store = try Store.open(at: url)
        let original = sample()
        try store.replace(with: original)
        let reopened = try Store.open(at: url)
        XCTAssertEqual(reopened.register, original)
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(text.contains("\"birthDate\":\"1950-02-03\""))
        XCTAssertTrue(text.contains("\"name\":\"Søren Østergaard\""), "UTF-8 stays readable")
    }

    func testFailedSaveLeavesEverythingAsItWas() throws {
        let store = try Store.open(at: url)
        try store.replace(with: sample())
        try store.commit([.putVolunteer(Volunteer(name: "Gemt"))])
        let snapshot = try Data(contentsOf: url)
        let journal = try Data(contentsOf: store.files.journal)
        // A file size limit just above the journal makes the next append fail half-way,
        // as a full disk would.
        signal(SIGXFSZ, SIG_IGN)
        var original = rlimit()
        getrlimit(Int32(RLIMIT_FSIZE.rawValue), &original)
        var tight = original
        tight.rlim_cur = rlim_t(journal.count + 20)
        setrlimit(Int32(RLIMIT_FSIZE.rawValue), &tight)
        XCTAssertThrowsError(try store.commit([.putVolunteer(Volunteer(name: "Ny", notes: String(repeating: "x", count: 500)))])) { error in
            guard case StoreError.writeFailed = error else { return XCTFail("\(error)") }
        }
        setrlimit(Int32(RLIMIT_FSIZE.rawValue), &original)
        XCTAssertEqual(try Data(contentsOf: url), snapshot)
        XCTAssertEqual(try Data(contentsOf: store.files.journal), journal, "the half-written line was cut off")
        XCTAssertEqual(store.register.volunteers.map(\.name), ["Søren Østergaard", "Gemt"], "memory matches the disk")
        XCTAssertEqual(try Store.open(at: url).register.volunteers.map(\.name), ["Søren Østergaard", "Gemt"])
        try store.commit([.putVolunteer(Volunteer(name: "Efter"))])
        XCTAssertEqual(try Store.open(at: url).register.volunteers.map(\.name), ["Søren Østergaard", "Gemt", "Efter"])
    }

    /// The first save after a compaction creates the journal; on a full disk it leaves no
    /// journal at all (and no temporary file), never an empty one.
    func testAFailedFirstSaveLeavesNoEmptyJournal() throws {
        let store = try Store.open(at: url)
        try store.replace(with: sample())
        signal(SIGXFSZ, SIG_IGN)
        var original = rlimit()
        getrlimit(Int32(RLIMIT_FSIZE.rawValue), &original)
        var tight = original
        tight.rlim_cur = 64
        setrlimit(Int32(RLIMIT_FSIZE.rawValue), &tight)
        XCTAssertThrowsError(try store.commit([.putVolunteer(Volunteer(name: "Ny"))]))
        setrlimit(Int32(RLIMIT_FSIZE.rawValue), &original)
        let left = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
        XCTAssertFalse(left.contains("store.json.journal"), "\(left)")
        XCTAssertFalse(left.contains { $0.contains(".tmp-") }, "\(left)")
        try store.commit([.putVolunteer(Volunteer(name: "Efter"))])
        XCTAssertEqual(try Store.open(at: url).register.volunteers.map(\.name), ["Søren Østergaard", "Efter"])
    }

    func testACommitAppendsToTheJournalAndCompactionFoldsItWithABackup() throws {
        let store = try Store.open(at: url)
        try store.replace(with: sample())
        let first = try Data(contentsOf: url)
        try store.commit([.putVolunteer(Volunteer(name: "Åse Bæk"))])
        XCTAssertEqual(try Data(contentsOf: url), first, "a commit does not rewrite the snapshot")
        XCTAssertEqual(try mode(store.files.journal.path), 0o600)
        let journal = try String(contentsOf: store.files.journal, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(journal.count, 2, "a header and one change")
        XCTAssertTrue(journal[1].contains("\"op\":\"putVolunteer\""), String(journal[1]))
        XCTAssertEqual(try Store.open(at: url).register.volunteers.map(\.name), ["Søren Østergaard", "Åse Bæk"])

        try store.compact()
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.files.journal.path))
        XCTAssertEqual(try Data(contentsOf: store.files.bak), first)
        XCTAssertEqual(try mode(store.files.bak.path), 0o600)
        XCTAssertEqual(try mode(url.path), 0o600)
        XCTAssertEqual(try Store.open(at: url).register.volunteers.map(\.name), ["Søren Østergaard", "Åse Bæk"])
    }

    func testATornLastJournalLineIsSkippedAndEarlierChangesSurvive() throws {
        let store = try Store.open(at: url)
        try store.commit([.putVolunteer(Volunteer(name: "Første"))])
        try store.commit([.putVolunteer(Volunteer(name: "Anden"))])
        let handle = try FileHandle(forWritingTo: store.files.journal)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"at\":\"2026-11-22T10:00:00Z\",\"change\":{\"op\":\"putVol".utf8))
        try handle.close()
        let reopened = try Store.open(at: url)
        XCTAssertEqual(reopened.register.volunteers.map(\.name), ["Første", "Anden"])
        XCTAssertEqual(reopened.notices, [.tornJournalLine(path: store.files.journal.path)])
        try reopened.commit([.putVolunteer(Volunteer(name: "Tredje"))])
        let again = try Store.open(at: url)
        XCTAssertEqual(again.register.volunteers.map(\.name), ["Første", "Anden", "Tredje"], "the torn tail was cut before appending")
        XCTAssertEqual(again.notices, [])
    }

    func testAJournalForAnotherSnapshotIsRefusedAndNothingChanges() throws {
        let store = try Store.open(at: url)
        try store.commit([.putVolunteer(Volunteer(name: "Gemt i journalen"))])
        let replacement = StoreCodec.encode(sample())
        try replacement.write(to: url)
        let journal = try Data(contentsOf: store.files.journal)
        XCTAssertThrowsError(try Store.open(at: url)) { error in
            XCTAssertEqual(error as? StoreError, .journalMismatch(path: store.files.journal.path, snapshot: url.path))
        }
        XCTAssertEqual(try Data(contentsOf: url), replacement)
        XCTAssertEqual(try Data(contentsOf: store.files.journal), journal)
    }

    func testADamagedEarlierJournalLineIsAnErrorNamingTheLine() throws {
        let store = try Store.open(at: url)
        try store.commit([.putVolunteer(Volunteer(name: "A"))])
        try store.commit([.putVolunteer(Volunteer(name: "B"))])
        var lines = try String(contentsOf: store.files.journal, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[1] = "{ damaged"
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: store.files.journal)
        XCTAssertThrowsError(try Store.open(at: url)) { error in
            XCTAssertEqual(error as? StoreError, .journalDamaged(path: store.files.journal.path, line: 2, damage: .checksum))
        }
    }

    /// The marker may name the snapshot the current way or as earlier versions did (FNV-1a).
    func testACompactionInterruptedAfterTheSnapshotDoesNotApplyTheJournalTwice() throws {
        for name in [Journal.fingerprint, Self.fnv] {
            try? FileManager.default.removeItem(at: url.deletingLastPathComponent())
            let store = try Store.open(at: url)
            try store.commit([.putEvent(RecognitionEvent(date: Day(year: 2026, month: 6, day: 1)!, kind: .thanks, title: "Tak"))])
            let journal = try Data(contentsOf: store.files.journal)
            try store.compact()
            // As if the program stopped after writing the snapshot, before removing the journal:
            try journal.write(to: store.files.journal)
            try Data((name(try Data(contentsOf: url)) + "\n").utf8).write(to: url.appendingPathExtension("compacting"))
            XCTAssertEqual(try Store.open(at: url).register.events.count, 1)
            try Store.open(at: url).commit([.putVolunteer(Volunteer(name: "Bo"))])
            let after = try Store.open(at: url).register
            XCTAssertEqual(after.events.count, 1)
            XCTAssertEqual(after.volunteers.map(\.name), ["Bo"])
        }
    }

    /// A compaction killed while writing leaves a whole snapshot's worth in a temporary
    /// file; the next compaction removes such leftovers and nothing else.
    func testTemporaryFilesLeftByADeadWriterAreRemovedAtTheNextCompaction() throws {
        let store = try Store.open(at: url)
        try store.commit([.putVolunteer(Volunteer(name: "Bo"))])
        let folder = url.deletingLastPathComponent()
        let strays = [".store.json.tmp-99999", "store.json.index.tmp-99999", "store.json.bak.tmp-99999",
                      ".store.json.compacting.tmp-99999", ".frivillig-scratch-99999-1"]
        for name in strays + ["notes.txt"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        try store.compact()
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        XCTAssertTrue(left.isDisjoint(with: strays), "\(left)")
        XCTAssertTrue(left.contains("notes.txt"), "other files are left alone")
        XCTAssertEqual(try Store.open(at: url).register.volunteers.map(\.name), ["Bo"])
    }

    func testAJournalWrittenByAnEarlierVersionStillLoads() throws {
        let store = try Store.open(at: url)
        try store.commit([.putVolunteer(Volunteer(name: "Bo"))])
        let lines = try String(contentsOf: store.files.journal, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let legacyHeader = "{\"frivilligJournal\":1,\"snapshot\":\"\(Self.fnv(try Data(contentsOf: url)))\"}"
        try Data(([Substring(legacyHeader)] + lines.dropFirst()).joined(separator: "\n").utf8).write(to: store.files.journal)
        XCTAssertEqual(try Store.open(at: url).register.volunteers.map(\.name), ["Bo"])
        try Data(lines.joined(separator: "\n").utf8).write(to: url.appendingPathExtension("journal"))
        var other = try Data(contentsOf: url)
        other.append(contentsOf: Array(" ".utf8))
        try other.write(to: url)
        XCTAssertThrowsError(try Store.open(at: url)) { error in
            guard case StoreError.journalMismatch = error else { return XCTFail("\(error)") }
        }
    }

    /// Another writer died half-way through a commit; the next save cuts its lines off
    /// and appends after the last whole commit.
    func testASaveAfterAnotherWritersCutCommitCutsItOff() throws {
        let store = try Store.open(at: url)
        try store.commit([.putVolunteer(Volunteer(name: "Før"))])
        let other = try Store.open(at: url)
        let lengthBefore = try Data(contentsOf: store.files.journal).count
        try other.commit((1...3).map { .putVolunteer(Volunteer(name: "Import \($0)")) })
        let whole = try Data(contentsOf: store.files.journal)
        let cut = whole.prefix(lengthBefore + (whole.count - lengthBefore) * 2 / 3)
        try cut.write(to: store.files.journal)
        try store.commit([.putVolunteer(Volunteer(name: "Efter"))])
        XCTAssertEqual(try Store.open(at: url).register.volunteers.map(\.name), ["Før", "Efter"])
        XCTAssertEqual(try Store.open(at: url).notices, [])
    }

    /// A journal put back shorter (an older copy from a sync tool) under an open store is
    /// read anew, never appended to past its end (which would leave a gap of zeros).
    func testAJournalThatShrankUnderAnOpenStoreIsReadAnew() throws {
        let store = try Store.open(at: url)
        try store.commit([.putVolunteer(Volunteer(name: "A"))])
        let older = try Data(contentsOf: store.files.journal)
        try store.commit([.putVolunteer(Volunteer(name: "B"))])
        try older.write(to: store.files.journal)
        try store.commit([.putVolunteer(Volunteer(name: "C"))])
        let journal = try Data(contentsOf: store.files.journal)
        XCTAssertFalse(journal.contains(0), "no zero bytes")
        XCTAssertEqual(try Store.open(at: url).register.volunteers.map(\.name), ["A", "C"])
    }

    /// A byte changed inside what an open store has already read (the size the same)
    /// makes its next save read the journal anew and refuse it, not append to it and
    /// say "saved".
    func testAJournalDamagedUnderAnOpenStoreIsRefusedAtTheNextSave() throws {
        let store = try Store.open(at: url)
        try store.commit([.putVolunteer(Volunteer(name: "Anna"))])
        try store.commit([.putVolunteer(Volunteer(name: "Bent"))])
        var bytes = [UInt8](try Data(contentsOf: store.files.journal))
        let i = try XCTUnwrap(Data(bytes).range(of: Data("Anna".utf8))).lowerBound
        bytes[i] = UInt8(ascii: "E")
        try Data(bytes).write(to: store.files.journal)
        XCTAssertThrowsError(try store.commit([.putVolunteer(Volunteer(name: "Carl"))])) { error in
            XCTAssertEqual(error as? StoreError, .journalDamaged(path: store.files.journal.path, line: 2, damage: .checksum))
        }
        XCTAssertEqual(try Data(contentsOf: store.files.journal), Data(bytes), "nothing is appended")
        XCTAssertThrowsError(try store.compact(), "nor folded away without a copy")
    }

    /// A line deleted anywhere (from a commit of several changes, or a whole commit of
    /// one) is damage: every line carries its own number, so the next is out of place.
    func testALineMissingFromTheJournalIsDamage() throws {
        let store = try Store.open(at: url)
        try store.commit([.putVolunteer(Volunteer(name: "Før"))])
        try store.commit((1...3).map { .putVolunteer(Volunteer(name: "Import \($0)")) })
        try store.commit([.putVolunteer(Volunteer(name: "Efter"))])
        let whole = try String(contentsOf: store.files.journal, encoding: .utf8).split(separator: "\n").map(String.init)
        for missing in 1..<whole.count - 1 {
            var lines = whole
            lines.remove(at: missing)
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: store.files.journal)
            XCTAssertThrowsError(try Store.open(at: url), "line \(missing + 1) deleted") { error in
                XCTAssertEqual(error as? StoreError, .journalDamaged(path: store.files.journal.path, line: missing + 1, damage: .outOfPlace))
            }
        }
    }

    /// A journal whose header says format 1 (one bit changed) still has its sealed lines
    /// checked: a sealed line is checked whatever the header says.
    func testSealedLinesAreCheckedUnderAFormatOneHeader() throws {
        let store = try Store.open(at: url)
        try store.commit([.putVolunteer(Volunteer(name: "Anna", phones: ["+4540000001"]))])
        var text = try String(contentsOf: store.files.journal, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"frivilligJournal\":2", with: "\"frivilligJournal\":1")
            .replacingOccurrences(of: "+4540000001", with: "+4540000009")
        try text.write(to: store.files.journal, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Store.open(at: url)) { error in
            XCTAssertEqual(error as? StoreError, .journalDamaged(path: store.files.journal.path, line: 2, damage: .checksum))
        }
    }

    /// `restore` works while the journal is damaged, and sets it aside.
    func testABackupCanBeRestoredOverADamagedJournal() throws {
        let store = try Store.open(at: url)
        try store.replace(with: sample())
        try store.replace(with: Register())
        try store.commit([.putVolunteer(Volunteer(name: "A"))])
        try Data("{ damaged\n".utf8).write(to: store.files.journal)
        let recovering = try Store.open(at: url, recovering: true)
        let backup = try XCTUnwrap(recovering.backups().first { (try? StoreCodec.decode(Data(contentsOf: $0.url), path: ""))?.volunteers.count == 1 })
        let aside = try XCTUnwrap(try recovering.restore(backup))
        XCTAssertEqual(try Data(contentsOf: aside), Data("{ damaged\n".utf8))
        XCTAssertEqual(try Store.open(at: url).register.volunteers.map(\.name), ["Søren Østergaard"])
    }

    /// What a newer Frivillig wrote is never cut by a repair.
    func testRepairRefusesAJournalOfANewerFormat() throws {
        let store = try Store.open(at: url)
        try store.commit([.putVolunteer(Volunteer(name: "A"))])
        var text = try String(contentsOf: store.files.journal, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"frivilligJournal\":2", with: "\"frivilligJournal\":3")
        try text.write(to: store.files.journal, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Store.repairJournal(of: url)) { error in
            XCTAssertEqual(error as? StoreError, .journalDamaged(path: store.files.journal.path, line: 1, damage: .newerFormat(3)))
        }
        XCTAssertEqual(try String(contentsOf: store.files.journal, encoding: .utf8), text)
    }

    /// A journal of format 1 (plain lines, as earlier versions wrote them) loads, and the
    /// next save folds it into the snapshot before starting a journal of format 2, so
    /// one file never mixes lines with and without checksums.
    func testAFormatOneJournalIsFoldedInBeforeTheNextSave() throws {
        let store = try Store.open(at: url)
        try store.replace(with: Register())
        let header = "{\"frivilligJournal\":1,\"snapshot\":\"\(Journal.fingerprint(try Data(contentsOf: url)))\"}"
        let plain = #"{"at":"2026-11-22T10:00:00Z","change":{"op":"putVolunteer","record":{"id":"6F1C2A4E-0B43-4B0E-9C8B-1B0E4E1A0001","name":"Gammel","status":"active"}}}"#
        try Data((header + "\n" + plain + "\n").utf8).write(to: store.files.journal)
        let reopened = try Store.open(at: url)
        XCTAssertEqual(reopened.register.volunteers.map(\.name), ["Gammel"])
        try reopened.commit([.putVolunteer(Volunteer(name: "Ny"))])
        let journal = try String(contentsOf: store.files.journal, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(journal.count, 2, "a new journal: its header and the new change")
        XCTAssertTrue(journal[0].contains("\"frivilligJournal\":2"), String(journal[0]))
        XCTAssertTrue(journal[1].hasPrefix("{\"sum\":\""), String(journal[1]))
        XCTAssertEqual(try Store.open(at: url).register.volunteers.map(\.name), ["Gammel", "Ny"])
        XCTAssertTrue(try String(contentsOf: store.files.history, encoding: .utf8).contains("Gammel"), "the old line is in the history")
    }

    func testACompactionInterruptedBeforeTheSnapshotKeepsTheJournal() throws {
        let store = try Store.open(at: url)
        try store.commit([.putVolunteer(Volunteer(name: "Bo"))])
        try Data("0000000000000000\n".utf8).write(to: url.appendingPathExtension("compacting"))
        XCTAssertEqual(try Store.open(at: url).register.volunteers.map(\.name), ["Bo"])
    }

    /// The journal's fingerprint of a snapshot (FNV-1a, 64 bits, hex).
    private static func fnv(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    func testCorruptJSONIsRefusedWithLineAndColumnAndLeftUnchanged() throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let broken = Data("{\n  \"schemaVersion\": 1,\n  \"volunteers\": [ { \"name\": \"Søren\", }\n".utf8)
        try broken.write(to: url)
        XCTAssertThrowsError(try Store.open(at: url)) { error in
            guard case StoreError.malformed(let path, let line, _, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(path, url.path)
            XCTAssertEqual(line, 3)
        }
        XCTAssertEqual(try Data(contentsOf: url), broken)
    }

    func testWrongTypesNameTheFieldPath() throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var text = try String(contentsOf: fixture("minimal-v1"), encoding: .utf8)
        text = text.replacingOccurrences(of: "[\"+4520123456\"]", with: "[20123456]")
        try Data(text.utf8).write(to: url)
        XCTAssertThrowsError(try Store.open(at: url)) { error in
            guard case StoreError.invalidContent(_, let field, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(field, "volunteers[0].phones[0]")
        }
    }

    func testBadDateNamesTheField() throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let text = try String(contentsOf: fixture("minimal-v1"), encoding: .utf8)
            .replacingOccurrences(of: "\"status\": \"active\",", with: "\"status\": \"active\", \"startDate\": \"31.12.2020\",")
        try Data(text.utf8).write(to: url)
        XCTAssertThrowsError(try Store.open(at: url)) { error in
            guard case StoreError.invalidContent(_, let field, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(field, "volunteers[0].startDate")
        }
    }

    func testNewerSchemaIsRefusedAndLeftUnchanged() throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let future = Data("{\"schemaVersion\": 99, \"volunteers\": [], \"spaceships\": []}".utf8)
        try future.write(to: url)
        XCTAssertThrowsError(try Store.open(at: url)) { error in
            XCTAssertEqual(error as? StoreError, .newerVersion(path: url.path, found: 99, supported: Register.currentSchemaVersion))
        }
        XCTAssertEqual(try Data(contentsOf: url), future)
    }

    func testMinimalEarlyFileLoadsWithDefaults() throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixture("minimal-v1"), to: url)
        let store = try Store.open(at: url)
        let v = try XCTUnwrap(store.register.volunteers.first)
        XCTAssertEqual(v.name, "Søren Østergaard")
        XCTAssertEqual(v.emergencyContacts, [EmergencyContact(name: "Mette Østergaard", relation: "", phone: "+4530123456")])
        XCTAssertEqual(v.membership, .individual)
        XCTAssertTrue(store.register.events.isEmpty)
    }

    func testAnOpenStoreSeesWhatAnotherProcessSaved() throws {
        let screen = try Store.open(at: url)
        XCTAssertFalse(try screen.refreshIfChanged())
        try Store.open(at: url).commit([.putVolunteer(Volunteer(name: "Fra CLI"))])
        XCTAssertTrue(try screen.refreshIfChanged())
        XCTAssertEqual(screen.register.volunteers.map(\.name), ["Fra CLI"])
        XCTAssertFalse(try screen.refreshIfChanged())
        try Store.open(at: url).compact()
        XCTAssertTrue(try screen.refreshIfChanged(), "a new snapshot counts as a change")
        XCTAssertEqual(screen.register.volunteers.map(\.name), ["Fra CLI"])
    }

    func testBackupsKeepTheLastSnapshotsAndARestoreCanBeUndone() throws {
        let store = try Store.open(at: url)
        store.backupsToKeep = 3
        for i in 1...5 {
            try store.commit([.putVolunteer(Volunteer(name: "V\(i)"))])
            try store.compact()
        }
        let backups = store.backups()
        XCTAssertEqual(backups.count, 3, "the oldest beyond the limit are pruned")
        XCTAssertEqual(try mode(store.files.backups.path), 0o700)
        XCTAssertEqual(try mode(backups[0].url.path), 0o600)
        let newestBackup = try StoreCodec.decode(try Data(contentsOf: backups[0].url), path: "b")
        XCTAssertEqual(newestBackup.volunteers.map(\.name), ["V1", "V2", "V3", "V4"], "the snapshot before the last compaction")

        try store.commit([.putVolunteer(Volunteer(name: "Efter"))])
        try store.restore(backups[2])
        XCTAssertEqual(try Store.open(at: url).register.volunteers.map(\.name), ["V1", "V2"])
        let undo = try XCTUnwrap(store.backups().first)
        let kept = try StoreCodec.decode(try Data(contentsOf: undo.url), path: "b")
        XCTAssertEqual(kept.volunteers.map(\.name), ["V1", "V2", "V3", "V4", "V5", "Efter"], "the state before the restore, journal included")
    }

    func testOnlyOneEditingSessionAtATime() throws {
        var first: Store? = try Store.open(at: url)
        let second = try Store.open(at: url)
        XCTAssertTrue(first!.claimEditingSession())
        XCTAssertFalse(second.claimEditingSession(), "a second window stays read-only")
        first = nil
        XCTAssertTrue(second.claimEditingSession(), "the claim ends with its holder")
    }

    func testTwoWritersDoNotLoseEachOthersChanges() throws {
        let a = try Store.open(at: url)
        let b = try Store.open(at: url)
        try a.commit([.putVolunteer(Volunteer(name: "Fra A"))])
        try b.commit([.putVolunteer(Volunteer(name: "Fra B"))])
        let names = try Store.open(at: url).register.volunteers.map(\.name).sorted()
        XCTAssertEqual(names, ["Fra A", "Fra B"])
    }

    func testDeletingAVolunteerTakesAgreementsAndAttendance() throws {
        var register = sample()
        let id = register.volunteers[0].id
        XCTAssertEqual(register.deletionImpact(ofVolunteer: id).agreements.count, 1)
        try register.apply(.deleteVolunteer(id))
        XCTAssertTrue(register.agreements.isEmpty)
        XCTAssertEqual(register.events.count, 1, "the event stays")
        XCTAssertEqual(register.events[0].attendeeIDs, [])
    }

    func testDeletingAReferencedWorkplaceOrContactIsRefused() throws {
        var register = sample()
        let before = register
        XCTAssertThrowsError(try register.apply(.deleteWorkplace(register.workplaces[0].id))) { error in
            guard case RegisterError.stillReferenced(let refs) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(refs, [.agreement(register.agreements[0].id, volunteerName: "Søren Østergaard")])
        }
        XCTAssertThrowsError(try register.apply(.deleteContact(register.contacts[0].id)))
        XCTAssertEqual(register, before)
    }

    private func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name).json")
    }
}
