import FrivilligCore
import XCTest

/// One item of a list field holds no `,` or `;`, for every way in and for `check`.
final class ListItemRuleTests: XCTestCase {
    func testAListItemWithASeparatorIsRefusedAndOtherFieldsMayHoldOne() {
        XCTAssertEqual(TextRules.violation(in: "sy; strik", field: "skills"), .listSeparator(";"))
        XCTAssertEqual(TextRules.violation(in: "bage, lave mad", field: "skill"), .listSeparator(","))
        XCTAssertEqual(TextRules.violation(in: "a,b", field: "tags"), .listSeparator(","))
        XCTAssertNil(TextRules.violation(in: "strik og hækle", field: "interests"))
        XCTAssertNil(TextRules.violation(in: "Hansen, Jens", field: "name"))
        XCTAssertNil(TextRules.violation(in: "ring; spørg", field: "notes"))
    }
}
