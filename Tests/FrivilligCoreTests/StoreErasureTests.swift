@testable import FrivilligCore
import XCTest

/// Erasing a person leaves no byte of them in any file of the store folder: snapshot,
/// journal, history, `.bak`, every backup, the index and the damaged-journal copies.
final class StoreErasureTests: XCTestCase {
    private var dir: URL!
    private var url: URL { dir.appendingPathComponent("store.json") }

    /// The person's words as a search of the folder would look for them.
    private let words = ["Kirsten Sletmig", "+4521436587", "+45 21 43 65 87", "21436587", "kirsten@sletmig.dk"]

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-erase-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    /// A store where the person is in every kind of file: saved, edited, compacted three
    /// times (history, `.bak`, backups), an agreement, an event, named in another
    /// volunteer's notes and as another's emergency contact, and a change still in the journal.
    private func storeWithThePerson() throws -> (Store, Volunteer, Volunteer) {
        let store = try Store.open(at: url)
        var person = Volunteer(name: "Kirsten Sletmig", phones: ["+4521436587"], email: "kirsten@sletmig.dk",
                               birthDate: Day(year: 1948, month: 5, day: 17),
                               emergencyContacts: [EmergencyContact(name: "Bo Sletmig", phone: "+4531313131")])
        let other = Volunteer(name: "Ole Andersen", phones: ["+4522334455"],
                              emergencyContacts: [EmergencyContact(name: "Kirsten Sletmig", relation: "veninde", phone: "+4521436587")],
                              notes: "Kører sammen med Kirsten Sletmig om tirsdagen")
        let bystander = Volunteer(name: "Lis Hansen", phones: ["+4540404040"])
        try store.commit([.putVolunteer(person), .putVolunteer(other), .putVolunteer(bystander)])
        try store.compact()
        person = store.register.volunteer(person.id)!
        person.notes = "Ringer helst om formiddagen"
        try store.commit([.putVolunteer(person)])
        try store.commit([.putAgreement(Agreement(volunteerID: person.id, allowedTasks: "Højtlæsning"))])
        try store.compact()
        try store.commit([.putEvent(RecognitionEvent(date: Day(year: 2026, month: 6, day: 20)!, kind: .excursion,
                                                     title: "Tak til Kirsten Sletmig", attendeeIDs: [person.id, bystander.id]))])
        try store.compact()
        person = store.register.volunteer(person.id)!
        person.phones.append("+4529292929")
        try store.commit([.putVolunteer(person)])
        return (store, store.register.volunteer(person.id)!, other)
    }

    /// Every file under the store's folder, and which of `words` each holds.
    private func occurrences(of words: [String]) throws -> [String: [String]] {
        var found: [String: [String]] = [:]
        let files = FileManager.default.enumerator(atPath: dir.path)!.compactMap { $0 as? String }
        for file in files {
            let path = dir.appendingPathComponent(file).path
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let hits = words.filter { data.range(of: Data($0.utf8)) != nil }
            if !hits.isEmpty { found[file] = hits }
        }
        return found
    }

