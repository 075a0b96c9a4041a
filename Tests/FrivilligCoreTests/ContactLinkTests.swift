import Foundation
@testable import FrivilligCore
import XCTest

/// `Contact.unlinkedSince`, kept by the store: set by the save that leaves a contact
/// linked to nothing, cleared by the one that links it again, whoever saves.
final class ContactLinkTests: XCTestCase {
    private var dir: URL!
    private var url: URL { dir.appendingPathComponent("store.json") }

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-links-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    private func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    private func journalLines() throws -> Int {
        try String(contentsOf: dir.appendingPathComponent("store.json.journal"), encoding: .utf8)
            .split(separator: "\n").count - 1
    }

    func testTheSaveThatUnlinksAContactDatesItAndTheOneThatLinksItClearsIt() throws {
        let store = try Store.open(at: url)
        let hanne = Contact(name: "Hanne Kjær")
        var place = Workplace(name: "Solgården")
        try store.commit([.putContact(hanne), .putWorkplace(place)], today: day(2026, 1, 5))
        XCTAssertEqual(store.register.contact(hanne.id)?.unlinkedSince, day(2026, 1, 5), "added linked to nothing")
        place = store.register.workplaces[0]
        place.contactIDs = [hanne.id]
        try store.commit([.putWorkplace(place)], today: day(2026, 2, 1))
        XCTAssertNil(store.register.contact(hanne.id)?.unlinkedSince)
        XCTAssertEqual(store.register.contact(hanne.id)?.revision, 2, "the contact gets a save of its own")
        place = store.register.workplaces[0]
        place.contactIDs = []
        try store.commit([.putWorkplace(place)], today: day(2026, 3, 3))
        XCTAssertEqual(store.register.contact(hanne.id)?.unlinkedSince, day(2026, 3, 3))
        var edited = store.register.contact(hanne.id)!
        edited.role = "Leder"
        edited.unlinkedSince = nil
        try store.commit([.putContact(edited)], today: day(2026, 4, 4))
        XCTAssertEqual(store.register.contact(hanne.id)?.unlinkedSince, day(2026, 3, 3), "an edit of the contact keeps the day")
        XCTAssertEqual(try Store.open(at: url).register, store.register, "the journal holds what was kept")
    }

    func testAVolunteerDeletedWithTheirAgreementLeavesItsContactLinkedToNothing() throws {
        let store = try Store.open(at: url)
        let hanne = Contact(name: "Hanne Kjær")
        let bo = Volunteer(name: "Bo")
        try store.commit([.putContact(hanne), .putVolunteer(bo), .putAgreement(Agreement(volunteerID: bo.id, contactID: hanne.id))],
                         today: day(2026, 1, 5))
        XCTAssertNil(store.register.contact(hanne.id)?.unlinkedSince)
        try store.commit([.deleteVolunteer(bo.id)], today: day(2026, 6, 1))
        XCTAssertEqual(store.register.contact(hanne.id)?.unlinkedSince, day(2026, 6, 1))
    }

    /// An association's contact is linked by the volunteers who are its members.
    func testTheLastMemberLeavingAnAssociationDatesItsContact() throws {
        let store = try Store.open(at: url)
        let chair = Contact(name: "Lis Holm", kind: .association, organisation: "Ældre Sagen")
        var bo = Volunteer(name: "Bo", membership: Membership(kind: .association, name: "Ældre Sagen"))
        try store.commit([.putContact(chair), .putVolunteer(bo)], today: day(2026, 1, 5))
        XCTAssertNil(store.register.contact(chair.id)?.unlinkedSince)
        bo = store.register.volunteers[0]
        bo.membership = Membership()
        try store.commit([.putVolunteer(bo)], today: day(2026, 2, 2))
        XCTAssertEqual(store.register.contact(chair.id)?.unlinkedSince, day(2026, 2, 2))
    }

    /// An ordinary save of a volunteer does not look at contacts, and writes one line;
    /// the first save of a contact dates the ones a store from before the field holds.
    func testAVolunteersSaveLeavesContactsAloneAndAContactsSaveDatesThemAll() throws {
        let store = try Store.open(at: url)
        let old = [Contact(name: "Hanne Kjær"), Contact(name: "Ole Dam")]
        try store.replace(with: Register(contacts: old))
        try store.commit([.putVolunteer(Volunteer(name: "Bo"))], today: day(2026, 1, 6))
        XCTAssertEqual(try journalLines(), 1)
        XCTAssertEqual(store.register.contacts.map(\.unlinkedSince), [nil, nil])
        var hanne = store.register.contacts[0]
        hanne.role = "Leder"
        try store.commit([.putContact(hanne)], today: day(2026, 2, 7))
        XCTAssertEqual(store.register.contacts.map(\.unlinkedSince), [day(2026, 2, 7), day(2026, 2, 7)])
        XCTAssertEqual(try journalLines(), 3, "Ole's date is a save of his own")
    }
}
