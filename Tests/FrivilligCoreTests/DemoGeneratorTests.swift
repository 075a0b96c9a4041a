import XCTest
@testable import FrivilligCore

final class DemoGeneratorTests: XCTestCase {
    private let today = Day(year: 2025, month: 3, day: 10)!

    private func demo(seed: UInt64 = 7, volunteers: Int = 400) -> Register {
        DemoGenerator(seed: seed, volunteers: volunteers, today: today).make()
    }

    private func json(_ register: Register) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(register)
    }

    func testSameSeedGivesTheSameFileByteForByte() throws {
        XCTAssertEqual(try json(demo(seed: 42)), try json(demo(seed: 42)))
    }

    func testDifferentSeedOrDayGivesADifferentRegister() {
        XCTAssertNotEqual(demo(seed: 1), demo(seed: 2))
        XCTAssertNotEqual(demo(seed: 1).volunteers.map(\.id), demo(seed: 2).volunteers.map(\.id))
        let later = DemoGenerator(seed: 1, volunteers: 400, today: today.adding(days: 1)).make()
        XCTAssertNotEqual(demo(seed: 1), later)
    }

    func testHasTheRequestedNumberOfVolunteers() {
        XCTAssertEqual(demo(volunteers: 0).volunteers.count, 0)
        XCTAssertEqual(demo(volunteers: 1).volunteers.count, 1)
        XCTAssertEqual(demo(volunteers: 333).volunteers.count, 333)
        XCTAssertEqual(demo(volunteers: 1000).workplaces.count, 40)
        XCTAssertEqual(demo(volunteers: 10).workplaces.count, 5)
    }

    func testEveryAgreementStatusIsPresentEvenInATinyDemo() {
        for count in [5, 400] {
            let statuses = Set(demo(volunteers: count).agreements.map { $0.status(on: today) })
            XCTAssertEqual(statuses, Set(AgreementStatus.allCases), "\(count) volunteers")
        }
    }

    func testMostVolunteersHaveAnAgreement() {
        let register = demo(volunteers: 1000)
        let covered = Set(register.agreements.map(\.volunteerID))
        XCTAssertGreaterThan(covered.count, 850)
        XCTAssertLessThan(covered.count, 1000)
    }

    func testSomeButFewActiveVolunteersLackAnEmergencyContact() {
        let active = demo(volunteers: 2000).volunteers.filter { $0.status == .active }
        let without = active.filter(\.emergencyContacts.isEmpty).count
        XCTAssertGreaterThan(Double(without) / Double(active.count), 0.03)
        XCTAssertLessThan(Double(without) / Double(active.count), 0.12)
    }

    func testNamesUseDanishLettersAndOtherScripts() {
        let names = demo(volunteers: 50).volunteers.map(\.name)
        for expected in ["Søren", "Åse", "Ægir", "Bjørn", "山田太郎"] {
            XCTAssertTrue(names.contains { $0.hasPrefix(expected) }, expected)
        }
        XCTAssertGreaterThan(Set(demo(volunteers: 2000).volunteers.map(\.name)).count, 1500)
    }

    func testPhonesAreStoredNormalisedAndEmailsAreASCII() {
        let register = demo()
        let phones = register.volunteers.flatMap { $0.phones + $0.emergencyContacts.map(\.phone) }
            + register.contacts.map(\.phone)
        XCTAssertFalse(phones.isEmpty)
        for phone in phones {
            XCTAssertEqual(Phone.normalise(phone), phone)
            XCTAssertTrue(phone.hasPrefix("+45"), phone)
        }
        XCTAssertEqual(register.volunteers.first?.email.hasPrefix("soeren.oestergaard@"), true)
        for email in register.volunteers.map(\.email) + register.contacts.map(\.email) where !email.isEmpty {
            XCTAssertTrue(Email.isValid(email), email)
            XCTAssertTrue(email.allSatisfy(\.isASCII), email)
        }
    }

    func testPassesTheRegisterCheck() {
        XCTAssertEqual(RegisterCheck.problems(in: demo(volunteers: 3000)), [])
        XCTAssertEqual(RegisterCheck.problems(in: demo(volunteers: 3)), [])
    }

    func testEveryListOfTheOverviewHasSomething() {
        let attention = Attention(register: demo(volunteers: 500), today: today)
        XCTAssertFalse(attention.unsigned.isEmpty)
        XCTAssertFalse(attention.reviewsDue.isEmpty)
        XCTAssertFalse(attention.reviewsOverdue.isEmpty)
        XCTAssertFalse(attention.childChecksOutstanding.isEmpty)
        XCTAssertFalse(attention.childChecksToChase.isEmpty)
        XCTAssertFalse(attention.withoutEmergencyContact.isEmpty)
        XCTAssertFalse(attention.notThanked.isEmpty)
        XCTAssertFalse(attention.anniversaries.isEmpty)
        XCTAssertFalse(attention.recentEvents.isEmpty)
        XCTAssertTrue(Set(attention.retention.items.map(\.reason)).isSuperset(of: [.stopped, .declined]),
                      "volunteers stopped over a year ago and applicants declined over half a year ago")
    }

    /// Mostly active, a few of every other status, with the periods that led there.
    func testAFewOfEveryStatusWithTheirPeriods() {
        let volunteers = demo().volunteers
        let counts = Dictionary(grouping: volunteers, by: \.status).mapValues(\.count)
        for status in VolunteerStatus.allCases where status != .active {
            XCTAssertTrue((2...40).contains(counts[status] ?? 0), "\(status): \(counts[status] ?? 0)")
        }
        XCTAssertGreaterThan(counts[.active] ?? 0, 300)
        let declined = volunteers.filter { $0.status == .declined }
        XCTAssertTrue(declined.allSatisfy { $0.statusPeriods.map(\.status) == [.applicant, .declined] && $0.workplaceIDs.isEmpty })
        let stopped = volunteers.filter { $0.status == .stopped }
        XCTAssertTrue(stopped.contains { $0.statusPeriods.map(\.status) == [.active, .stopped] })
        XCTAssertTrue(stopped.allSatisfy { $0.statusPeriods.last?.from == $0.statusChanged })
    }

    func testChildChecksAreRequiredAtChildrensWorkplacesOnly() {
        let register = demo()
        let areas = Dictionary(uniqueKeysWithValues: register.workplaces.map { ($0.id, $0.area) })
        for agreement in register.agreements {
            XCTAssertEqual(agreement.childCheck.required, areas[agreement.workplaceID!] == "børn")
        }
        let checks = register.agreements.map(\.childCheck).filter(\.required)
        XCTAssertTrue(checks.contains { $0.received != nil })
        XCTAssertTrue(checks.contains { $0.consentRequested == nil })
        XCTAssertTrue(register.agreements.contains { $0.criminalCheck.required })
    }

    func testEventsSpanTwoYearsWithRealisticAttendance() {
        let register = demo(volunteers: 1000)
        XCTAssertEqual(register.events.count, 100)
        XCTAssertEqual(demo(volunteers: 20).events.count, 8)
        XCTAssertEqual(Set(register.events.map(\.kind)), Set(EventKind.allCases))
        for event in register.events {
            XCTAssertTrue((3...40).contains(event.attendeeIDs.count), "\(event.attendeeIDs.count)")
            XCTAssertEqual(Set(event.attendeeIDs).count, event.attendeeIDs.count)
            XCTAssertTrue(event.date <= today && event.date >= today.adding(days: -730))
        }
        XCTAssertTrue(register.events.contains { $0.title == "Sommerudflugt til Skagen" || $0.title == "Julefrokost" })
    }

    func testDatesAreRealisticAndFollowToday() {
        let endOfToday = Date(timeIntervalSince1970: TimeInterval((today.ordinal + 1) * 86_400))
        for v in demo().volunteers {
            let age = v.birthDate!.wholeYears(until: today)
            XCTAssertTrue((16...85).contains(age), "\(age)")
            XCTAssertEqual(v.statusChanged != nil, v.status != .active)
            XCTAssertEqual(v.statusPeriods.last?.status, v.status)
            XCTAssertEqual(v.statusPeriods.last?.from, v.statusChanged ?? v.startDate)
            guard v.status != .applicant && v.status != .declined else {
                XCTAssertNil(v.startDate, "an applicant has not started")
                continue
            }
            let start = v.startDate!
            XCTAssertTrue(start <= today && start >= today.adding(years: -25).adding(days: -1))
            XCTAssertGreaterThanOrEqual(v.birthDate!.wholeYears(until: start), 16)
            XCTAssertLessThan(v.updated, endOfToday)
            XCTAssertLessThanOrEqual(v.created, v.updated)
            if let changed = v.statusChanged {
                XCTAssertGreaterThanOrEqual(v.updated, Date(timeIntervalSince1970: TimeInterval(changed.ordinal * 86_400)))
            }
        }
    }
}
