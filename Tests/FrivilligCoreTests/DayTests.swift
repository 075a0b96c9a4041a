import FrivilligCore
import XCTest

final class DayTests: XCTestCase {
    func testAcceptsTheThreeFormsPeopleType() {
        let expected = Day(year: 2026, month: 3, day: 7)
        XCTAssertEqual(Day.parse("07.03.2026"), expected)
        XCTAssertEqual(Day.parse("7.3.2026"), expected)
        XCTAssertEqual(Day.parse("07-03-2026"), expected)
        XCTAssertEqual(Day.parse("2026-03-07"), expected)
        XCTAssertEqual(Day.parse(" 2026-03-07 "), expected)
        XCTAssertEqual(expected?.iso, "2026-03-07")
        XCTAssertEqual(expected?.danish, "07.03.2026")
    }

    func testRejectsMalformedAndImpossibleDates() {
        for text in ["", "2026-13-01", "31.04.2026", "29.02.2025", "2026/03/07", "07.03.26", "1.1", "abc", "2026-3-7x", "٠٧.٠٣.٢٠٢٦"] {
            XCTAssertNil(Day.parse(text), text)
        }
        XCTAssertNotNil(Day.parse("29.02.2024"))
    }

    func testArithmeticAcrossMonthsAndLeapYears() {
        let d = Day(year: 2024, month: 1, day: 31)!
        XCTAssertEqual(d.adding(months: 1), Day(year: 2024, month: 2, day: 29))
        XCTAssertEqual(d.adding(days: 30), Day(year: 2024, month: 3, day: 1))
        XCTAssertEqual(Day(year: 2024, month: 2, day: 29)!.adding(years: 1), Day(year: 2025, month: 2, day: 28))
        XCTAssertEqual(Day(ordinal: d.ordinal), d)
        XCTAssertEqual(Day(year: 1970, month: 1, day: 1)!.ordinal, 0)
        XCTAssertEqual(Day(year: 2026, month: 11, day: 23)!.weekdayIndex, 0, "23 Nov 2026 is a Monday")
        XCTAssertEqual(Day(year: 1960, month: 5, day: 10)!.wholeYears(until: Day(year: 2026, month: 5, day: 9)!), 65)
    }

    func testDecodingRefusesNonISOForms() throws {
        XCTAssertThrowsError(try JSONDecoder().decode([Day].self, from: Data(#"["07.03.2026"]"#.utf8)))
        XCTAssertEqual(try JSONDecoder().decode([Day].self, from: Data(#"["2026-03-07"]"#.utf8)), [Day(year: 2026, month: 3, day: 7)!])
    }
}
