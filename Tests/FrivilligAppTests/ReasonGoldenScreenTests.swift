// Golden screens of the lists behind the overview's lines, at 100×30 from ReasonFixture:
// each shows, beside the name, the column that says why the record is on the line.
// Re-record as GoldenScreenTests says.

import FrivilligApp
import TerminalUI
import XCTest

final class ReasonGoldenScreenTests: XCTestCase {
    /// Opens overview line `line` (0 is the first) and compares the list with its golden.
    private func assertLine(_ line: Int, _ name: String, _ language: Language = .da, file: StaticString = #filePath, line number: UInt = #line) {
        var state = ReasonFixture.state(language)
        for _ in 0 ..< line { state.press(.down) }
        state.press(.enter)
        assertGolden(state.view(), named: "reason-" + name, file: file, line: number)
    }

    func testTheOverviewHasRecordsOnEveryLine() {
        assertGolden(ReasonFixture.state().view(), named: "reason-overview")
    }

    func testUnsignedSaysWhoseSignatureIsMissing() { assertLine(0, "unsigned") }
    func testReviewsDueGiveTheDateAndTheDaysLeft() { assertLine(1, "reviews-due") }
    func testReviewsOverdueGiveTheDateAndTheDaysOver() { assertLine(2, "reviews-overdue") }
    func testChildChecksGiveTheConsentDateAndTheDaysWaiting() { assertLine(3, "child-checks") }
    func testChildChecksToChaseGiveTheConsentDateAndTheDaysWaiting() { assertLine(4, "child-checks-chase") }
    func testNotThankedGivesTheLastRecognitionOrNever() { assertLine(6, "not-thanked") }
    func testAnniversariesGiveTheDateAndTheYears() { assertLine(7, "anniversaries") }
    func testMissingChildChecksGiveTheStart() { assertLine(9, "child-check-missing") }
    func testRenewalsDueGiveTheRenewalDate() { assertLine(10, "renewal-due") }
    func testRenewalsOverdueGiveTheRenewalDateAndTheDaysOver() { assertLine(11, "renewal-overdue") }
    func testConsentMissingSaysWhatIsMissing() { assertLine(12, "consent-missing") }
    func testRetentionGivesTheReasonTheDatesAndTheAction() { assertLine(13, "retention") }
    func testOpenAccessRequestsGiveTheDeadlineAndTheDaysLeft() { assertLine(14, "access-open") }
    func testOverdueAccessRequestsGiveTheDeadlineAndTheDaysOver() { assertLine(15, "access-overdue") }
    /// `*` and `X` on the retention list: the summary, each row and the number to type.
    func testTheRetentionBatchAsksForTheNumberOfRows() {
        var state = ReasonFixture.state()
        for _ in 0 ..< 13 { state.press(.down) }
        state.press(.enter, .char("*"), .char("X"))
        state.type("2")
        assertGolden(state.view(), named: "retention-batch")
    }

    func testEnglishReasonsAndSignatures() { assertLine(0, "unsigned-en", .en) }
}
