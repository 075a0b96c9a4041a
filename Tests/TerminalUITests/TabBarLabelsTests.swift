import XCTest
@testable import TerminalUI

final class TabBarLabelsTests: XCTestCase {
    private let numbers = ["1", "2", "3", "4", "5", "6"]
    private let titles = ["Overblik", "Frivillige", "Kontakter", "Arbejdspladser", "Aftaler", "Påskønnelser"]

    func testAWideWindowGivesEveryNameWithRoomAround() {
        let fitted = TabBarLabels(numbers: numbers, titles: titles, selected: 0, width: 100)
        XCTAssertTrue(fitted.roomy)
        XCTAssertEqual(fitted.labels.last, "6 Påskønnelser")
    }

    func testEightyColumnsGiveEveryWholeNameOneSpaceApart() {
        let fitted = TabBarLabels(numbers: numbers, titles: titles, selected: 0, width: 80)
        XCTAssertFalse(fitted.roomy)
        XCTAssertEqual(fitted.labels, zip(numbers, titles).map { "\($0) \($1)" })
    }

    /// At 60 columns the last tabs used to be cut off ("5 Afta"); now every tab shows its
    /// number, the shown one its whole name, and the rest fit.
    func testSixtyColumnsCutTheOtherNamesButNeverATabsNumber() {
        let fitted = TabBarLabels(numbers: numbers, titles: titles, selected: 3, width: 60)
        XCTAssertEqual(fitted.labels, ["1 Over…", "2 Friv…", "3 Kont…", "4 Arbejdspladser", "5 Afta…", "6 Påsk…"])
        XCTAssertLessThanOrEqual(fitted.labels.reduce(0) { $0 + TextWidth.width(of: $1) + 1 }, 60)
    }

    func testAVeryNarrowWindowKeepsTheNumbersAndTheShownName() {
        let fitted = TabBarLabels(numbers: numbers, titles: titles, selected: 1, width: 24)
        XCTAssertEqual(fitted.labels, ["1", "2 Frivillige", "3", "4", "5", "6"])
    }
}
