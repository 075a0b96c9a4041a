import TerminalUI
import XCTest

final class ListViewportTests: XCTestCase {
    func testEmptyListHasNothingVisibleAndSurvivesEveryMove() {
        var viewport = ListViewport(count: 0, height: 5)
        XCTAssertTrue(viewport.isEmpty)
        viewport.moveDown()
        viewport.pageDown()
        viewport.end()
        viewport.moveUp()
        viewport.pageUp()
        viewport.home()
        XCTAssertEqual(viewport.selected, 0)
        XCTAssertEqual(viewport.top, 0)
        XCTAssertEqual(viewport.visibleRange, 0 ..< 0)
    }

    func testSingleRowStaysSelected() {
        var viewport = ListViewport(count: 1, height: 5)
        viewport.moveDown()
        XCTAssertEqual(viewport.selected, 0)
        viewport.pageDown()
        XCTAssertEqual(viewport.selected, 0)
        viewport.moveUp()
        XCTAssertEqual(viewport.selected, 0)
        XCTAssertEqual(viewport.visibleRange, 0 ..< 1)
    }

    func testExactlyOnePageNeverScrolls() {
        var viewport = ListViewport(count: 5, height: 5)
        viewport.pageDown()
        XCTAssertEqual(viewport.selected, 4)
        XCTAssertEqual(viewport.top, 0)
        viewport.moveDown()
        XCTAssertEqual(viewport.selected, 4)
        XCTAssertEqual(viewport.visibleRange, 0 ..< 5)
        viewport.pageUp()
        XCTAssertEqual(viewport.selected, 0)
        XCTAssertEqual(viewport.top, 0)
    }

    func testMovingDownPastTheScreenScrollsOneRow() {
        var viewport = ListViewport(count: 100, height: 10)
        for _ in 0 ..< 10 {
            viewport.moveDown()
        }
        XCTAssertEqual(viewport.selected, 10)
        XCTAssertEqual(viewport.top, 1)
        XCTAssertEqual(viewport.visibleRange, 1 ..< 11)
    }

    func testPagingThroughALongList() {
        var viewport = ListViewport(count: 25, height: 10)
        viewport.moveDown()
        viewport.pageDown()
        XCTAssertEqual(viewport.selected, 11)
        XCTAssertEqual(viewport.top, 10)
        viewport.pageDown()
        XCTAssertEqual(viewport.selected, 21)
        XCTAssertEqual(viewport.top, 15, "the last page is full, not half empty")
        XCTAssertEqual(viewport.visibleRange, 15 ..< 25)
        viewport.pageDown()
        XCTAssertEqual(viewport.selected, 24)
        XCTAssertEqual(viewport.top, 15)
        viewport.pageUp()
        XCTAssertEqual(viewport.selected, 14)
        XCTAssertEqual(viewport.top, 5)
        viewport.pageUp()
        viewport.pageUp()
        XCTAssertEqual(viewport.selected, 0)
        XCTAssertEqual(viewport.top, 0)
    }

    func testHomeAndEnd() {
        var viewport = ListViewport(count: 50, height: 10)
        viewport.end()
        XCTAssertEqual(viewport.selected, 49)
        XCTAssertEqual(viewport.visibleRange, 40 ..< 50)
        viewport.home()
        XCTAssertEqual(viewport.selected, 0)
        XCTAssertEqual(viewport.visibleRange, 0 ..< 10)
    }

    func testShrinkingListKeepsSelectionOnAnExistingVisibleRow() {
        var viewport = ListViewport(count: 50, height: 10)
        viewport.end()
        viewport.count = 12
        XCTAssertEqual(viewport.selected, 11)
        XCTAssertEqual(viewport.visibleRange, 2 ..< 12)
        viewport.count = 0
        XCTAssertEqual(viewport.selected, 0)
        XCTAssertEqual(viewport.visibleRange, 0 ..< 0)
    }

    func testResizingKeepsTheSelectionVisible() {
        var viewport = ListViewport(count: 50, height: 20)
        viewport.selected = 19
        viewport.height = 5
        XCTAssertTrue(viewport.visibleRange.contains(19))
        XCTAssertEqual(viewport.visibleRange.count, 5)
        viewport.height = 0
        XCTAssertEqual(viewport.visibleRange.count, 0)
        viewport.height = 40
        XCTAssertEqual(viewport.visibleRange, 10 ..< 50)
    }

    func testSelectingOutOfRangeIsClamped() {
        var viewport = ListViewport(count: 3, height: 2)
        viewport.selected = 99
        XCTAssertEqual(viewport.selected, 2)
        XCTAssertEqual(viewport.visibleRange, 1 ..< 3)
        viewport.selected = -4
        XCTAssertEqual(viewport.selected, 0)
        XCTAssertEqual(viewport.visibleRange, 0 ..< 2)
    }
}
