@testable import FrivilligCore
import XCTest

/// Erasing a bare emergency contact (a relative with no record of their own): their entry
/// goes from every volunteer who lists them, in every version any file holds, and their
/// name and phones from every record's text; nothing saved from before brings them back.
final class StoreRelativeErasureTests: XCTestCase {
    private var folder: StoreFolder!

    /// The relative's words: the name as each volunteer wrote it, the phone now and before,
    /// each as stored, as typed, shown and as eight digits.
    private let words = ["Bo Pårørende", "bo pårørende", "+4531313131", "31 31 31 31", "+45 31 31 31 31", "31313131",
                         "+4532323232", "+45 32 32 32 32", "32323232"]

    override func setUpWithError() throws {
        folder = try StoreFolder("erase-relative")
    }

    override func tearDownWithError() throws {
        folder.remove()
    }

    /// Kirsten lists Bo (first with an older phone), Ole lists him too, in lower case and
    /// with the phone as typed; Kirsten's notes and an event's title name him. Saved,
    /// compacted three times (history, `.bak`, backups), and a change still in the journal.
    private func storeWithTheRelative() throws -> (Store, kirsten: Volunteer, ole: Volunteer, lis: Volunteer) {
        let store = try Store.open(at: folder.store)
        var kirsten = Volunteer(name: "Kirsten Holm", phones: ["+4521436587"],
                                emergencyContacts: [EmergencyContact(name: "Bo Pårørende", relation: "ægtefælle", phone: "+4532323232"),
                                                    EmergencyContact(name: "Ida Holm", relation: "datter", phone: "+4551515151")])
        let ole = Volunteer(name: "Ole Andersen", phones: ["+4522334455"],
                            emergencyContacts: [EmergencyContact(name: "bo pårørende", relation: "nabo", phone: "31 31 31 31")])
        let lis = Volunteer(name: "Lis Hansen", phones: ["+4540404040"], notes: "Kører med Kirsten")
        try store.commit([.putVolunteer(kirsten), .putVolunteer(ole), .putVolunteer(lis)])
        try store.compact()
        kirsten = store.register.volunteer(kirsten.id)!
        kirsten.emergencyContacts[0].phone = "+4531313131"
        kirsten.notes = "Bo Pårørende henter hende om torsdagen"
        try store.commit([.putVolunteer(kirsten)])
        try store.compact()
        try store.commit([.putEvent(RecognitionEvent(date: Day(year: 2026, month: 6, day: 20)!, kind: .thanks,
                                                     title: "Tak til Bo Pårørende", attendeeIDs: [kirsten.id]))])
        try store.compact()
        var edited = store.register.volunteer(ole.id)!
        edited.skills = ["kørsel"]
        try store.commit([.putVolunteer(edited)])
        let r = store.register
        return (store, r.volunteer(kirsten.id)!, r.volunteer(ole.id)!, r.volunteer(lis.id)!)
    }

