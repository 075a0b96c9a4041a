@testable import FrivilligCore
import XCTest

/// An older store's free-text association names become association records: in memory
/// for a reader, on disk at the first save, under the lock, in that save's append.
final class AssociationConversionTests: XCTestCase {
    private var folder: StoreFolder!

    override func setUpWithError() throws {
        folder = try StoreFolder("associations")
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/memberships-2026-12.json")
        try FileManager.default.copyItem(at: fixture, to: folder.store)
    }

    override func tearDown() {
        folder.remove()
    }

    private let soeren = UUID(uuidString: "A0000000-0000-4000-8000-000000000001")!
    private let karen = UUID(uuidString: "A0000000-0000-4000-8000-000000000002")!
    private let ib = UUID(uuidString: "A0000000-0000-4000-8000-000000000003")!
    private let aase = UUID(uuidString: "A0000000-0000-4000-8000-000000000004")!
    private let hanne = UUID(uuidString: "C0000000-0000-4000-8000-000000000001")!
    private let bo = UUID(uuidString: "C0000000-0000-4000-8000-000000000002")!

    func testAStoreFromTodaysFormatLoadsWithItsMembershipNamesAsAssociations() throws {
        let before = try Data(contentsOf: folder.store)
        let store = try Store.open(at: folder.store)
        XCTAssertEqual(try Data(contentsOf: folder.store), before, "a reader converts in memory only")
        let r = store.register
        XCTAssertEqual(r.associations.map(\.name).sorted(), ["Besøgsvennerne Nord", "DGI Randers", "Ældre Sagen"],
                       "case, spacing, hyphens and æ typed as ae are one name; the most used spelling names it")
        let aeldre = try XCTUnwrap(r.associations.first { $0.name == "Ældre Sagen" })
        XCTAssertEqual(aeldre.id, AssociationName("ældre sagen").recordID)
        XCTAssertEqual(aeldre.kind, .association)
        XCTAssertEqual(aeldre.contactIDs, [hanne], "an association contact of the same organisation; staff are not")
        XCTAssertEqual(r.associations.first { $0.name == "DGI Randers" }?.contactIDs, [bo], "a contact's organisation alone makes a record")
        XCTAssertEqual(r.associations.first { $0.name == "Besøgsvennerne Nord" }?.kind, .network)
        for id in [soeren, karen, ib] { XCTAssertEqual(r.volunteer(id)?.membership.associationID, aeldre.id) }
        XCTAssertEqual(r.volunteer(karen)?.membership.name, " ældre  sagen", "the text as written is kept")
    }

    func testTheFirstSaveStoresTheConversionAndTwoProgramsAgreeOnTheIds() throws {
        let first = try Store.open(at: folder.store)
        let second = try Store.open(at: folder.store)
        try first.commit([.putContact(Contact(name: "Lone"))])
        let reread = try Store.open(at: folder.store)
        XCTAssertEqual(reread.register.associations.count, 3)
        XCTAssertTrue(reread.unsavedConversion.isEmpty, "nothing is left to convert once saved")
        XCTAssertEqual(reread.register.volunteer(aase)?.membership.associationID, AssociationName("Besøgsvennerne Nord").recordID)

        try second.commit([.putContact(Contact(name: "Per"))])
        let after = try Store.open(at: folder.store)
        XCTAssertEqual(after.register.associations.count, 3, "the second program's conversion lands on the same records")
        XCTAssertEqual(Set(after.register.associations.map(\.id)), Set(reread.register.associations.map(\.id)))
    }

    func testAMembershipTypedInASaveGetsItsRecordInTheSameSave() throws {
        let store = try Store.open(at: folder.store)
        let new = Volunteer(name: "Nina", membership: Membership(kind: .association, name: "Røde Kors"))
        try store.commit([.putVolunteer(new)])
        let reread = try Store.open(at: folder.store)
        let id = AssociationName("Røde Kors").recordID
        XCTAssertEqual(reread.register.association(id)?.name, "Røde Kors")
        XCTAssertEqual(reread.register.volunteer(new.id)?.membership.associationID, id)
    }

    func testAnAssociationWithMembersCannotBeDeletedSoItsNameCannotMakeItAgain() throws {
        let store = try Store.open(at: folder.store)
        let id = AssociationName("ældre sagen").recordID
        XCTAssertThrowsError(try store.commit([.deleteAssociation(id)])) { error in
            guard case RegisterError.stillReferenced(let refs) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(Set(refs), [.volunteer(soeren, name: "Søren Østergaard"), .volunteer(karen, name: "Karen Bak"),
                                       .volunteer(ib, name: "Ib Dahl")])
        }
        let besoeg = AssociationName("Besøgsvennerne Nord").recordID
        var friis = try XCTUnwrap(store.register.volunteer(aase))
        friis.membership = .individual
        try store.commit([.putVolunteer(friis)])
        try store.commit([.deleteAssociation(besoeg)])
        XCTAssertNil(try Store.open(at: folder.store).register.association(besoeg))
    }
}
