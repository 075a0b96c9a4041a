import FrivilligExchange
import XCTest

final class ContentLineTests: XCTestCase {
    func testEscapesTheFourSpecialCharacters() {
        XCTAssertEqual(ContentLine.escape("a,b;c\\d\r\ne\nf\rg"), "a\\,b\\;c\\\\d\\ne\\nf\\ng")
    }

    func testFoldsAt75OctetsWithoutSplittingUTF8() {
        let line = "NOTE:" + String(repeating: "ø", count: 100)
        let folded = ContentLine.fold(line)
        XCTAssertTrue(folded.hasSuffix("\r\n"))
        // "\r\n" is one Character in Swift, so drop the final one by splitting, not by count.
        let physical = folded.components(separatedBy: "\r\n").dropLast()
        XCTAssertGreaterThan(physical.count, 2)
        for part in physical {
            XCTAssertLessThanOrEqual(part.utf8.count, 75, part)
        }
        XCTAssertEqual(physical.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined(), line)
    }

    func testShortLinesAreOnlyTerminated() {
        XCTAssertEqual(ContentLine.fold("VERSION:3.0"), "VERSION:3.0\r\n")
    }
}
