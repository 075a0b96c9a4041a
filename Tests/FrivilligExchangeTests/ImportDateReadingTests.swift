import FrivilligCore
import FrivilligExchange
import Foundation
import XCTest

/// Dates in a sheet as other programs leave them: two-digit years from LibreOffice in
/// Danish, `/` dates from an English-locale sheet whose order only the column can tell.
final class ImportDateReadingTests: XCTestCase {
    private typealias F = SpreadsheetFixture
    /// 2026-09-21 in UTC, `SpreadsheetFixture.now`.
    private let today = Day(SpreadsheetFixture.now)

    /// LibreOffice in Danish re-saves an exported sheet with `09-06-87`; 301 of 309 rows
    /// were rejected before. A birth date is never in the future, a start date at most a
    /// year ahead, and the plan says which rule read each column.
    func testTwoDigitYearsFollowTheColumnsCenturyRule() throws {
        XCTAssertEqual(today, F.day(2026, 9, 21))
        let sheet = """
            Navn;Telefon;Født;Startdato
            Jens Hansen;20123456;09-06-87;01-03-26
            Lise Ek;30303030;09.06.09;21.09.27
            Bo Ek;40404040;22-09-26;22-09-27

            """
        let plan = try F.plan(.volunteers, text: sheet)
        XCTAssertEqual(plan.rejected, [])
        let v = try F.applied(plan).volunteers.sorted { $0.name < $1.name }
        XCTAssertEqual(v.map(\.name), ["Bo Ek", "Jens Hansen", "Lise Ek"])
        XCTAssertEqual(v.map(\.birthDate), [F.day(1926, 9, 22), F.day(1987, 6, 9), F.day(2009, 6, 9)],
                       "tomorrow in 2026 is in the future, so 22-09-26 is 1926")
        XCTAssertEqual(v.map(\.startDate), [F.day(1927, 9, 22), F.day(2026, 3, 1), F.day(2027, 9, 21)],
                       "a start date may be a year ahead, not a day more")
        XCTAssertEqual(plan.dateNotes, [
            ImportDateNote(column: "Født", kind: .twoDigitYears(.notInFuture, century: 2000, example: "09-06-87", read: F.day(1987, 6, 9))),
            ImportDateNote(column: "Startdato", kind: .twoDigitYears(.atMostAYearAhead, century: 2000, example: "01-03-26", read: F.day(2026, 3, 1))),
        ])
    }

    /// `-` and `.` dates are day-month-year however small their numbers.
    func testDashAndDotDatesAreDayMonthYear() throws {
        let plan = try F.plan(.volunteers, text: "Navn;Født;Startdato\nAnna;2-3-1954;2.3.2020\nBo;1987-06-09;\n")
        let v = try F.applied(plan).volunteers.sorted { $0.name < $1.name }
        XCTAssertEqual(v.map(\.birthDate), [F.day(1954, 3, 2), F.day(1987, 6, 9)])
        XCTAssertEqual(v[0].startDate, F.day(2020, 3, 2))
        XCTAssertEqual(plan.dateNotes, [], "nothing needed deciding")
    }

    /// `2/3/1954` was stored as 2 March silently; a `13/3/1954` further down the column
    /// decides that the column is day-first, and the plan names the cell that decided.
    func testASlashDateAboveTwelveDecidesTheColumnsOrder() throws {
        let dayFirst = try F.plan(.volunteers, text: "Navn;Født\nAnna;2/3/1954\nBo;13/3/1954\n")
        XCTAssertEqual(try F.applied(dayFirst).volunteers.map(\.birthDate), [F.day(1954, 3, 2), F.day(1954, 3, 13)])
        XCTAssertEqual(dayFirst.dateNotes, [ImportDateNote(column: "Født", kind: .orderDecided(.dmy, row: 3, value: "13/3/1954"))])
        let monthFirst = try F.plan(.volunteers, text: "Name;Birth date\nAnna;2/3/1954\nBo;3/13/1954\n")
        XCTAssertEqual(try F.applied(monthFirst).volunteers.map(\.birthDate), [F.day(1954, 2, 3), F.day(1954, 3, 13)])
        XCTAssertEqual(monthFirst.dateNotes, [ImportDateNote(column: "Birth date", kind: .orderDecided(.mdy, row: 3, value: "3/13/1954"))])
    }

    /// A column no cell decides is refused as a whole, naming the column and the option;
    /// `--date-order` reads it, and says so.
    func testAnUndecidedSlashColumnIsRefusedUntilTheOrderIsGiven() throws {
        let sheet = "Navn;Født\nAnna;2/3/1954\nBo;5/5/1960\n"
        XCTAssertThrowsError(try F.plan(.volunteers, text: sheet)) {
            XCTAssertEqual($0 as? ImportFileError, .ambiguousDateOrder(column: "Født", row: 2, value: "2/3/1954"))
        }
        let plan = try SpreadsheetImport.plan(.volunteers, data: Data(sheet.utf8), register: Register(), dateOrder: .mdy, now: F.now)
        XCTAssertEqual(try F.applied(plan).volunteers.map(\.birthDate), [F.day(1954, 2, 3), F.day(1960, 5, 5)])
        XCTAssertEqual(plan.dateNotes, [ImportDateNote(column: "Født", kind: .orderGiven(.mdy))])
    }

    /// One row that can only be day-first and another only month-first: the column is
    /// refused naming both rows, rather than one of them read wrong.
    func testAColumnProvingBothOrdersIsRefused() {
        XCTAssertThrowsError(try F.plan(.volunteers, text: "Navn;Startdato\nAnna;13/3/2020\nBo;3/13/2020\n")) {
            XCTAssertEqual($0 as? ImportFileError, .mixedDateOrder(column: "Startdato", dayFirstRow: 2, monthFirstRow: 3))
        }
    }
}