    func testEraseLeavesNoTraceInAnyFile() throws {
        let (store, person, other) = try storeWithThePerson()
        let before = try occurrences(of: words)
        for file in ["store.json", "store.json.journal", "store.json.history", "store.json.bak", "store.json.index"] {
            XCTAssertNotNil(before[file], "the person should be in \(file) before, or the test shows nothing")
        }
        XCTAssertGreaterThan(before.keys.filter { $0.hasPrefix("store.json.backups/") }.count, 0)

        let erasure = store.erasure(of: person, relatives: .remove)
        XCTAssertEqual(erasure.agreementIDs.count, 1)
        try store.erase(erasure)

        XCTAssertEqual(try occurrences(of: words + ["29292929", "Ringer helst"]), [:])
        let reopened = try Store.open(at: url)
        XCTAssertNil(reopened.register.volunteer(person.id))
        XCTAssertEqual(reopened.register.agreements, [])
        XCTAssertEqual(reopened.register.events.first?.title, "Tak til [slettet]")
        let ole = reopened.register.volunteer(other.id)!
        XCTAssertEqual(ole.emergencyContacts, [])
        XCTAssertEqual(ole.notes, "Kører sammen med [slettet] om tirsdagen")
        XCTAssertFalse(try reopened.history(ofVolunteer: other.id).isEmpty, "the others' history still reads")
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.appendingPathExtension("erasing").path))
        let log = try String(contentsOf: url.appendingPathExtension("erasures"), encoding: .utf8)
        XCTAssertTrue(log.contains(#""kind":"volunteer""#) && log.contains(#""records":2"#), log)
    }

    /// Kept as Ole's emergency contact, the name and phone stay in Ole's record (in every
    /// file that holds it); nothing else of the person does.
    func testAKeptRelativeKeepsOnlyTheNameAndPhoneInThatEntry() throws {
        let (store, person, other) = try storeWithThePerson()
        try store.erase(store.erasure(of: person, relatives: .keep))
        XCTAssertEqual(try Store.open(at: url).register.volunteer(other.id)?.emergencyContacts.map(\.name), ["Kirsten Sletmig"])
        XCTAssertEqual(try occurrences(of: ["kirsten@sletmig.dk", "29292929", "Ringer helst", "Bo Sletmig", "31313131"]), [:])
        XCTAssertFalse(try Data(contentsOf: url).range(of: Data("Tak til Kirsten".utf8)) != nil)
    }

    func testAnErasureStoppedHalfWayIsFinishedByTheNextOpen() throws {
        let (store, person, _) = try storeWithThePerson()
        let erasure = store.erasure(of: person, relatives: .remove)
        // As a crash right after the intent was written leaves it.
        try JSONEncoder().encode(RemovalIntent.erase(erasure)).write(to: url.appendingPathExtension("erasing"))
        let reopened = try Store.open(at: url)
        XCTAssertNil(reopened.register.volunteer(person.id))
        XCTAssertEqual(try occurrences(of: words), [:])
    }

    /// Killed after the snapshot without the person was written and before the journal
    /// it folded in was removed (seen once in the CLI kill test): the next open finishes
    /// the erasure, and that journal, which still names the person, goes too.
    func testAnErasureStoppedBeforeTheFoldedJournalWentRemovesThatJournal() throws {
        let (store, person, _) = try storeWithThePerson()
        let erasure = store.erasure(of: person, relatives: .remove)
        let journal = try Data(contentsOf: store.files.journal)
        try store.erase(erasure)
        // As the kill leaves it: the intent, the new snapshot, the old journal and the
        // marker saying the journal is already folded into that snapshot.
        try journal.write(to: store.files.journal)
        try Data((Journal.fingerprint(try Data(contentsOf: url)) + "\n").utf8).write(to: url.appendingPathExtension("compacting"))
        try JSONEncoder().encode(RemovalIntent.erase(erasure)).write(to: url.appendingPathExtension("erasing"))
        XCTAssertNotNil(try occurrences(of: words)["store.json.journal"], "the test must start with the person in the journal")
        let reopened = try Store.open(at: url)
        XCTAssertNil(reopened.register.volunteer(person.id))
        XCTAssertEqual(try occurrences(of: words), [:])
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.appendingPathExtension("compacting").path))
        try reopened.commit([.putVolunteer(Volunteer(name: "Bo"))])
        XCTAssertEqual(try Store.open(at: url).register.volunteers.map(\.name).sorted(), ["Bo", "Lis Hansen", "Ole Andersen"])
    }

    func testAnErasedRecordCannotBeSavedBack() throws {
        let (store, person, _) = try storeWithThePerson()
        let window = try Store.open(at: url)
        try store.erase(store.erasure(of: person, relatives: .remove))
        var stale = person
        stale.notes = "gemt fra et vindue, der stod åbent"
        XCTAssertThrowsError(try window.commit([.putVolunteer(stale)])) { error in
            guard case RegisterError.conflict(let conflict) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(conflict.wasDeleted)
        }
        var fromOldExport = person
        fromOldExport.revision = 0
        XCTAssertThrowsError(try Store.open(at: url).commit([.putVolunteer(fromOldExport)]))
        XCTAssertEqual(try occurrences(of: words), [:])
    }

    /// Anonymised, the record stays with what statistics count; nothing personal of it is
    /// left in any file, and its history still reads.
    func testAnonymiseKeepsTheStatisticsAndLeavesNoPersonalData() throws {
        let (store, person, other) = try storeWithThePerson()
        var withPostcode = store.register.volunteer(person.id)!
        withPostcode.postalCode = "8900"
        withPostcode.address = "Vestergade 3"
        try store.commit([.putVolunteer(withPostcode)])
        let anonymisation = store.anonymisation(of: store.register.volunteer(person.id)!, year: 2026)
        XCTAssertEqual(anonymisation.label, "Anonym frivillig 2026-001")
        try store.anonymise(anonymisation)

        XCTAssertEqual(try occurrences(of: ["kirsten@sletmig.dk", "29292929", "Ringer helst", "Bo Sletmig", "31313131",
                                            "Vestergade 3", "Højtlæsning", "Tak til Kirsten", "1948-05-17"]), [:])
        let reopened = try Store.open(at: url)
        let kept = try XCTUnwrap(reopened.register.volunteer(person.id))
        XCTAssertEqual(kept.name, "Anonym frivillig 2026-001")
        XCTAssertEqual(kept.postalCode, "8900")
        XCTAssertEqual(kept.birthDate, nil)
        XCTAssertEqual(kept.birthYear, 1948, "the birth date becomes the year")
        XCTAssertTrue(kept.anonymised)
        XCTAssertEqual(kept.status, .active)
        XCTAssertEqual(kept.phones, [])
        XCTAssertEqual(kept.emergencyContacts, [])
        XCTAssertEqual(reopened.register.agreements.filter { $0.volunteerID == person.id }.map(\.allowedTasks), [""])
        XCTAssertEqual(reopened.register.events.first?.attendeeIDs.contains(person.id), true)
        XCTAssertEqual(reopened.register.volunteer(other.id)?.emergencyContacts.map(\.name), ["Kirsten Sletmig"],
                       "the other volunteer's relative entry is theirs, and stays")
        XCTAssertEqual(reopened.register.volunteer(other.id)?.notes, "Kører sammen med [slettet] om tirsdagen")
        XCTAssertFalse(try reopened.history(ofVolunteer: person.id).isEmpty)
        XCTAssertEqual(Anonymisation.label(year: 2026, in: reopened.register), "Anonym frivillig 2026-002")
        let log = try String(contentsOf: url.appendingPathExtension("erasures"), encoding: .utf8)
        XCTAssertTrue(log.contains(#""kind":"anonymised-volunteer""#), log)
        var edited = kept
        edited.skills = ["kørsel"]
        XCTAssertNoThrow(try reopened.commit([.putVolunteer(edited)]), "an anonymised record may still be saved")
    }

    /// A namesake, a spouse with the same family e-mail and a relative entry with the
    /// same name but another phone are other people: their own fields stay.
    func testOtherPeoplesOwnNamesPhonesAndEmailsAreNotTouched() throws {
        let (store, person, _) = try storeWithThePerson()
        let namesake = Volunteer(name: "Kirsten Sletmig", phones: ["+4560606060"], notes: "Den anden Kirsten")
        let spouse = Volunteer(name: "Bo Sletmig", phones: ["+4521436587"], email: "kirsten@sletmig.dk",
                               emergencyContacts: [EmergencyContact(name: "Kirsten Sletmig", phone: "+4561616161")])
        try store.commit([.putVolunteer(namesake), .putVolunteer(spouse)])
        try store.erase(store.erasure(of: store.register.volunteer(person.id)!, relatives: .remove))
        let after = try Store.open(at: url).register
        XCTAssertEqual(after.volunteer(namesake.id)?.name, "Kirsten Sletmig")
        XCTAssertEqual(after.volunteer(spouse.id)?.email, "kirsten@sletmig.dk")
        XCTAssertEqual(after.volunteer(spouse.id)?.phones, ["+4521436587"])
        XCTAssertEqual(after.volunteer(spouse.id)?.emergencyContacts.map(\.phone), ["+4561616161"], "a namesake relative with another phone")
    }
}

/// An erased person's access requests stay in the log with their dates, so it still shows
/// they were answered in time, but say no longer who asked.
final class AccessRequestErasureTests: XCTestCase {
    func testAnErasedPersonsAccessRequestKeepsItsDatesAndLosesTheName() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-erase-access-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try Store.open(at: dir.appendingPathComponent("store.json"))
        let person = Volunteer(name: "Kirsten Sletmig", phones: ["+4521436587"])
        let received = Day(year: 2026, month: 10, day: 1)!, answered = Day(year: 2026, month: 10, day: 20)!
        let theirs = AccessRequest(volunteerID: person.id, name: person.name, received: received, extensionReason: "mange sager",
                                   answered: answered, answerFile: "/home/k/Kirsten Sletmig.txt")
        let someoneElse = AccessRequest(name: "Bo Hansen", received: received)
        try store.commit([.putVolunteer(person), .putAccessRequest(theirs), .putAccessRequest(someoneElse)])
        try store.compact()

        try store.erase(store.erasure(of: store.register.volunteer(person.id)!, relatives: .remove))

        let reopened = try Store.open(at: dir.appendingPathComponent("store.json"))
        let kept = try XCTUnwrap(reopened.register.accessRequest(theirs.id))
        XCTAssertNil(kept.volunteerID)
        XCTAssertEqual(kept.name, "")
        XCTAssertEqual([kept.received, kept.answered], [received, answered])
        XCTAssertEqual(kept.deadline, theirs.deadline, "the extension stays, so the deadline does")
        XCTAssertFalse(kept.answerFile.contains("Kirsten Sletmig"), kept.answerFile)
        XCTAssertEqual(reopened.register.accessRequest(someoneElse.id)?.name, "Bo Hansen", "another person's request is left alone")
        let files = FileManager.default.enumerator(atPath: dir.path)!.compactMap { $0 as? String }
        for file in files {
            let data = (try? Data(contentsOf: dir.appendingPathComponent(file))) ?? Data()
            XCTAssertNil(data.range(of: Data("Kirsten Sletmig".utf8)), file)
        }
    }
}
