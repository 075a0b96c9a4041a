import Foundation
@testable import FrivilligCore
import XCTest

final class UUIDOrderKeyTests: XCTestCase {
    /// Ties in name order are broken by id; the fast key must order ids as their text does.
    func testOrderKeySortsAsTheUUIDStringDoes() {
        var random = SplitMix64(seed: 11)
        let ids = (0..<2_000).map { _ in
            UUID(uuid: (UInt8.random(in: 0...255, using: &random), UInt8.random(in: 0...255, using: &random), 0xA0, 0x0F, 0, 0, 0, 0,
                        0, 0, 0, 0, 0, 0, 0, UInt8.random(in: 0...255, using: &random)))
        } + (0..<2_000).map { _ in UUID() }
        XCTAssertEqual(ids.sorted { $0.orderKey < $1.orderKey }, ids.sorted { $0.uuidString < $1.uuidString })
    }
}
