import XCTest
@testable import FrivilligCore

/// The per-workplace bars put the places with most active volunteers first, as a
/// coordinator reads a ranking; equal counts go by name.
final class StatisticsWorkplaceOrderTests: XCTestCase {
    func testMostActiveVolunteersFirstThenByName() {
        let places = [Workplace(name: "Ålegården"), Workplace(name: "Bibliotek"), Workplace(name: "Aktivitetscenter")]
        let created = Date(timeIntervalSince1970: 0)
        let volunteers = [
            Volunteer(name: "A", workplaceIDs: [places[2].id], created: created),
            Volunteer(name: "B", workplaceIDs: [places[0].id], created: created),
            Volunteer(name: "C", workplaceIDs: [places[0].id], created: created),
            Volunteer(name: "D", workplaceIDs: [places[1].id], created: created),
        ]
        let today = Day(year: 2026, month: 12, day: 2)!
        let statistics = Statistics(register: Register(volunteers: volunteers, workplaces: places),
                                    period: .last12Months(endingOn: today), today: today)
        let section = statistics.sections.first { $0.kind == .workplaces }!
        XCTAssertEqual(section.counts.map(\.label), [.workplace(places[0].id, name: "Ålegården"),
                                                     .workplace(places[2].id, name: "Aktivitetscenter"),
                                                     .workplace(places[1].id, name: "Bibliotek")])
        XCTAssertEqual(section.counts.map(\.value), [2, 1, 1])
    }
}
