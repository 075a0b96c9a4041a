import FrivilligCore
@testable import FrivilligExchange
import XCTest

/// The workplace sheet's "Børn under 15" column, and a check's outcome kept out of the
/// agreements sheet.
final class CsvChildCheckTests: XCTestCase {
    private let now = Date(timeIntervalSince1970: 1_780_000_000)

    func testWorksWithChildrenIsReadAsYesOrNoAndAnythingElseIsNamed() throws {
        let csv = "Navn;Børn under 15\r\nBørnehuset;ja\r\nPlejecentret;nej\r\nKlubben;måske\r\n"
        let plan = try SpreadsheetImport.plan(.workplaces, data: Data(csv.utf8), register: Register(), now: now)
        let saved = try Register().applying(plan.changes).workplaces
        XCTAssertEqual(saved.map(\.name), ["Børnehuset", "Plejecentret"])
        XCTAssertEqual(saved.map(\.worksWithChildren), [true, false])
        XCTAssertEqual(plan.rejected.map(\.reason), [.yesNo])
        XCTAssertEqual(plan.rejected.first?.value, "måske")
    }

    func testTheAgreementsSheetHasTheAttachmentAndTheDatesButNoOutcome() {
        let v = Volunteer(name: "Søren", created: now)
        let a = Agreement(volunteerID: v.id, regularAttachment: false, childCheck: CertificateCheck(
            required: true, received: Day(year: 2026, month: 2, day: 3), outcome: .remarksAssessedOK,
            assessedBy: "Vurderer-Qzx", note: "Note-Qzx"))
        let text = String(decoding: CsvExport(register: Register(volunteers: [v], agreements: [a]), language: .da).agreements().data,
                          as: UTF8.self)
        XCTAssertTrue(text.contains("Fast tilknytning"), text)
        XCTAssertTrue(text.contains("03-02-2026"), text)
        for secret in ["Vurderer-Qzx", "Note-Qzx", "remarksAssessedOK", "vurderet OK"] {
            XCTAssertFalse(text.contains(secret), secret)
        }
    }
}
