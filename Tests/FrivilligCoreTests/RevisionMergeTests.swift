import FrivilligCore
import Foundation
import XCTest

/// Two writers saving the same record: the store merges what each changed, stops on the
/// same field changed twice, and lets no save bring back a deleted record.
final class RevisionMergeTests: XCTestCase {
    private var dir: URL!
    private var url: URL { dir.appendingPathComponent("store.json") }

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-merge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    /// Søren saved once; two stores open on him, as a form and a command would be.
    private func twoWriters() throws -> (form: Store, cli: Store, soeren: Volunteer) {
        let form = try Store.open(at: url)
        try form.commit([.putVolunteer(Volunteer(name: "Søren Østergaard", email: "soeren@gammel.dk"))])
        let soeren = form.register.volunteers[0]
        return (form, try Store.open(at: url), soeren)
    }

    func testEachSaveKeepsTheFieldsTheOtherDidNotTouch() throws {
        let (form, cli, opened) = try twoWriters()
        XCTAssertEqual(opened.revision, 1)
        var fromCLI = try XCTUnwrap(cli.register.volunteers.first)
        fromCLI.email = "soeren@ny.dk"
        try cli.commit([.putVolunteer(fromCLI)])
        var fromForm = opened
        fromForm.notes = "Kører bus"
        try form.commit([.putVolunteer(fromForm)], base: Register(volunteers: [opened]))
        let saved = try XCTUnwrap(try Store.open(at: url).register.volunteers.first)
        XCTAssertEqual(saved.email, "soeren@ny.dk")
        XCTAssertEqual(saved.notes, "Kører bus")
        XCTAssertEqual(saved.revision, 3)
    }