    func testEraseLeavesNoTraceInAnyFile() throws {
        let (store, kirsten, ole, lis) = try storeWithTheRelative()
        let before = try folder.occurrences(of: words)
        for file in ["store.json", "store.json.journal", "store.json.history", "store.json.bak", "store.json.index"] {
            XCTAssertNotNil(before[file], "the relative should be in \(file) before, or the test shows nothing")
        }
        XCTAssertEqual(before["store.json.history"]?.contains("32323232"), true, "the older phone is in the history")

        let erasure = store.erasure(ofRelative: kirsten.emergencyContacts[0])
        XCTAssertEqual(erasure.listedBy, [kirsten.id, ole.id])
        try store.erase(erasure)

        XCTAssertEqual(try folder.occurrences(of: words + ["ægtefælle"]), [:])
        let reopened = try Store.open(at: folder.store)
        let after = reopened.register
        XCTAssertEqual(after.volunteer(kirsten.id)?.emergencyContacts.map(\.name), ["Ida Holm"], "another relative stays")
        XCTAssertEqual(after.volunteer(ole.id)?.emergencyContacts, [])
        XCTAssertEqual(after.volunteer(ole.id)?.skills, ["kørsel"])
        XCTAssertEqual(after.volunteer(kirsten.id)?.notes, "[slettet] henter hende om torsdagen")
        XCTAssertEqual(after.events.first?.title, "Tak til [slettet]")
        XCTAssertGreaterThan(after.volunteer(kirsten.id)!.revision, kirsten.revision, "a changed record gets a new revision")
        XCTAssertGreaterThan(after.volunteer(ole.id)!.revision, ole.revision)
        XCTAssertEqual(after.volunteer(lis.id)?.revision, lis.revision, "an untouched record keeps its revision")
        XCTAssertFalse(try reopened.history(ofVolunteer: kirsten.id).isEmpty, "the volunteers' history still reads")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.store.appendingPathExtension("erasing").path))
        let log = try String(contentsOf: folder.store.appendingPathExtension("erasures"), encoding: .utf8)
        XCTAssertTrue(log.contains(#""kind":"emergency-contact""#) && log.contains(#""records":2"#) && log.contains(#""ids":[]"#), log)
        XCTAssertFalse(words.contains(where: log.contains), log)
    }

    /// A form on Kirsten left open in another window is merged with the erasure: its edit
    /// stays, the relative does not come back.
    func testASaveFromBeforeTheErasureDoesNotBringTheRelativeBack() throws {
        let (store, kirsten, _, _) = try storeWithTheRelative()
        let window = try Store.open(at: folder.store)
        try store.erase(store.erasure(ofRelative: kirsten.emergencyContacts[0]))
        var stale = kirsten
        stale.skills = ["højtlæsning"]
        try window.commit([.putVolunteer(stale)])
        let after = try Store.open(at: folder.store).register.volunteer(kirsten.id)
        XCTAssertEqual(after?.skills, ["højtlæsning"])
        XCTAssertEqual(after?.emergencyContacts.map(\.name), ["Ida Holm"])
        XCTAssertEqual(try folder.occurrences(of: words), [:])
    }

    /// A namesake listed by another volunteer with another phone is someone else, and
    /// stays; so does a volunteer's own phone that equals the relative's (a shared landline).
    func testANamesakeWithAnotherPhoneAndAVolunteersOwnPhoneStay() throws {
        let (store, kirsten, _, _) = try storeWithTheRelative()
        let namesake = Volunteer(name: "Per Jensen", emergencyContacts: [EmergencyContact(name: "Bo Pårørende", phone: "+4560606060")])
        let landline = Volunteer(name: "Gitte Holm", phones: ["+4531313131"])
        try store.commit([.putVolunteer(namesake), .putVolunteer(landline)])
        try store.erase(store.erasure(ofRelative: kirsten.emergencyContacts[0]))
        let after = try Store.open(at: folder.store).register
        XCTAssertEqual(after.volunteer(namesake.id)?.emergencyContacts.map(\.phone), ["+4560606060"])
        XCTAssertEqual(after.volunteer(landline.id)?.phones, ["+4531313131"])
        XCTAssertEqual(after.volunteer(kirsten.id)?.emergencyContacts.map(\.name), ["Ida Holm"])
    }

    func testAnErasureStoppedHalfWayIsFinishedByTheNextOpen() throws {
        let (store, kirsten, ole, _) = try storeWithTheRelative()
        let erasure = store.erasure(ofRelative: kirsten.emergencyContacts[0])
        // As a crash right after the intent was written leaves it.
        try JSONEncoder().encode(RemovalIntent.eraseRelative(erasure)).write(to: folder.store.appendingPathExtension("erasing"))
        let reopened = try Store.open(at: folder.store)
        XCTAssertEqual(reopened.register.volunteer(ole.id)?.emergencyContacts, [])
        XCTAssertEqual(try folder.occurrences(of: words), [:])
    }

    /// Two relatives erased are two lines of the log; the same erasure finished again
    /// after a crash (the log written, the intent not yet removed) is one.
    func testEachErasureIsLoggedOnce() throws {
        let (store, kirsten, _, _) = try storeWithTheRelative()
        let bo = store.erasure(ofRelative: kirsten.emergencyContacts[0])
        try store.erase(bo)
        try JSONEncoder().encode(RemovalIntent.eraseRelative(bo)).write(to: folder.store.appendingPathExtension("erasing"))
        let reopened = try Store.open(at: folder.store)
        try reopened.erase(reopened.erasure(ofRelative: reopened.register.volunteer(kirsten.id)!.emergencyContacts[0]))
        let log = try String(contentsOf: folder.store.appendingPathExtension("erasures"), encoding: .utf8)
        XCTAssertEqual(log.split(separator: "\n").count, 2, log)
        XCTAssertEqual(try folder.occurrences(of: ["Ida Holm", "51515151"]), [:])
    }

    /// The preview names each place: the volunteers listing the relative, the other
    /// records' text, and every file.
    func testThePreviewNamesEveryPlace() throws {
        let (store, kirsten, _, _) = try storeWithTheRelative()
        let preview = store.preview(store.erasure(ofRelative: kirsten.emergencyContacts[0]))
        XCTAssertEqual(preview.relativeOf.sorted(), ["Kirsten Holm", "Ole Andersen"])
        XCTAssertEqual(preview.mentionedIn, 1, "the event's title (Kirsten's notes are on a volunteer listing him)")
        XCTAssertEqual(preview.journalLines, 1)
        XCTAssertGreaterThan(preview.historyLines, 0)
        XCTAssertEqual([preview.backups, preview.backupsTotal], [2, 3], "every backup but the first, of the empty register")
        XCTAssertTrue(preview.inBak)
        XCTAssertTrue(preview.inIndex)
    }
}
