// Golden screens of the volunteer list and the overview at 60×15, 100×30 and 200×50, from
// ReasonFixture: a narrow window leaves out the least important columns, a wide one
// shows more of them. Re-record as GoldenScreenTests says.

import FrivilligApp
import TerminalUI
import XCTest

final class SizeGoldenScreenTests: XCTestCase {
    private static let sizes = [(60, 15), (100, 30), (200, 50)]

    private func assertSizes(_ name: String, after keys: Key..., file: StaticString = #filePath, line: UInt = #line) {
        for (width, height) in Self.sizes {
            var state = ReasonFixture.state(width: width, height: height)
            for key in keys { state.press(key) }
            assertGolden(state.view(), named: "\(name)-\(width)x\(height)", file: file, line: line)
        }
    }

    func testTheOverviewAtEverySize() { assertSizes("size-overview") }
    func testTheVolunteerListAtEverySize() { assertSizes("size-volunteers", after: .char("2")) }
    func testTheAgreementsBehindAnOverviewLineAtEverySize() { assertSizes("size-unsigned", after: .enter) }
}