    func testTheSameFieldChangedTwiceStopsTheSaveAndNamesTheField() throws {
        let (form, cli, opened) = try twoWriters()
        var fromCLI = try XCTUnwrap(cli.register.volunteers.first)
        fromCLI.email = "cli@example.dk"
        try cli.commit([.putVolunteer(fromCLI)])
        let journal = try Data(contentsOf: url.appendingPathExtension("journal"))
        var fromForm = opened
        fromForm.email = "form@example.dk"
        fromForm.notes = "Kører bus"
        var conflict: RevisionConflict?
        XCTAssertThrowsError(try form.commit([.putVolunteer(fromForm)], base: Register(volunteers: [opened]))) { error in
            guard case RegisterError.conflict(let c) = error else { return XCTFail("\(error)") }
            conflict = c
        }
        XCTAssertEqual(try Data(contentsOf: url.appendingPathExtension("journal")), journal, "nothing is written")
        XCTAssertEqual(conflict?.fields, [.init(key: "email", mine: #""form@example.dk""#, theirs: #""cli@example.dk""#)])
        guard case .putVolunteer(let mine)? = conflict?.keepingMine, case .putVolunteer(let theirs)? = conflict?.keepingTheirs else {
            return XCTFail("both ways out are saves")
        }
        XCTAssertEqual([mine.email, mine.notes], ["form@example.dk", "Kører bus"])
        XCTAssertEqual([theirs.email, theirs.notes], ["cli@example.dk", "Kører bus"], "the other field is merged either way")
        try form.commit([.putVolunteer(theirs)])
        XCTAssertEqual(try Store.open(at: url).register.volunteers.first?.email, "cli@example.dk")
    }

    func testASaveFromBeforeADeleteDoesNotBringTheRecordBack() throws {
        let (form, cli, opened) = try twoWriters()
        try cli.commit([.deleteVolunteer(opened.id)])
        var fromForm = opened
        fromForm.notes = "Kører bus"
        XCTAssertThrowsError(try form.commit([.putVolunteer(fromForm)], base: Register(volunteers: [opened]))) { error in
            guard case RegisterError.conflict(let conflict) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(conflict.wasDeleted)
        }
        XCTAssertTrue(try Store.open(at: url).register.volunteers.isEmpty)
    }

    func testAWriterSavingItsOwnRecordAgainFromAnOlderCopyIsNotAConflict() throws {
        let store = try Store.open(at: url)
        var v = Volunteer(name: "Bo")
        try store.commit([.putVolunteer(v)])
        v.notes = "anden gang"
        try store.commit([.putVolunteer(v)])
        XCTAssertEqual(try Store.open(at: url).register.volunteers.first?.notes, "anden gang")
    }
}

/// The cases where the revision alone would mislead: a writer's old copy with someone
/// else's save in between, and revisions that went down with a restore.
final class RevisionMergeEdgeTests: XCTestCase {
    private var dir: URL!
    private var url: URL { dir.appendingPathComponent("store.json") }

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-merge-edge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    /// Without the version the old copy was made from, nothing Q saved may be undone on
    /// a guess: the save stops and names the fields.
    func testAnOldCopyOfTheWritersOwnWithAnotherSaveInBetweenIsNotTakenWhole() throws {
        let p = try Store.open(at: url)
        var old = Volunteer(name: "Bo", email: "bo@gammel.dk")
        try p.commit([.putVolunteer(old)])
        var fromQ = try XCTUnwrap(try Store.open(at: url).register.volunteers.first)
        fromQ.email = "bo@ny.dk"
        try Store.open(at: url).commit([.putVolunteer(fromQ)])
        var current = try XCTUnwrap(try Store.open(at: url).register.volunteers.first)
        current.notes = "P's second save"
        try p.commit([.putVolunteer(current)])
        old.phones = ["+4520123456"]
        XCTAssertThrowsError(try p.commit([.putVolunteer(old)])) { error in
            guard case RegisterError.conflict(let conflict) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(conflict.fields.map(\.key).contains("email"), "\(conflict.fields)")
        }
        XCTAssertEqual(try Store.open(at: url).register.volunteers.first?.email, "bo@ny.dk", "Q's e-mail stays")
    }

    /// A copy of revision 1 saved after someone else saved revision 2, with no base
    /// given: the journal still holds revision 1, so the merge is three-way, and only the
    /// field the copy changed is taken.
    func testAnOldRevisionIsMergedAgainstTheVersionTheJournalKept() throws {
        let store = try Store.open(at: url)
        try store.commit([.putVolunteer(Volunteer(name: "Bo", email: "bo@gammel.dk"))])
        let copy = try XCTUnwrap(try Store.open(at: url).register.volunteers.first)
        var fromQ = copy
        fromQ.email = "bo@ny.dk"
        try Store.open(at: url).commit([.putVolunteer(fromQ)])
        var fromCopy = copy
        fromCopy.phones = ["+4520123456"]
        try Store.open(at: url).commit([.putVolunteer(fromCopy)])
        let saved = try XCTUnwrap(try Store.open(at: url).register.volunteers.first)
        XCTAssertEqual(saved.email, "bo@ny.dk")
        XCTAssertEqual(saved.phones, ["+4520123456"])
    }

    func testAFormOpenedBeforeARestoreDoesNotUndoTheRestore() throws {
        let store = try Store.open(at: url)
        try store.commit([.putVolunteer(Volunteer(name: "Bo", email: "bo@rigtig.dk"))])
        try store.compact()
        var bad = try XCTUnwrap(store.register.volunteers.first)
        bad.email = "bo@forkert.dk"
        try store.commit([.putVolunteer(bad)])
        try store.compact()
        let opened = try XCTUnwrap(store.register.volunteers.first)
        try store.restore(try XCTUnwrap(store.backups().first { try! StoreCodec.decode(Data(contentsOf: $0.url), path: "").volunteers.first?.email == "bo@rigtig.dk" }))
        var fromForm = opened
        fromForm.notes = "kun noter"
        try Store.open(at: url).commit([.putVolunteer(fromForm)], base: Register(volunteers: [opened]))
        let saved = try XCTUnwrap(try Store.open(at: url).register.volunteers.first)
        XCTAssertEqual(saved.email, "bo@rigtig.dk", "the restored e-mail stays")
        XCTAssertEqual(saved.notes, "kun noter")
    }
}
