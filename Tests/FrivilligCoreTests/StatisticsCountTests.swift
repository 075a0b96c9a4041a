import Foundation
import XCTest
@testable import FrivilligCore

/// The statistics against counts made by hand from the fixture below (today 23.11.2026);
/// each expectation names the volunteers, agreements or events behind it.
final class StatisticsCountTests: XCTestCase {
    static let today = Day(year: 2026, month: 11, day: 23)!
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    static func d(_ y: Int, _ m: Int, _ day: Int) -> Day { Day(year: y, month: m, day: day)! }

    /// Eight volunteers with status periods; W1 Solgården (ældre), W2 Børnehuset (børn,
    /// with children), W3 Biblioteket (kultur, nobody).
    static func register() -> Register {
        let w1 = id(101), w2 = id(102), w3 = id(103)
        func v(_ n: Int, _ name: String, _ periods: [StatusPeriod], _ places: [UUID] = [], _ membership: Membership = .individual, anonymised: Bool = false) -> Volunteer {
            var out = Volunteer(id: id(n), name: name, phones: ["+4520000\(String(format: "%03d", n))"], email: "p\(n)@example.dk",
                                status: periods.last!.status, workplaceIDs: places, membership: membership)
            out.statusPeriods = periods
            out.anonymised = anonymised
            return out
        }
        func runs(_ steps: [(VolunteerStatus, Day)]) -> [StatusPeriod] {
            steps.enumerated().map { i, s in StatusPeriod(s.0, from: s.1, to: i + 1 < steps.count ? steps[i + 1].1 : nil) }
        }
        let volunteers = [
            v(1, "Anna Andersen", runs([(.active, d(2021, 12, 1))]), [w1]),
            v(2, "Bo Bech", runs([(.applicant, d(2025, 1, 10)), (.active, d(2025, 2, 1))]), [w1], Membership(kind: .association, name: "Ældresagen")),
            v(3, "Cille Carlsen", runs([(.active, d(2025, 3, 1)), (.stopped, d(2026, 5, 15))]), [w2]),
            v(4, "Dan Dahl", runs([(.active, d(2024, 6, 1)), (.paused, d(2026, 2, 1)), (.active, d(2026, 9, 1))]), [w2], Membership(kind: .network, name: "Netværket")),
            v(5, "Anonymiseret", runs([(.active, d(2020, 1, 1)), (.stopped, d(2026, 3, 10))]), [w1], anonymised: true),
            v(6, "Finn Fisker", runs([(.applicant, d(2026, 10, 1))])),
            v(7, "Gitte Gram", runs([(.applicant, d(2026, 3, 1)), (.declined, d(2026, 4, 1))])),
            v(8, "Hans Holm", runs([(.active, d(2026, 1, 15))]), [w2]),
        ]
        let workplaces = [
            Workplace(id: w1, name: "Solgården", area: "ældre"),
            Workplace(id: w2, name: "Børnehuset", area: "børn", worksWithChildren: true),
            Workplace(id: w3, name: "Biblioteket", area: "kultur"),
        ]
        let agreements = [
            Agreement(id: id(201), volunteerID: id(1), workplaceID: w1, startDate: d(2021, 12, 1), reviewDate: d(2027, 6, 1),
                      signedByVolunteer: d(2021, 12, 1), signedByContact: d(2021, 12, 1)),
            Agreement(id: id(202), volunteerID: id(2), workplaceID: w1, startDate: d(2025, 2, 1)),
            Agreement(id: id(203), volunteerID: id(3), workplaceID: w2, startDate: d(2025, 3, 1), endDate: d(2026, 5, 15),
                      signedByVolunteer: d(2025, 3, 1), signedByContact: d(2025, 3, 1), childCheck: CertificateCheck(required: true, received: d(2025, 2, 20))),
            Agreement(id: id(204), volunteerID: id(4), workplaceID: w2, startDate: d(2024, 6, 1), reviewDate: d(2026, 12, 10),
                      signedByVolunteer: d(2024, 6, 1), signedByContact: d(2024, 6, 1), childCheck: CertificateCheck(required: true, received: d(2023, 11, 1))),
            Agreement(id: id(205), volunteerID: id(8), workplaceID: w2, startDate: d(2026, 1, 15), reviewDate: d(2026, 10, 1),
                      signedByVolunteer: d(2026, 1, 15), signedByContact: d(2026, 1, 15), childCheck: CertificateCheck(required: true)),
        ]
        let events = [
            RecognitionEvent(id: id(301), date: d(2026, 6, 20), kind: .excursion, title: "Sommerudflugt", attendeeIDs: [id(1), id(2), id(4)]),
            RecognitionEvent(id: id(302), date: d(2026, 10, 5), kind: .gathering, title: "Høstfest", attendeeIDs: [id(1)]),
            RecognitionEvent(id: id(303), date: d(2025, 9, 1), kind: .thanks, title: "Tak", attendeeIDs: [id(3)]),
            RecognitionEvent(id: id(304), date: d(2025, 12, 5), kind: .award, title: "Prisen", attendeeIDs: [id(4)]),
        ]
        return Register(volunteers: volunteers, workplaces: workplaces, agreements: agreements, events: events)
    }

