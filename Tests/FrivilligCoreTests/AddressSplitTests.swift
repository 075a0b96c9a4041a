@testable import FrivilligCore
import XCTest

/// Addresses stored before the postal code and town were fields of their own are split
/// once, as a commit of their own, the first time the store is written to.
final class AddressSplitTests: XCTestCase {
    private var dir: URL!
    private var url: URL { dir.appendingPathComponent("store.json") }

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-split-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    func testOnlyAPlainDanishPostalCodeAndTownAtTheEndAreTakenApart() {
        let parts = { (address: String) in AddressSplit(address).map { [$0.street, $0.postalCode, $0.city] } }
        XCTAssertEqual(parts("Vestergade 12, 8000 Aarhus C"), ["Vestergade 12", "8000", "Aarhus C"])
        XCTAssertEqual(parts("Bakken 2; 1. th., 8900 Randers"), ["Bakken 2; 1. th.", "8900", "Randers"])
        XCTAssertEqual(parts("Østergade 4\n5970 Ærøskøbing"), ["Østergade 4", "5970", "Ærøskøbing"])
        for kept in ["Vestergade 12", ", 8000 Aarhus C", "Vej 1, 80000 By", "Vej 1, 8000", "Vej 1, 8000 12", "Vej 1, DK-8000 Aarhus"] {
            XCTAssertNil(parts(kept), kept)
        }
    }

    func testAnOlderStoreIsSplitInOneCommitOfItsOwnTheFirstTimeItIsWrittenTo() throws {
        let created = Date(timeIntervalSince1970: 1_700_000_000)
        let old = Volunteer(name: "Søren", address: "Østergade 4, 8900 Randers C", created: created)
        let abroad = Volunteer(name: "Åse", address: "Storgatan 1, 211 34 Malmö")
        let done = Volunteer(name: "Karen", address: "Bakken 2, 8000 Aarhus C", postalCode: "8000")
        let bytes = StoreCodec.encode(Register(volunteers: [old, abroad, done]))
        try bytes.write(to: url)

        _ = try Store.open(at: url)
        XCTAssertEqual(try Data(contentsOf: url), bytes, "opening to read writes nothing")

        let store = try Store.open(at: url)
        let staleForm = store.register
        try store.commit([.putContact(Contact(name: "Hanne"))])
        let soeren = try XCTUnwrap(store.register.volunteer(old.id))
        XCTAssertEqual([soeren.address, soeren.postalCode, soeren.city], ["Østergade 4", "8900", "Randers C"])
        XCTAssertEqual(store.register.volunteer(abroad.id)?.address, abroad.address)
        XCTAssertEqual(store.register.volunteer(done.id)?.address, done.address, "a postal code of its own is kept")
        XCTAssertEqual(try store.history(ofVolunteer: old.id).map(\.what), [.changed([])],
                       "shown as a change; what it was before predates the journal")
        XCTAssertEqual(try Store.open(at: url).register, store.register, "the split is in the journal")

        var edited = try XCTUnwrap(staleForm.volunteer(old.id))
        edited.notes = "ring først"
        try store.commit([.putVolunteer(edited)], base: staleForm)
        let saved = try XCTUnwrap(store.register.volunteer(old.id))
        XCTAssertEqual([saved.address, saved.postalCode, saved.notes], ["Østergade 4", "8900", "ring først"],
                       "a form opened before the split does not put the old address back")

        let reopened = try Store.open(at: url)
        try reopened.commit([.putContact(Contact(name: "Lars"))])
        XCTAssertEqual(try reopened.history(ofVolunteer: old.id).map(\.what), [.changed([]), .changed(["notes"])], "split once")
    }
}
