@testable import FrivilligApp
import FrivilligCore
import XCTest

/// The overview's lines about consent and access requests: counts, the first deadline
/// with its days left, and red from six days left.
final class OverviewPrivacyTests: XCTestCase {
    private let l10n = Localizer(.da)

    private func overview(_ requests: [AccessRequest], on today: Day) -> [OverviewScreen.Item] {
        var register = AppFixture.register()
        register.accessRequests = requests
        return OverviewScreen(register: register, today: today, l10n: l10n).items
    }

    private func item(_ items: [OverviewScreen.Item], _ prefix: String) throws -> OverviewScreen.Item {
        try XCTUnwrap(items.first { $0.title.hasPrefix(prefix) }, items.map(\.title).joined(separator: "\n"))
    }

    func testOpenRequestsShowTheFirstDeadlineAndTurnRedWithFewerThanSevenDaysLeft() throws {
        let fromSoeren = AccessRequest(volunteerID: AppFixture.id(1), name: "Søren Østergaard", received: Day(year: 2026, month: 11, day: 1)!)
        let outside = AccessRequest(name: "Bo Hansen", received: Day(year: 2026, month: 11, day: 20)!)
        for (today, title, red) in [(Day(year: 2026, month: 11, day: 23)!, "Åbne indsigtsanmodninger, første frist 01.12.2026 (8 dage tilbage)", false),
                                    (Day(year: 2026, month: 11, day: 24)!, "Åbne indsigtsanmodninger, første frist 01.12.2026 (7 dage tilbage)", false),
                                    (Day(year: 2026, month: 11, day: 25)!, "Åbne indsigtsanmodninger, første frist 01.12.2026 (6 dage tilbage)", true),
                                    (Day(year: 2026, month: 12, day: 1)!, "Åbne indsigtsanmodninger, første frist 01.12.2026 (0 dage tilbage)", true)] {
            let open = try item(overview([fromSoeren, outside], on: today), "Åbne indsigtsanmodninger")
            XCTAssertEqual(open.title, title)
            XCTAssertEqual(open.isUrgent, red, title)
            XCTAssertEqual(open.count, 2, "the one from outside the register counts too")
            XCTAssertEqual(open.refs, [.volunteer(AppFixture.id(1))])
        }
    }

    func testAnOverdueRequestIsOnItsOwnRedLine() throws {
        let late = AccessRequest(volunteerID: AppFixture.id(2), name: "Åse Bæk", received: Day(year: 2026, month: 10, day: 1)!)
        let items = overview([late], on: Day(year: 2026, month: 11, day: 2)!)
        let overdue = try item(items, "Indsigtsanmodninger over fristen")
        XCTAssertEqual(overdue.count, 1)
        XCTAssertTrue(overdue.isUrgent)
        let open = try item(items, "Åbne indsigtsanmodninger")
        XCTAssertEqual([open.title, "\(open.count ?? -1)", "\(open.isUrgent)"], ["Åbne indsigtsanmodninger", "0", "false"])
    }

    func testConsentLinesCountActiveVolunteersWithoutItAndThoseWhoWithdrewItAreToBeAnonymised() throws {
        var register = AppFixture.register()
        register.volunteers[0].consent = Consent(given: Day(year: 2021, month: 12, day: 1)!, scopes: [.register])
        register.volunteers[1].consent = Consent(given: Day(year: 2021, month: 12, day: 1)!, scopes: [.register],
                                                 withdrawn: Day(year: 2026, month: 11, day: 20)!)
        let items = OverviewScreen(register: register, today: AppFixture.today, l10n: l10n).items
        XCTAssertEqual(try item(items, "Aktive frivillige uden samtykke").refs, [.volunteer(AppFixture.id(2)), .volunteer(AppFixture.id(3))])
        XCTAssertEqual(try item(items, "Skal anonymiseres eller slettes").refs, [.volunteer(AppFixture.id(4)), .volunteer(AppFixture.id(2))],
                       "a withdrawal puts her on the retention list, after Anders, paused without a word since 2023")
    }
}
