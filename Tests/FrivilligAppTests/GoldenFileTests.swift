import TerminalUI
import XCTest

/// The golden file format must give back exactly the screen it was written from, or a
/// recorded golden would fail on its first check; and a file damaged by hand must say
/// what is wrong rather than compare against a guess.
final class GoldenFileTests: XCTestCase {
    func testAScreenReadsBackFromItsText() throws {
        var state = AppFixture.state()
        state.press(.char("!"))
        state.type("山田")
        let screen = state.view()
        XCTAssertEqual(try GoldenFile.buffer(from: GoldenFile.text(of: screen)), screen)
    }

    func testDamagedFilesAreRefusedWithTheReason() {
        let good = GoldenFile.text(of: Buffer(lines: ["ab"], styles: ["r"], legend: ["r": Style(reverse: true)]))
        XCTAssertEqual(good, "2x1\nab\nstyles\nr\nlegend\nr reverse\n")
        let damaged = [
            "2 by 1\nab\nstyles\nr\nlegend\nr reverse\n": "the first line is not the size, e.g. 80x24",
            "2x2\nab\nstyles\nr\nlegend\nr reverse\n": "\"styles\" does not follow 2 rows of text",
            "2x1\nabc\nstyles\nr\nlegend\nr reverse\n": "row 0 is wider than 2 columns",
            "2x1\nab\nstyles\nrx\nlegend\nr reverse\n": "the style letter x in row 0 is not in the legend",
            "2x1\nab\nstyles\nr\nlegend\nr reversed\n": "the legend line \"r reversed\" is not a letter and a style",
        ]
        for (text, reason) in damaged {
            XCTAssertThrowsError(try GoldenFile.buffer(from: text), reason) { error in
                XCTAssertEqual("\(error)", reason)
            }
        }
    }
}
