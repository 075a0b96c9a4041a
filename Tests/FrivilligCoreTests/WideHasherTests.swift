import Foundation
@testable import FrivilligCore
import XCTest

final class WideHasherTests: XCTestCase {
    /// A snapshot streamed to disk in chunks must get the fingerprint it would get whole,
    /// or its journal would not be recognised as its own.
    func testAnyChunkingGivesTheWholeHash() {
        var random = SplitMix64(seed: 5)
        for length in [0, 1, 31, 32, 33, 64, 100, 1_000, 65_537] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
            let whole = bytes.withUnsafeBytes(Journal.wideHash)
            for _ in 0..<5 {
                var hasher = WideHasher()
                var at = 0
                while at < bytes.count {
                    let step = min(bytes.count - at, Int.random(in: 1...70, using: &random))
                    hasher.update(Array(bytes[at..<at + step]))
                    at += step
                }
                XCTAssertEqual(hasher.finish(), whole, "length \(length)")
            }
        }
    }

    /// Journals on disk name their snapshot with this value; it must never change.
    func testTheFingerprintOfKnownBytesIsPinned() {
        XCTAssertEqual(Journal.fingerprint(Data("Frivillig\n".utf8)), Journal.fingerprint(Array("Frivillig\n".utf8)))
        XCTAssertEqual(Journal.fingerprint(Data("Frivillig\n".utf8)), "w4:96b6ca271edcb729")
    }
}
