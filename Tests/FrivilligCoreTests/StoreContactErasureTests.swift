@testable import FrivilligCore
import XCTest

/// Erasing a contact: their record goes from every file of the store folder, every
/// reference to them is cleared with a new revision, and nothing saved from before brings
/// them back.
final class StoreContactErasureTests: XCTestCase {
    private var folder: StoreFolder!

    /// The contact's words as a search of the folder would look for them: the name, the
    /// phone now and before (stored, shown and as eight digits) and the e-mail.
    private let words = ["Hanne Kontaktsen", "+4571727374", "+45 71 72 73 74", "71727374",
                         "+4572737475", "+45 72 73 74 75", "72737475", "hanne@kontaktsen.dk"]

    override func setUpWithError() throws {
        folder = try StoreFolder("erase-contact")
    }

    override func tearDownWithError() throws {
        folder.remove()
    }

    private struct Fixture {
        let store: Store
        let contact: Contact
        let colleague: Contact
        let library: Workplace
        let cafe: Workplace
        let agreement: Agreement
        let ole: Volunteer
        let lis: Volunteer
    }

    /// A store where the contact is in every kind of file: saved, given a new phone,
    /// compacted (history, `.bak`, backups), listed by two workplaces and an agreement,
    /// named in a volunteer's notes and an event's title, another volunteer's emergency
    /// contact, and a change still in the journal.
    private func storeWithTheContact() throws -> Fixture {
        let store = try Store.open(at: folder.store)
        var contact = Contact(name: "Hanne Kontaktsen", organisation: "Biblioteket", role: "leder",
                              phone: "+4572737475", email: "hanne@kontaktsen.dk")
        let colleague = Contact(name: "Jens Kollega", organisation: "Biblioteket", phone: "+4581818181")
        let library = Workplace(name: "Biblioteket", contactIDs: [contact.id, colleague.id], guidelines: "Spørg Hanne Kontaktsen først")
        let cafe = Workplace(name: "Caféen", contactIDs: [contact.id])
        let ole = Volunteer(name: "Ole Andersen", phones: ["+4522334455"], workplaceIDs: [library.id],
                            emergencyContacts: [EmergencyContact(name: "Hanne Kontaktsen", relation: "søster", phone: "+4572737475")],
                            notes: "Aftal vagter med Hanne Kontaktsen på 72737475")
        let lis = Volunteer(name: "Lis Hansen", phones: ["+4540404040"])
        let agreement = Agreement(volunteerID: lis.id, workplaceID: library.id, contactID: contact.id, allowedTasks: "Højtlæsning")
        try store.commit([.putContact(contact), .putContact(colleague), .putWorkplace(library), .putWorkplace(cafe),
                          .putVolunteer(ole), .putVolunteer(lis), .putAgreement(agreement)])
        try store.compact()
        contact = store.register.contact(contact.id)!
        contact.phone = "+4571727374"
        contact.notes = "Træffes bedst om morgenen"
        try store.commit([.putContact(contact)])
        try store.compact()
        try store.commit([.putEvent(RecognitionEvent(date: Day(year: 2026, month: 6, day: 20)!, kind: .thanks,
                                                     title: "Tak til Hanne Kontaktsen", attendeeIDs: [lis.id]))])
        try store.compact()
        var edited = store.register.contact(contact.id)!
        edited.role = "afdelingsleder"
        try store.commit([.putContact(edited)])
        let r = store.register
        return Fixture(store: store, contact: r.contact(contact.id)!, colleague: colleague, library: r.workplace(library.id)!,
                       cafe: r.workplace(cafe.id)!, agreement: r.agreements.first { $0.id == agreement.id }!,
                       ole: r.volunteer(ole.id)!, lis: r.volunteer(lis.id)!)
    }