    private func counts(_ s: Statistics, _ kind: StatisticsSection.Kind) -> [StatisticsLabel: [UUID]] {
        Dictionary(s.section(kind).counts.map { ($0.label, $0.ids) }, uniquingKeysWith: { a, _ in a })
    }

    private func ids(_ ns: Int...) -> [UUID] { ns.map(Self.id) }

    func testTheYearSoFarAgainstTheHandCount() {
        let s = Statistics(register: Self.register(), period: .year(2026), today: Self.today)
        XCTAssertEqual(s.scope.asOf, Self.today, "a year not yet over is read as of today")
        let status = counts(s, .status)
        XCTAssertEqual(status[.status(.active)], ids(1, 2, 4, 8))
        XCTAssertEqual(status[.status(.paused)], [])
        XCTAssertEqual(status[.status(.stopped)], ids(3, 5), "the anonymised volunteer 5 counts")
        XCTAssertEqual(status[.status(.applicant)], ids(6))
        XCTAssertEqual(status[.status(.declined)], ids(7))

        XCTAssertEqual(s.section(.workplaces).counts.map(\.value), [2, 2, 0])
        XCTAssertEqual(counts(s, .workplaces)[.workplace(Self.id(102), name: "Børnehuset")], ids(4, 8))
        XCTAssertEqual(counts(s, .areas), [.area("ældre"): ids(1, 2), .area("børn"): ids(4, 8), .area("kultur"): []])
        XCTAssertEqual(counts(s, .membership), [.membership(.individual): ids(1, 8), .membership(.association): ids(2), .membership(.network): ids(4)])

        let new = s.section(.newPerMonth).counts
        XCTAssertEqual(new.count, 24)
        XCTAssertEqual(new.first?.label, .month(year: 2024, month: 12))
        XCTAssertEqual(new.last?.label, .month(year: 2026, month: 11))
        XCTAssertEqual(new.filter { $0.value > 0 }.map(\.label), [.month(year: 2025, month: 2), .month(year: 2025, month: 3),
                                                                 .month(year: 2026, month: 1), .month(year: 2026, month: 9)])
        XCTAssertEqual(counts(s, .newPerMonth)[.month(year: 2026, month: 9)], ids(4), "back from a pause counts as new")
        XCTAssertEqual(s.section(.stoppedPerMonth).counts.filter { $0.value > 0 }.map { [$0.label: $0.ids] },
                       [[.month(year: 2026, month: 3): ids(5)], [.month(year: 2026, month: 5): ids(3)]])

        XCTAssertEqual(counts(s, .retention), [.began: ids(2, 3), .stillActive: ids(2)])
        XCTAssertEqual(counts(s, .agreements), [
            .agreementStatus(.draft): ids(202), .agreementStatus(.signed): ids(201), .agreementStatus(.reviewDue): ids(204),
            .agreementStatus(.expired): ids(205), .agreementStatus(.ended): ids(203),
        ])
        XCTAssertEqual(counts(s, .childChecks), [.childCheck(.received): ids(204), .childCheck(.missing): ids(205), .childCheck(.due): ids(204)])

        XCTAssertEqual(counts(s, .eventsByKind).filter { !$0.value.isEmpty }, [.eventKind(.excursion): ids(301), .eventKind(.gathering): ids(302)])
        XCTAssertEqual(s.section(.eventsPerMonth).counts.map(\.value), [0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0])
        let thanks = s.section(.thanks).counts
        XCTAssertEqual(thanks[0].label, .attendances)
        XCTAssertEqual(thanks[0].value, 4, "volunteer 1 was at two events")
        XCTAssertEqual(thanks[0].ids, ids(1, 2, 4))
        XCTAssertEqual(thanks[1].ids, ids(8), "active, at no event since 23.11.2025")
    }

    func testLastYearIsReadAsOfItsLastDay() {
        let s = Statistics(register: Self.register(), period: .year(2025), today: Self.today)
        XCTAssertEqual(s.scope.asOf, Self.d(2025, 12, 31))
        XCTAssertEqual(counts(s, .status)[.status(.active)], ids(1, 2, 3, 4, 5))
        XCTAssertEqual(counts(s, .status)[.status(.applicant)], [], "6, 7 and 8 were not in the register yet")
        XCTAssertEqual(s.section(.workplaces).counts.map(\.value), [3, 2, 0])
        XCTAssertEqual(counts(s, .eventsByKind).filter { !$0.value.isEmpty }, [.eventKind(.thanks): ids(303), .eventKind(.award): ids(304)])
    }

    func testTheLastTwelveMonths() {
        let s = Statistics(register: Self.register(), period: .last12Months(endingOn: Self.today), today: Self.today)
        XCTAssertEqual(s.scope.period.first, Self.d(2025, 11, 24))
        XCTAssertEqual(counts(s, .eventsByKind).filter { !$0.value.isEmpty },
                       [.eventKind(.excursion): ids(301), .eventKind(.gathering): ids(302), .eventKind(.award): ids(304)])
        XCTAssertEqual(s.section(.eventsPerMonth).counts.first?.label, .month(year: 2025, month: 11))
        XCTAssertEqual(s.section(.thanks).counts[0].value, 5)
    }

