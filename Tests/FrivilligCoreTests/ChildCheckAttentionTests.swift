import XCTest
@testable import FrivilligCore

/// The child-protection lines of the overview, on the days around each boundary.
final class ChildCheckAttentionTests: XCTestCase {
    /// A Monday.
    private let today = Day(year: 2025, month: 3, day: 10)!
    private let kindergarten = Workplace(name: "Børnehuset Mælkebøtten", worksWithChildren: true)
    private let careHome = Workplace(name: "Plejecenter Solhaven")

    private func day(_ offset: Int) -> Day { today.adding(days: offset) }

    private func volunteer(_ name: String, status: VolunteerStatus = .active) -> Volunteer {
        Volunteer(name: name, status: status, created: Date(timeIntervalSince1970: 0))
    }

    private func agreement(
        _ v: Volunteer, at place: Workplace? = nil, start: Day?, end: Day? = nil, regular: Bool = true,
        received: Day? = nil
    ) -> Agreement {
        Agreement(volunteerID: v.id, workplaceID: (place ?? kindergarten).id, startDate: start, endDate: end,
                  regularAttachment: regular, childCheck: CertificateCheck(received: received))
    }

    private func checks(_ volunteers: [Volunteer], _ agreements: [Agreement], settings: Settings = Settings())
        -> Attention.ChildChecks {
        Attention(register: Register(volunteers: volunteers, workplaces: [kindergarten, careHome],
                                     agreements: agreements, settings: settings), today: today).childChecks
    }

    func testARegularStartAtAPlaceWithChildrenIsListedFromFourteenDaysAhead() {
        let names = ["Anna", "Bo", "Carl", "Dorte", "Erik"]
        let p = names.map { volunteer($0) }
        let result = checks(p, [
            agreement(p[0], start: day(13)),
            agreement(p[1], start: day(14)),
            agreement(p[2], start: day(15)),
            agreement(p[3], start: day(-200)),
            agreement(p[4], at: careHome, start: day(-200)),
        ])
        XCTAssertEqual(result.missing.map(\.volunteerName), ["Dorte", "Anna", "Bo"])
        XCTAssertEqual(result.missing.first?.workplaceName, "Børnehuset Mælkebøtten")
    }

    func testAReceivedCheckOnAnyAgreementCountsForAllAndEndedOrInactiveAreLeftOut() {
        let ida = volunteer("Ida"), jon = volunteer("Jon"), kim = volunteer("Kim", status: .paused), lis = volunteer("Lis")
        let result = checks([ida, jon, kim, lis], [
            agreement(ida, start: day(-10)),
            agreement(ida, at: careHome, start: day(-300), received: day(-300)),
            agreement(jon, start: day(-100), end: day(-1)),
            agreement(kim, start: day(-10)),
            agreement(lis, start: nil),
        ])
        XCTAssertEqual(result.missing.map(\.volunteerName), ["Lis"], "no start date counts as started")
    }

    /// Not regularly attached: due 3 weeks after 3 months (the settings), then listed 14 days ahead.
    func testAnOccasionalAttachmentFollowsTheThreeWeekTrigger() {
        let deadline = { (s: Day) in s.adding(months: 3).adding(days: 21) }
        var start = today
        while deadline(start) > day(14) { start = start.adding(days: -1) }
        let onTime = volunteer("Mads"), early = volunteer("Nina"), changed = volunteer("Ole")
        XCTAssertEqual(deadline(start), day(14))
        let result = checks([onTime, early, changed], [
            agreement(onTime, start: start, regular: false),
            agreement(early, start: start.adding(days: 1), regular: false),
        ])
        XCTAssertEqual(result.missing.map(\.volunteerName), ["Mads"])
        let weekLess = checks([early], [agreement(early, start: start.adding(days: 1), regular: false)],
                              settings: Settings(occasionalWithinWeeks: 2))
        XCTAssertEqual(weekLess.missing.map(\.volunteerName), ["Nina"], "the trigger is a setting")
    }

