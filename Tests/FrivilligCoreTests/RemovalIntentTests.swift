@testable import FrivilligCore
import XCTest

/// `store.json.erasing` as the version before contact and relative erasure wrote it is
/// still finished by the next open: an erasure stopped by a crash before an upgrade is
/// not left half-done after it.
final class RemovalIntentTests: XCTestCase {
    /// Written by `JSONEncoder().encode(RemovalIntent.erase(…))` at commit 0a67c82.
    private let erasing = #"{"erase":{"_0":{"relatives":"remove","agreementIDs":["0B7E3C1D-2A4F-4E6B-8D9C-1F2E3D4C5B6A"],"person":{"phones":["+4521436587"],"name":"Kirsten Sletmig","words":["+45 21 43 65 87","+4521436587","21436587","Kirsten Sletmig","kirsten@sletmig.dk"]},"volunteerID":"6F1C2A52-3B0D-4B8E-9C55-0D7A1E2B3C4D"}}}"#
    /// Written by `JSONEncoder().encode(RemovalIntent.anonymise(…))` at commit 0a67c82.
    private let anonymising = #"{"anonymise":{"_0":{"person":{"name":"Kirsten Sletmig","phones":["+4521436587"],"words":["+45 21 43 65 87","+4521436587","21436587","Kirsten Sletmig","kirsten@sletmig.dk"]},"volunteerID":"6F1C2A52-3B0D-4B8E-9C55-0D7A1E2B3C4D","label":"Anonym frivillig 2026-001","agreementIDs":[]}}}"#

    private func storeWithKirsten(intent: String) throws -> (StoreFolder, Volunteer) {
        let folder = try StoreFolder("intent")
        let store = try Store.open(at: folder.store)
        let kirsten = Volunteer(id: UUID(uuidString: "6F1C2A52-3B0D-4B8E-9C55-0D7A1E2B3C4D")!, name: "Kirsten Sletmig",
                                phones: ["+4521436587"], email: "kirsten@sletmig.dk")
        try store.commit([.putVolunteer(kirsten), .putVolunteer(Volunteer(name: "Ole Andersen"))])
        try store.compact()
        try Data(intent.utf8).write(to: folder.store.appendingPathExtension("erasing"))
        return (folder, kirsten)
    }

    func testAnEarlierVersionsErasureIsFinished() throws {
        let (folder, kirsten) = try storeWithKirsten(intent: erasing)
        defer { folder.remove() }
        let reopened = try Store.open(at: folder.store)
        XCTAssertEqual(reopened.notices, [])
        XCTAssertNil(reopened.register.volunteer(kirsten.id))
        XCTAssertEqual(reopened.register.volunteers.map(\.name), ["Ole Andersen"])
        XCTAssertEqual(try folder.occurrences(of: ["Kirsten Sletmig", "21436587", "kirsten@sletmig.dk"]), [:])
    }

    func testAnEarlierVersionsAnonymisationIsFinished() throws {
        let (folder, kirsten) = try storeWithKirsten(intent: anonymising)
        defer { folder.remove() }
        let reopened = try Store.open(at: folder.store)
        XCTAssertEqual(reopened.register.volunteer(kirsten.id)?.name, "Anonym frivillig 2026-001")
        XCTAssertEqual(try folder.occurrences(of: ["Kirsten Sletmig", "21436587", "kirsten@sletmig.dk"]), [:])
    }
}