    func testOneWorkplace() {
        let s = Statistics(register: Self.register(), period: .year(2026), today: Self.today, workplaceID: Self.id(102))
        XCTAssertEqual(counts(s, .status)[.status(.active)], ids(4, 8))
        XCTAssertEqual(counts(s, .status)[.status(.stopped)], ids(3))
        XCTAssertEqual(s.section(.workplaces).counts.map(\.label), [.workplace(Self.id(102), name: "Børnehuset")])
        XCTAssertEqual(counts(s, .agreements).filter { !$0.value.isEmpty },
                       [.agreementStatus(.reviewDue): ids(204), .agreementStatus(.expired): ids(205), .agreementStatus(.ended): ids(203)])
        XCTAssertEqual(counts(s, .eventsByKind).filter { !$0.value.isEmpty }, [.eventKind(.excursion): ids(301)], "the gathering had nobody from here")
        XCTAssertEqual(s.section(.thanks).counts[0].value, 1, "only volunteer 4's attendance is from here")
        XCTAssertEqual(s.section(.thanks).counts[1].ids, ids(8))
    }

    /// The overview's rule: not thanked here is the overview's line, less anonymised
    /// records, which the overview leaves out and the statistics would count.
    func testNotThankedIsTheOverviewsLine() {
        let register = Self.register()
        let s = Statistics(register: register, period: .last12Months(endingOn: Self.today), today: Self.today)
        XCTAssertEqual(s.section(.thanks).counts[1].ids, Attention(register: register, today: Self.today).notThanked.map(\.id))
    }

    /// A past year's checks are read as that year ended: 3 was active then (stopped in
    /// 2026) and her check counts; 8 was not in the register yet and lacks nothing.
    func testLastYearsChildChecksAreThoseOfItsLastDay() {
        let s = Statistics(register: Self.register(), period: .year(2025), today: Self.today)
        XCTAssertEqual(counts(s, .childChecks), [.childCheck(.received): ids(203, 204), .childCheck(.missing): [], .childCheck(.due): []])
    }

    /// A check received after the period's end was not there yet in it.
    func testACheckReceivedLaterDoesNotCountEarlier() {
        var register = Self.register()
        let i = register.agreements.firstIndex { $0.id == Self.id(204) }!
        register.agreements[i].childCheck.received = Self.d(2026, 1, 10)
        let s = Statistics(register: register, period: .year(2025), today: Self.today)
        XCTAssertEqual(counts(s, .childChecks)[.childCheck(.received)], ids(203))
        let now = Statistics(register: register, period: .year(2026), today: Self.today)
        XCTAssertEqual(counts(now, .childChecks)[.childCheck(.received)], ids(204))
    }

    /// Tasks by today's status, in the periods their dates reach: T1 ongoing at
    /// Solgården, T2 filled at Børnehuset from March to August 2026, T3 open at no
    /// workplace, T4 open at Solgården until June 2025, T5 closed.
    func testTasksPerWorkplace() {
        var register = Self.register()
        let w1 = Self.id(101), w2 = Self.id(102)
        register.tasks = [
            VolunteerTask(id: Self.id(401), title: "T1", workplaceID: w1, time: TaskTime(ongoing: true)),
            VolunteerTask(id: Self.id(402), title: "T2", workplaceID: w2, time: TaskTime(from: Self.d(2026, 3, 1), until: Self.d(2026, 8, 31)),
                          status: .filled, volunteerIDs: [Self.id(4)]),
            VolunteerTask(id: Self.id(403), title: "T3"),
            VolunteerTask(id: Self.id(404), title: "T4", workplaceID: w1, time: TaskTime(until: Self.d(2025, 6, 30))),
            VolunteerTask(id: Self.id(405), title: "T5", workplaceID: w2, status: .closed),
        ]
        let solgaarden = StatisticsLabel.workplace(w1, name: "Solgården"), boernehuset = StatisticsLabel.workplace(w2, name: "Børnehuset")
        let now = Statistics(register: register, period: .year(2026), today: Self.today)
        XCTAssertEqual(now.section(.openTasks).counts.map(\.label), [solgaarden, .withoutWorkplace])
        XCTAssertEqual(counts(now, .openTasks), [solgaarden: ids(401), .withoutWorkplace: ids(403)])
        XCTAssertEqual(counts(now, .filledTasks), [boernehuset: ids(402)])
        XCTAssertEqual(now.section(.openTasks).counts.first?.records, .tasks)

        let before = Statistics(register: register, period: .year(2025), today: Self.today)
        XCTAssertEqual(counts(before, .openTasks), [solgaarden: ids(401, 404), .withoutWorkplace: ids(403)])
        XCTAssertEqual(counts(before, .filledTasks), [:], "T2 began in 2026")

        let here = Statistics(register: register, period: .year(2026), today: Self.today, workplaceID: w2)
        XCTAssertEqual(counts(here, .openTasks), [:])
        XCTAssertEqual(counts(here, .filledTasks), [boernehuset: ids(402)])
    }
}