    func testRenewalIsDueWithinThirtyDaysAndOverdueAfterThreeYears() {
        let renewal = { (days: Int) in self.day(days).adding(years: -3) }
        let names = ["Per", "Rie", "Sif", "Tor", "Ulla", "Vagn"]
        let p = names.map { volunteer($0) }
        let result = checks(p, [
            agreement(p[0], start: day(-2000), received: renewal(29)),
            agreement(p[1], start: day(-2000), received: renewal(30)),
            agreement(p[2], start: day(-2000), received: renewal(31)),
            agreement(p[3], start: day(-2000), received: today.adding(years: -3).adding(days: 1)),
            agreement(p[4], start: day(-2000), received: today.adding(years: -3).adding(days: -1)),
            agreement(p[5], start: day(-2000), received: today.adding(years: -3)),
        ])
        XCTAssertEqual(result.renewalDue.map(\.volunteerName), ["Vagn", "Tor", "Per", "Rie"])
        XCTAssertEqual(result.renewalOverdue.map(\.volunteerName), ["Ulla"])
        XCTAssertEqual(result.missing, [], "an overdue check is for renewal, not missing")
        let twoYears = checks([p[0]], [agreement(p[0], start: day(-2000), received: day(-800))],
                              settings: Settings(childCheckRenewalYears: 2))
        XCTAssertEqual(twoYears.renewalOverdue.map(\.volunteerName), ["Per"], "the renewal period is a setting")
    }

    /// Back after more than 12 months away (the newest agreement starts more than the gap
    /// after the earlier one ended): the old check no longer counts.
    func testAReturnAfterMoreThanTheGapNeedsANewCheck() {
        let ended = day(-400)
        let back = { (v: Volunteer, start: Day, received: Day) in
            [self.agreement(v, start: self.day(-2000), end: ended, received: received),
             self.agreement(v, start: start)]
        }
        let gapPlusOne = volunteer("Alf"), gap = volunteer("Bent"), gapLessOne = volunteer("Cæcilie"), renewed = volunteer("Dan")
        let result = checks([gapPlusOne, gap, gapLessOne, renewed],
            back(gapPlusOne, ended.adding(months: 12).adding(days: 1), day(-1000))
            + back(gap, ended.adding(months: 12), day(-1000))
            + back(gapLessOne, ended.adding(months: 12).adding(days: -1), day(-1000))
            + back(renewed, ended.adding(months: 12).adding(days: 1), day(-1000))
            + [agreement(renewed, at: careHome, start: day(-2000), end: ended.adding(days: -1), received: ended.adding(days: 1))])
        XCTAssertEqual(result.missing.map(\.volunteerName), ["Alf"])
        let off = checks([gapPlusOne], back(gapPlusOne, ended.adding(months: 12).adding(days: 1), day(-1000)),
                         settings: Settings(returnNeedsNewCheck: false))
        XCTAssertEqual(off.missing, [], "the return rule is a setting")
        let longerGap = checks([gapPlusOne], back(gapPlusOne, ended.adding(months: 12).adding(days: 1), day(-1000)),
                               settings: Settings(returnGapMonths: 13))
        XCTAssertEqual(longerGap.missing, [], "the gap is a setting")
    }

    /// Back from a pause of more than 12 months on the same agreement: the status periods
    /// tell it (active, paused, active again), and the check from before the pause no
    /// longer counts; one received after the pause began does.
    func testAReturnReadFromTheStatusPeriodsNeedsANewCheck() {
        let left = day(-400)
        let back = { (name: String, returned: Day, received: Day) -> (Volunteer, Agreement) in
            var v = self.volunteer(name)
            v.statusPeriods = [StatusPeriod(.active, from: self.day(-2000), to: left), StatusPeriod(.paused, from: left, to: returned),
                               StatusPeriod(.active, from: returned)]
            return (v, self.agreement(v, start: self.day(-2000), received: received))
        }
        let cases = [back("Alf", left.adding(months: 12).adding(days: 1), day(-1000)),
                     back("Bent", left.adding(months: 12), day(-1000)),
                     back("Dan", left.adding(months: 12).adding(days: 1), left.adding(days: 1))]
        let result = checks(cases.map(\.0), cases.map(\.1))
        XCTAssertEqual(result.missing.map(\.volunteerName), ["Alf"])
        XCTAssertEqual(checks(cases.map(\.0), cases.map(\.1), settings: Settings(returnNeedsNewCheck: false)).missing, [],
                       "the return rule is a setting")
    }
}
