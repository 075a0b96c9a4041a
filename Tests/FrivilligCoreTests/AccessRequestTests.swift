@testable import FrivilligCore
import XCTest

/// The deadline of an access request (one month, three when extended) and the overview's
/// lists around each boundary: the day before, the day itself and the day after; 8, 7
/// and 6 days left for red.
final class AccessRequestTests: XCTestCase {
    private let received = Day(year: 2026, month: 10, day: 31)!

    private func attention(_ requests: [AccessRequest], on today: Day) -> Attention {
        var register = Register()
        register.accessRequests = requests
        return Attention(register: register, today: today)
    }

    func testTheDeadlineIsOneMonthAfterReceiptClampedToTheMonthsEnd() {
        let r = AccessRequest(name: "Bo", received: received)
        XCTAssertEqual(r.deadline, Day(year: 2026, month: 11, day: 30), "31 October + 1 month")
        XCTAssertEqual(AccessRequest(name: "Bo", received: Day(year: 2026, month: 3, day: 5)!).deadline, Day(year: 2026, month: 4, day: 5))
    }

    func testAnExtensionWithAReasonAddsTwoMonths() {
        var r = AccessRequest(name: "Bo", received: received)
        r.extensionReason = "mange arkiver"
        XCTAssertEqual(r.deadline, Day(year: 2027, month: 1, day: 31))
        let dayAfterFirstDeadline = Day(year: 2026, month: 12, day: 1)!
        XCTAssertEqual(attention([r], on: dayAfterFirstDeadline).accessRequestsOpen, [r], "not overdue once extended")
        XCTAssertEqual(r.daysLeft(on: dayAfterFirstDeadline), 61)
    }

    func testTheDayBeforeTheDayOfAndTheDayAfterTheDeadline() {
        let r = AccessRequest(name: "Bo", received: received)
        let deadline = r.deadline
        for (offset, left, open, overdue) in [(-1, 1, true, false), (0, 0, true, false), (1, -1, false, true)] {
            let today = deadline.adding(days: offset)
            let a = attention([r], on: today)
            XCTAssertEqual(r.daysLeft(on: today), left, "day \(offset)")
            XCTAssertEqual(a.accessRequestsOpen == [r], open, "day \(offset)")
            XCTAssertEqual(a.accessRequestsOverdue == [r], overdue, "day \(offset)")
            XCTAssertTrue(r.isUrgent(on: today), "day \(offset)")
        }
    }

    func testRedFromSixDaysLeft() {
        let r = AccessRequest(name: "Bo", received: received)
        for (left, urgent) in [(8, false), (7, false), (6, true)] {
            XCTAssertEqual(r.isUrgent(on: r.deadline.adding(days: -left)), urgent, "\(left) days left")
        }
    }

    func testAnsweredRequestsAreOnNeitherListAndOpenOnesAreSoonestFirst() {
        let answered = AccessRequest(name: "Anna", received: received.adding(days: -60), answered: received)
        let later = AccessRequest(name: "Carl", received: received.adding(days: 3))
        let sooner = AccessRequest(name: "Bent", received: received)
        let overdue = AccessRequest(name: "Dora", received: received.adding(days: -40))
        let a = attention([answered, later, sooner, overdue], on: received.adding(days: 5))
        XCTAssertEqual(a.accessRequestsOpen.map(\.name), ["Bent", "Carl"])
        XCTAssertEqual(a.accessRequestsOverdue.map(\.name), ["Dora"])
        XCTAssertFalse(answered.isUrgent(on: received.adding(days: 100)))
    }
}
