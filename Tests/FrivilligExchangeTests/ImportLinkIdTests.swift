import Foundation
import FrivilligCore
import FrivilligExchange
import XCTest

/// A link to a workplace or contact whose name two records share is written as its id by
/// the export; reading that id back must not take it for a CPR number.
final class ImportLinkIdTests: XCTestCase {
    /// An id whose first two groups read "120590-1234": a date, a dash and four digits.
    private let cprShaped = UUID(uuidString: "AB120590-1234-4C49-91BC-ED75AD7A5EA0")!

    func testAnExportedWorkplaceIdIsALinkNotACPRNumber() throws {
        let solgaarden = Workplace(id: cprShaped, name: "Plejecenter Solgården")
        let register = Register(workplaces: [solgaarden, Workplace(name: "Plejecenter Solgården")])
        let text = "Navn;Arbejdspladser\nBo Berg;\(cprShaped.uuidString)\n"
        let plan = try SpreadsheetFixture.plan(.volunteers, text: text, register: register)
        XCTAssertEqual(plan.rejected, [])
        XCTAssertEqual(try SpreadsheetFixture.applied(plan, to: register).volunteers.map(\.workplaceIDs), [[cprShaped]])
    }

    func testACPRNumberBesideAnIdInALinkColumnIsStillRefused() {
        let register = Register(workplaces: [Workplace(id: cprShaped, name: "Plejecenter Solgården")])
        let text = "Navn;Arbejdspladser\nBo Berg;\"\(cprShaped.uuidString); 010203-1234\"\n"
        XCTAssertThrowsError(try SpreadsheetFixture.plan(.volunteers, text: text, register: register)) {
            XCTAssertEqual($0 as? ImportFileError, .cprValue(row: 2, column: "Arbejdspladser"))
        }
    }
}