    func testEraseLeavesNoTraceInAnyFileAndClearsEveryReference() throws {
        let f = try storeWithTheContact()
        let before = try folder.occurrences(of: words)
        for file in ["store.json", "store.json.journal", "store.json.history", "store.json.bak", "store.json.index"] {
            XCTAssertNotNil(before[file], "the contact should be in \(file) before, or the test shows nothing")
        }
        XCTAssertGreaterThan(before.keys.filter { $0.hasPrefix("store.json.backups/") }.count, 0)

        try f.store.erase(f.store.erasure(of: f.contact, relatives: .remove))

        XCTAssertEqual(try folder.occurrences(of: words + ["Træffes bedst"]), [:])
        let after = try Store.open(at: folder.store).register
        XCTAssertNil(after.contact(f.contact.id))
        XCTAssertEqual(after.contact(f.colleague.id)?.name, "Jens Kollega", "another contact stays")
        let library = try XCTUnwrap(after.workplace(f.library.id))
        XCTAssertEqual(library.contactIDs, [f.colleague.id])
        XCTAssertEqual(library.guidelines, "Spørg [slettet] først")
        XCTAssertEqual(after.workplace(f.cafe.id)?.contactIDs, [])
        let agreement = try XCTUnwrap(after.agreements.first { $0.id == f.agreement.id })
        XCTAssertNil(agreement.contactID)
        XCTAssertEqual(agreement.allowedTasks, "Højtlæsning")
        XCTAssertGreaterThan(library.revision, f.library.revision, "a changed record gets a new revision")
        XCTAssertGreaterThan(after.workplace(f.cafe.id)!.revision, f.cafe.revision)
        XCTAssertGreaterThan(agreement.revision, f.agreement.revision)
        XCTAssertEqual(after.volunteer(f.lis.id)?.revision, f.lis.revision, "an untouched record keeps its revision")
        let ole = try XCTUnwrap(after.volunteer(f.ole.id))
        XCTAssertEqual(ole.emergencyContacts, [])
        XCTAssertEqual(ole.notes, "Aftal vagter med [slettet] på [slettet]")
        XCTAssertEqual(after.events.first?.title, "Tak til [slettet]")
        XCTAssertFalse(RegisterCheck.problems(in: after).contains { $0.issue == .missingContact(f.contact.id) },
                       "no reference to the erased contact is left")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.store.appendingPathExtension("erasing").path))
        let log = try String(contentsOf: folder.store.appendingPathExtension("erasures"), encoding: .utf8)
        XCTAssertTrue(log.contains(#""kind":"contact""#) && log.contains(#""records":1"#), log)
        XCTAssertFalse(words.contains(where: log.contains), log)
    }

    /// Kept as Ole's emergency contact, the name and phone stay in Ole's entry; nothing
    /// else of the contact does.
    func testAKeptRelativeEntryKeepsOnlyTheNameAndPhone() throws {
        let f = try storeWithTheContact()
        try f.store.erase(f.store.erasure(of: f.contact, relatives: .keep))
        let after = try Store.open(at: folder.store).register
        XCTAssertEqual(after.volunteer(f.ole.id)?.emergencyContacts.map(\.name), ["Hanne Kontaktsen"])
        XCTAssertNil(after.contact(f.contact.id))
        XCTAssertEqual(try folder.occurrences(of: ["hanne@kontaktsen.dk", "71727374", "Træffes bedst", "Tak til Hanne"]), [:])
    }

    /// Forms left open in another window, on the workplace, the agreement and the contact:
    /// the workplace's and agreement's saves are merged with the erasure (their edits
    /// stay, the contact does not come back); the contact's own is refused, as is one
    /// from an old export.
    func testSavesFromBeforeTheErasureDoNotBringTheContactBack() throws {
        let f = try storeWithTheContact()
        let window = try Store.open(at: folder.store)
        try f.store.erase(f.store.erasure(of: f.contact, relatives: .remove))

        var library = f.library
        library.area = "kultur"
        var agreement = f.agreement
        agreement.expenses = "Kørsel efter regning"
        try window.commit([.putWorkplace(library), .putAgreement(agreement)])
        let after = try Store.open(at: folder.store).register
        XCTAssertEqual(after.workplace(f.library.id)?.area, "kultur")
        XCTAssertEqual(after.workplace(f.library.id)?.contactIDs, [f.colleague.id])
        XCTAssertEqual(after.agreements.first { $0.id == f.agreement.id }?.expenses, "Kørsel efter regning")
        XCTAssertNil(after.agreements.first { $0.id == f.agreement.id }?.contactID)

        var stale = f.contact
        stale.notes = "gemt fra et vindue, der stod åbent"
        XCTAssertThrowsError(try window.commit([.putContact(stale)])) { error in
            guard case RegisterError.conflict(let conflict) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(conflict.wasDeleted)
        }
        var fromOldExport = f.contact
        fromOldExport.revision = 0
        XCTAssertThrowsError(try Store.open(at: folder.store).commit([.putContact(fromOldExport)]))
        XCTAssertEqual(try folder.occurrences(of: words), [:])
    }

    func testAnErasureStoppedHalfWayIsFinishedByTheNextOpen() throws {
        let f = try storeWithTheContact()
        let erasure = f.store.erasure(of: f.contact, relatives: .remove)
        // As a crash right after the intent was written leaves it.
        try JSONEncoder().encode(RemovalIntent.eraseContact(erasure)).write(to: folder.store.appendingPathExtension("erasing"))
        let reopened = try Store.open(at: folder.store)
        XCTAssertNil(reopened.register.contact(f.contact.id))
        XCTAssertEqual(reopened.register.workplace(f.cafe.id)?.contactIDs, [])
        XCTAssertEqual(try folder.occurrences(of: words), [:])
    }

    /// The preview names each place: the workplaces and agreements referring to the
    /// contact, the relative entry, the other records' text, and every file.
    func testThePreviewNamesEveryPlace() throws {
        let f = try storeWithTheContact()
        let preview = f.store.preview(f.store.erasure(of: f.contact, relatives: .keep))
        XCTAssertEqual(preview.contactOf.sorted(), ["Biblioteket", "Caféen"])
        XCTAssertEqual(preview.contactOnAgreements, 1)
        XCTAssertEqual(preview.relativeOf, ["Ole Andersen"])
        XCTAssertEqual(preview.mentionedIn, 2, "the library's guidelines and the event's title")
        XCTAssertEqual(preview.journalLines, 1)
        XCTAssertGreaterThan(preview.historyLines, 0)
        XCTAssertEqual([preview.backups, preview.backupsTotal], [2, 3], "every backup but the first, of the empty register")
        XCTAssertTrue(preview.inBak)
        XCTAssertTrue(preview.inIndex)
    }
}
