@testable import FrivilligCore
import XCTest

/// A volunteer's history read from the journal and its archive (`store.json.history`).
final class VolunteerHistoryTests: XCTestCase {
    private var dir: URL!
    private var url: URL { dir.appendingPathComponent("store.json") }

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    private let event = RecognitionEvent(date: Day(year: 2026, month: 6, day: 20)!, kind: .excursion, title: "Sommerudflugt")

    /// Søren added, phone changed, at an event, compacted, emergency contact added; Åse
    /// changed in between, and at an event of her own.
    private func soerenAndAase() throws -> (Store, Volunteer, Volunteer) {
        let store = try Store.open(at: url)
        var soeren = Volunteer(name: "Søren Østergaard", phones: ["+4520123456"])
        var aase = Volunteer(name: "Åse Bæk", phones: ["+4540112233"])
        try store.commit([.putVolunteer(soeren), .putVolunteer(aase)])
        soeren.phones = ["+4520999999"]
        try store.commit([.putVolunteer(soeren)])
        aase.email = "aase@example.dk"
        try store.commit([.putVolunteer(aase)])
        var trip = event
        trip.attendeeIDs = [soeren.id]
        try store.commit([.putEvent(trip)])
        try store.commit([.putEvent(RecognitionEvent(date: Day(year: 2026, month: 7, day: 1)!, kind: .thanks, title: "Kaffe", attendeeIDs: [aase.id]))])
        try store.compact()
        soeren.emergencyContacts = [EmergencyContact(name: "Mette Østergaard", relation: "datter", phone: "+4530123456")]
        try store.commit([.putVolunteer(soeren)])
        return (store, soeren, aase)
    }

    private var expectedSoeren: [HistoryEntry.Kind] {
        [.created, .changed(["phone"]), .attended(title: "Sommerudflugt", date: event.date), .changed(["emergency-contacts"])]
    }

    func testHistoryRunsAcrossTheArchiveAndTheJournalInOrder() throws {
        let (store, soeren, _) = try soerenAndAase()
        let archive = try String(contentsOf: store.files.history, encoding: .utf8)
        XCTAssertEqual(archive.split(separator: "\n").count, 6, "the compaction archived the six change lines")
        let journal = try String(contentsOf: store.files.journal, encoding: .utf8)
        XCTAssertEqual(journal.split(separator: "\n").count, 2, "header and the last change")
        let history = try store.history(ofVolunteer: soeren.id)
        XCTAssertEqual(history.map(\.what), expectedSoeren)
        XCTAssertEqual(history.map(\.at), history.map(\.at).sorted(), "oldest first")
    }

    func testAnotherVolunteersChangesAreNotShown() throws {
        let (store, soeren, aase) = try soerenAndAase()
        XCTAssertEqual(try store.history(ofVolunteer: aase.id).map(\.what),
                       [.created, .changed(["email"]), .attended(title: "Kaffe", date: Day(year: 2026, month: 7, day: 1)!)])
        XCTAssertFalse(try store.history(ofVolunteer: soeren.id).contains { $0.what == .changed(["email"]) })
        XCTAssertEqual(try store.history(ofVolunteer: UUID()), [])
    }

    func testARepeatedArchiveBlockAndArchivedJournalLinesAreShownOnce() throws {
        let (store, soeren, _) = try soerenAndAase()
        // A compaction that stopped after archiving and ran again: the block twice, and
        // the journal's lines archived while the journal is still there.
        let archive = try Data(contentsOf: store.files.history)
        let journal = try String(contentsOf: store.files.journal, encoding: .utf8)
        let journalLines = journal.split(separator: "\n", omittingEmptySubsequences: true).dropFirst().map { $0 + "\n" }.joined()
        try (archive + archive + Data(journalLines.utf8)).write(to: store.files.history)
        XCTAssertEqual(try store.history(ofVolunteer: soeren.id).map(\.what), expectedSoeren)
    }

    func testALineGluedToATornArchiveWriteIsStillRead() throws {
        let (store, soeren, _) = try soerenAndAase()
        let archive = try String(contentsOf: store.files.history, encoding: .utf8)
        let lines = archive.split(separator: "\n").map(String.init)
        // The first attempt died half-way through the first line; the retry wrote all of them.
        let torn = String(lines[0].prefix(40))
        try (torn + archive).write(to: store.files.history, atomically: true, encoding: .utf8)
        XCTAssertEqual(try store.history(ofVolunteer: soeren.id).map(\.what), expectedSoeren)
    }

    func testATornLastJournalLineIsSkippedButADamagedEarlierLineIsNot() throws {
        let (store, soeren, _) = try soerenAndAase()
        let handle = try FileHandle(forWritingTo: store.files.journal)
        handle.seekToEndOfFile()
        handle.write(Data(#"{"at":"2026-11-22T21:04:05Z","change":{"op":"putVolunteer","record":{"id":"\#(soeren.id.uuidString)","na"#.utf8))
        try handle.close()
        XCTAssertEqual(try store.history(ofVolunteer: soeren.id).map(\.what), expectedSoeren)

        var journal = try String(contentsOf: store.files.journal, encoding: .utf8)
        journal += "\n" + #"{"at":"2026-11-22T21:05:00Z","change":{"id":"\#(soeren.id.uuidString)","op":"deleteVolunteer"}}"# + "\n"
        try journal.write(to: store.files.journal, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try store.history(ofVolunteer: soeren.id)) { error in
            guard case StoreError.journalDamaged(_, let line, _)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(line, 3)
        }
    }

    func testAgreementsAndDeletion() throws {
        let store = try Store.open(at: url)
        let v = Volunteer(name: "Søren Østergaard")
        let other = Volunteer(name: "Åse Bæk")
        let agreement = Agreement(volunteerID: v.id)
        let hers = Agreement(volunteerID: other.id)
        try store.commit([.putVolunteer(v), .putVolunteer(other)])
        try store.commit([.putAgreement(agreement), .putAgreement(hers)])
        try store.commit([.deleteAgreement(hers.id)])
        try store.commit([.deleteAgreement(agreement.id)])
        try store.commit([.deleteVolunteer(v.id)])
        XCTAssertEqual(try store.history(ofVolunteer: v.id).map(\.what), [.created, .agreementSaved, .agreementDeleted, .deleted])
    }

    func testAVolunteerOlderThanTheJournalStartsWithAnUnknownChange() throws {
        let store = try Store.open(at: url)
        var v = Volunteer(name: "Søren Østergaard", created: Date(timeIntervalSince1970: 1_700_000_000))
        try store.replace(with: Register(volunteers: [v]))
        v.notes = "kører bil"
        try store.commit([.putVolunteer(v)])
        v.updated = Date().addingTimeInterval(60)
        try store.commit([.putVolunteer(v)])
        XCTAssertEqual(try store.history(ofVolunteer: v.id).map(\.what), [.changed([])], "a save that changed nothing is not shown")
    }

    func testChangedFieldsUseTheFieldKeys() {
        let a = Volunteer(name: "A", created: Date(timeIntervalSince1970: 0))
        var b = a
        b.name = "B"; b.status = .paused; b.statusChanged = Day(year: 2026, month: 1, day: 1); b.workplaceIDs = [UUID()]; b.consent = .legacy(b.statusChanged)
        XCTAssertEqual(VolunteerHistoryReader.changedFields(a, b), ["name", "status", "workplaces", "consent"])
        var c = a
        c.statusChanged = Day(year: 2026, month: 1, day: 1)
        XCTAssertEqual(VolunteerHistoryReader.changedFields(a, c), ["status-changed"])
    }
}
