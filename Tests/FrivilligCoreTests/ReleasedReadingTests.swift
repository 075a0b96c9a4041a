import Foundation
@testable import FrivilligCore
import XCTest

/// Large snapshots are read into memory that the reader gives back page by page as it
/// goes. Here every snapshot is read that way, and whatever the file holds, the store
/// must load what JSONDecoder reads, or refuse it as it would.
final class ReleasedReadingTests: XCTestCase {
    private var dir: URL!
    private var url: URL { dir.appendingPathComponent("store.json") }
    private var saved = 0
    private let today = Day(year: 2026, month: 11, day: 23)!

    override func setUpWithError() throws {
        saved = Store.releaseReadPagesFrom
        Store.releaseReadPagesFrom = 0
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-release-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        Store.releaseReadPagesFrom = saved
        try? FileManager.default.removeItem(at: dir)
    }

    private func straight() throws -> Register {
        try StoreCodec.decodeWithFoundation(try Data(contentsOf: url), path: url.path)
    }

    func testALargeStoreLoadsTheSameWithItsJournal() throws {
        let register = DemoGenerator(seed: 9, volunteers: 6_000, today: today).make()
        let store = try Store.open(at: url)
        try store.replace(with: register)
        XCTAssertGreaterThan(try Data(contentsOf: url).count, 2 * PageRelease.step, "several release steps")
        XCTAssertEqual(try Store.open(at: url).register, try straight())
        var changed = register.volunteers[4_000]
        changed.name = "Ændret Navn"
        try store.commit([.putVolunteer(changed), .deleteVolunteer(register.volunteers[10].id)])
        let reopened = try Store.open(at: url).register
        XCTAssertEqual(reopened.volunteers.first { $0.id == changed.id }?.name, "Ændret Navn")
        XCTAssertEqual(reopened.volunteers.count, 5_999)
        XCTAssertEqual(reopened, store.register)
    }

    /// The fast reader gives up near the end (a fraction it leaves to JSONDecoder), after
    /// most pages are given back: the store reads the file again.
    func testAFileTheFastReaderGivesUpOnLateStillLoads() throws {
        try Store.open(at: url).replace(with: DemoGenerator(seed: 10, volunteers: 6_000, today: today).make())
        var text = try String(contentsOf: url, encoding: .utf8)
        let last = try XCTUnwrap(text.range(of: "{\"address\"", options: .backwards))
        text.insert(contentsOf: "\"extra\":1.5,", at: text.index(after: last.lowerBound))
        try Data(text.utf8).write(to: url)
        XCTAssertNil(StoreReader.register(from: Data(text.utf8)), "the fast reader leaves fractions to JSONDecoder")
        XCTAssertEqual(try Store.open(at: url).register, try straight())
    }

    func testABrokenLargeFileIsRefusedWithItsPlaceAndLeftUnchanged() throws {
        try Store.open(at: url).replace(with: DemoGenerator(seed: 11, volunteers: 6_000, today: today).make())
        var bytes = try Data(contentsOf: url)
        let at = bytes.count - 300
        bytes[at] = UInt8(ascii: "\u{01}")
        try bytes.write(to: url)
        XCTAssertThrowsError(try Store.open(at: url)) { error in
            guard case StoreError.malformed(_, let line?, _, _) = error else { return XCTFail("\(error)") }
            XCTAssertGreaterThan(line, 6_000)
        }
        XCTAssertEqual(try Data(contentsOf: url), bytes)
    }
}
