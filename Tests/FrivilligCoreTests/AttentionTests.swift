import XCTest
@testable import FrivilligCore

final class AttentionTests: XCTestCase {
    /// A Monday.
    private let today = Day(year: 2025, month: 3, day: 10)!
    private let created = Date(timeIntervalSince1970: 0)

    private func day(_ offset: Int) -> Day { today.adding(days: offset) }

    private func volunteer(
        _ name: String, status: VolunteerStatus = .active, start: Day? = nil,
        contacts: [EmergencyContact] = [EmergencyContact(name: "Hanne", relation: "datter", phone: "+4520000000")]
    ) -> Volunteer {
        Volunteer(name: name, status: status, startDate: start, emergencyContacts: contacts, created: created)
    }

    private func agreement(
        for v: Volunteer, signed: Bool = true, start: Day? = nil, review: Day? = nil, end: Day? = nil,
        childCheck: CertificateCheck = CertificateCheck()
    ) -> Agreement {
        Agreement(
            volunteerID: v.id, startDate: start ?? day(-400), reviewDate: review ?? day(200), endDate: end,
            signedByVolunteer: signed ? day(-400) : nil, signedByContact: signed ? day(-399) : nil,
            childCheck: childCheck)
    }

    private func attention(_ volunteers: [Volunteer], _ agreements: [Agreement] = [], events: [RecognitionEvent] = [])
        -> Attention {
        Attention(register: Register(volunteers: volunteers, agreements: agreements, events: events), today: today)
    }

    func testUnsignedAgreementsAreListedInDanishNameOrderUnlessEnded() {
        let people = ["Åse", "Bent", "Ægir", "Zenia", "Øjvind", "Anders"].map { volunteer($0) }
        let halfSigned = Agreement(volunteerID: people[0].id, signedByVolunteer: day(-3))
        let result = attention(people, [
            halfSigned,
            agreement(for: people[1], signed: false),
            agreement(for: people[2], signed: false),
            agreement(for: people[3], signed: false, end: today),
            agreement(for: people[4], signed: false, end: day(-1)),
            agreement(for: people[5]),
        ])
        XCTAssertEqual(result.unsigned.map(\.volunteerName), ["Bent", "Zenia", "Ægir", "Åse"])
    }

    func testReviewsDueWithinThirtyDaysAndOverdueAreSeparate() {
        let a = volunteer("Anna"), b = volunteer("Bo"), c = volunteer("Carl"), d = volunteer("Dorte"), e = volunteer("Erik")
        let result = attention([a, b, c, d, e], [
            agreement(for: a, review: day(30)),
            agreement(for: b, review: today),
            agreement(for: c, review: day(31)),
            agreement(for: d, review: day(-1)),
            agreement(for: e, review: day(-100)),
            agreement(for: e, signed: false, review: day(-5)),
        ])
        XCTAssertEqual(result.reviewsDue.map(\.volunteerName), ["Bo", "Anna"])
        XCTAssertEqual(result.reviewsOverdue.map(\.volunteerName), ["Erik", "Dorte"])
        XCTAssertEqual(result.reviewsOverdue.map(\.agreement.reviewDate), [day(-100), day(-1)])
    }

    func testChildChecksOutstandingAndThoseToChaseAfterFourteenDays() {
        let names = ["Ib", "Gry", "Frida", "Hans", "Jon", "Kim"]
        let people = names.map { volunteer($0) }
        let result = attention(people, [
            agreement(for: people[0], childCheck: CertificateCheck(required: true)),
            agreement(for: people[1], childCheck: CertificateCheck(required: true, consentRequested: day(-14))),
            agreement(for: people[2], childCheck: CertificateCheck(required: true, consentRequested: day(-15))),
            agreement(for: people[3], childCheck: CertificateCheck(required: true, consentRequested: day(-40))),
            agreement(for: people[4], childCheck: CertificateCheck(required: true, consentRequested: day(-40), received: day(-2))),
            agreement(for: people[5], end: day(-1), childCheck: CertificateCheck(required: true, consentRequested: day(-40))),
            agreement(for: people[5], childCheck: CertificateCheck(required: false, consentRequested: day(-40))),
        ])
        XCTAssertEqual(result.childChecksOutstanding.map(\.volunteerName), ["Frida", "Gry", "Hans", "Ib"])
        XCTAssertEqual(result.childChecksToChase.map(\.volunteerName), ["Hans", "Frida"])
    }

