import FrivilligCore
@testable import FrivilligExchange
import FrivilligText
import XCTest

/// The statuses an applicant passes through, in spreadsheets both ways and both languages.
final class CsvStatusTests: XCTestCase {
    private typealias F = SpreadsheetFixture

    func testApplicantsAndDeclinedAreWrittenInTheSheetsLanguage() throws {
        let created = Date(timeIntervalSince1970: 1_772_355_120)
        let register = Register(volunteers: [
            Volunteer(name: "Ansøger", status: .applicant, created: created),
            Volunteer(name: "Afvist", status: .declined, statusChanged: F.day(2026, 5, 1), created: created),
        ])
        for (language, expected) in [(CsvLanguage.da, ["ansøger", "afvist"]), (.en, ["applicant", "declined"])] {
            let document = CsvExport(register: register, language: language).volunteers()
            let column = try XCTUnwrap(document.header.firstIndex(of: "Status"))
            XCTAssertEqual(document.rows.map { $0[column] }, expected, "\(language)")
            let plan = try SpreadsheetImport.plan(.volunteers, data: document.data, register: Register(), now: created)
            XCTAssertEqual(plan.rejected, [])
            XCTAssertEqual(try F.applied(plan).volunteers.map(\.status), [.applicant, .declined], "\(language)")
        }
    }

    func testTheWordsPeopleTypeAreReadAndAnUnknownOneListsThemAll() throws {
        let plan = try F.plan(.volunteers, text: "Navn;Status\nA;Ansøger\nB;ansoeger\nC;afvist\nD;Declined\nE;på prøve\n")
        XCTAssertEqual(try F.applied(plan).volunteers.map(\.status), [.applicant, .applicant, .declined, .declined])
        XCTAssertEqual(plan.rejected.map(\.reason), [.status])
        XCTAssertEqual(Localizer(.da)(.importReasonStatus, "på prøve"),
                       "»på prøve« er ikke en status. Skriv ansøger, aktiv, pause, stoppet eller afvist.")
    }
}
