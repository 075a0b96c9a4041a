import TerminalUI
import XCTest

final class RectTests: XCTestCase {
    private let screen = Rect(x: 0, y: 0, width: 80, height: 24)

    func testTitleBarAndStatusBarSplitOffTheScreen() {
        let (title, rest) = screen.splitTop(1)
        let (status, body) = rest.splitBottom(1)
        XCTAssertEqual(title, Rect(x: 0, y: 0, width: 80, height: 1))
        XCTAssertEqual(status, Rect(x: 0, y: 23, width: 80, height: 1))
        XCTAssertEqual(body, Rect(x: 0, y: 1, width: 80, height: 22))
    }

    func testSplitLeftGivesListAndDetailPanes() {
        let (list, detail) = screen.splitLeft(30)
        XCTAssertEqual(list, Rect(x: 0, y: 0, width: 30, height: 24))
        XCTAssertEqual(detail, Rect(x: 30, y: 0, width: 50, height: 24))
    }

    func testSplittingMoreThanThereIsLeavesAnEmptyRest() {
        let (top, rest) = Rect(x: 0, y: 0, width: 10, height: 2).splitTop(5)
        XCTAssertEqual(top.height, 2)
        XCTAssertTrue(rest.isEmpty)
    }

    func testDialogIsCenteredAndClipped() {
        XCTAssertEqual(screen.centered(width: 40, height: 10), Rect(x: 20, y: 7, width: 40, height: 10))
        XCTAssertEqual(screen.centered(width: 100, height: 30), screen)
    }

    func testInsetNeverGoesNegative() {
        XCTAssertEqual(screen.inset(by: 1), Rect(x: 1, y: 1, width: 78, height: 22))
        XCTAssertTrue(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 1).isEmpty)
    }
}