    func testOnlyActiveVolunteersWithoutACallableRelativeAreListedInDanishOrder() {
        let result = attention([
            volunteer("Åse", contacts: []),
            volunteer("Søren", contacts: []),
            volunteer("Ægir", contacts: []),
            volunteer("anders", contacts: []),
            volunteer("Bodil", contacts: [EmergencyContact(name: "Per", phone: "")]),
            volunteer("Knud", status: .paused, contacts: []),
            volunteer("Karen", status: .stopped, contacts: []),
            volunteer("Lis"),
        ])
        XCTAssertEqual(result.withoutEmergencyContact.map(\.name), ["anders", "Bodil", "Søren", "Ægir", "Åse"])
    }

    func testThanksCountForTwelveMonthsUpToToday() {
        let people = ["Ane", "Bo", "Cai", "Dan", "Eva", "Finn"].map { volunteer($0) }
        let paused = volunteer("Gerd", status: .paused)
        let event = { (date: Day, who: [Volunteer]) in
            RecognitionEvent(date: date, kind: .gathering, attendeeIDs: who.map(\.id))
        }
        let result = attention(people + [paused], events: [
            event(today.adding(months: -12), [people[0]]),
            event(today.adding(months: -12).adding(days: 1), [people[1]]),
            event(today, [people[2], paused]),
            event(day(1), [people[3]]),
            event(day(-30), [people[4]]),
        ])
        XCTAssertEqual(result.notThanked.map(\.name), ["Ane", "Dan", "Finn"])
    }

    func testRoundAnniversariesInTheNextThirtyDaysOnly() {
        let result = attention([
            volunteer("Ulla", start: today.adding(years: -1)),
            volunteer("Tage", start: day(30).adding(years: -5)),
            volunteer("Sune", start: day(31).adding(years: -5)),
            volunteer("Rita", start: day(10).adding(years: -3)),
            volunteer("Palle", start: day(10).adding(years: -25)),
            volunteer("Orla", start: day(12).adding(years: -30)),
            volunteer("Nina", start: day(-1).adding(years: -10)),
            volunteer("Mona", start: day(5).adding(years: -10), contacts: []),
            volunteer("Lone", status: .paused, start: day(5).adding(years: -10)),
            volunteer("Kaj", start: day(5)),
            volunteer("Jan", start: today),
            volunteer("Ida"),
        ])
        XCTAssertEqual(result.anniversaries.map(\.volunteer.name), ["Ulla", "Mona", "Palle", "Orla", "Tage"])
        XCTAssertEqual(result.anniversaries.map(\.years), [1, 10, 25, 30, 5])
        XCTAssertEqual(result.anniversaries.map(\.date), [today, day(5), day(10), day(12), day(30)])
    }

    func testAnniversaryOfALeapDayStartFallsOnTheLastDayOfFebruary() {
        let leapStart = Day(year: 2024, month: 2, day: 29)!
        let result = Attention(
            register: Register(volunteers: [volunteer("Vera", start: leapStart)]),
            today: Day(year: 2025, month: 2, day: 10)!)
        XCTAssertEqual(result.anniversaries.map(\.date), [Day(year: 2025, month: 2, day: 28)!])
    }

    func testRecentEventsAreTheLastThirtyDaysNewestFirst() {
        let result = attention([], events: [
            RecognitionEvent(date: day(-30), kind: .excursion, title: "Sommerudflugt til Skagen"),
            RecognitionEvent(date: day(-31), kind: .gathering, title: "Julefrokost"),
            RecognitionEvent(date: today, kind: .volunteerFriday, title: "Frivilligfredag"),
            RecognitionEvent(date: day(1), kind: .themeDay, title: "Temadag om tavshedspligt"),
            RecognitionEvent(date: day(-3), kind: .thanks, title: "Tak"),
        ])
        XCTAssertEqual(result.recentEvents.map(\.title), ["Frivilligfredag", "Tak", "Sommerudflugt til Skagen"])
    }

    func testAgreementItemsCarryTheNamesToShow() {
        let v = volunteer("Åse")
        let w = Workplace(name: "Plejecenter Solgården", area: "ældre")
        var a = agreement(for: v, signed: false)
        a.workplaceID = w.id
        let result = Attention(register: Register(volunteers: [v], workplaces: [w], agreements: [a]), today: today)
        XCTAssertEqual(result.unsigned, [Attention.AgreementItem(agreement: a, volunteerName: "Åse", workplaceName: "Plejecenter Solgården")])
    }

}
