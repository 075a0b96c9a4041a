import Foundation
@testable import FrivilligCore
import XCTest

/// The retention list: each rule on the day before, the day of and the day after its
/// period ends; activity that keeps a paused volunteer; links that keep a contact; and
/// anonymised records never listed.
final class RetentionTests: XCTestCase {
    private let saved = Date(timeIntervalSince1970: 0)

    private func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    private func volunteer(_ name: String, _ status: VolunteerStatus, since: Day) -> Volunteer {
        var v = Volunteer(name: name, status: status, statusChanged: since, created: saved)
        v.statusPeriods = [StatusPeriod(.active, from: day(2015, 1, 1), to: since), StatusPeriod(status, from: since)]
        return v
    }

    private func items(_ register: Register, on today: Day) -> [Retention.Item] {
        Retention(register: register, today: today).items
    }

    /// The rule's months after `since`: not due the day before, due on the day and after.
    private func assertBoundary(_ register: Register, since: Day, months: Int, reason: Retention.Reason, action: Retention.Action,
                                line: UInt = #line) {
        let due = since.adding(months: months)
        XCTAssertEqual(items(register, on: due.adding(days: -1)), [], "the day before", line: line)
        for today in [due, due.adding(days: 1)] {
            let found = items(register, on: today)
            XCTAssertEqual(found.map(\.reason), [reason], "\(today)", line: line)
            XCTAssertEqual(found.map(\.due), [due], "\(today)", line: line)
            XCTAssertEqual(found.map(\.since), [since], "\(today)", line: line)
            XCTAssertEqual(found.map(\.action), [action], "\(today)", line: line)
        }
    }

    func testAStoppedVolunteerIsAnonymisedTwelveMonthsAfterStopping() {
        let since = day(2025, 11, 23)
        assertBoundary(Register(volunteers: [volunteer("Bo", .stopped, since: since)]), since: since, months: 12,
                       reason: .stopped, action: .anonymise)
    }

    func testADeclinedApplicantIsErasedSixMonthsAfterTheRefusal() {
        let since = day(2026, 5, 31)
        assertBoundary(Register(volunteers: [volunteer("Bo", .declined, since: since)]), since: since, months: 6,
                       reason: .declined, action: .erase)
        XCTAssertEqual(since.adding(months: 6), day(2026, 11, 30), "31 May plus six months is the end of November")
    }

    func testAPausedVolunteerIsAnonymisedTwentyFourMonthsAfterTheLastActivity() {
        let since = day(2024, 2, 29)
        assertBoundary(Register(volunteers: [volunteer("Bo", .paused, since: since)]), since: since, months: 24,
                       reason: .pausedInactive, action: .anonymise)
    }

    /// An event attended, a date on an agreement or a save of the record after the pause
    /// starts the two years again.
    func testAnyActivityKeepsAPausedVolunteer() {
        let paused = volunteer("Bo", .paused, since: day(2023, 1, 10))
        let today = day(2026, 11, 23)
        XCTAssertEqual(items(Register(volunteers: [paused]), on: today).map(\.since), [day(2023, 1, 10)])
        let recent = day(2025, 6, 1)
        let event = RecognitionEvent(date: recent, kind: .gathering, attendeeIDs: [paused.id])
        XCTAssertEqual(items(Register(volunteers: [paused], events: [event]), on: today), [], "an event attended")
        XCTAssertEqual(items(Register(volunteers: [paused], events: [event]), on: recent.adding(months: 24)).map(\.since), [recent])
        let agreement = Agreement(volunteerID: paused.id, reviewDate: recent)
        XCTAssertEqual(items(Register(volunteers: [paused], agreements: [agreement]), on: today), [], "an agreement dated")
        var touched = paused
        touched.updated = Date(timeIntervalSince1970: TimeInterval(recent.ordinal * 86_400 + 3600))
        XCTAssertEqual(items(Register(volunteers: [touched]), on: today), [], "the record saved")
        let other = RecognitionEvent(date: recent, kind: .gathering, attendeeIDs: [UUID()])
        XCTAssertEqual(items(Register(volunteers: [paused], events: [other]), on: today).count, 1, "someone else's event")
    }

    func testAContactLinkedToNothingIsErasedTwentyFourMonthsAfterAndALinkedOneNever() {
        let since = day(2024, 11, 23)
        var alone = Contact(name: "Hanne Kjær")
        alone.unlinkedSince = since
        assertBoundary(Register(contacts: [alone]), since: since, months: 24, reason: .unlinkedContact, action: .erase)
        let late = since.adding(months: 30)
        let atWorkplace = Register(contacts: [alone], workplaces: [Workplace(name: "Solgården", contactIDs: [alone.id])])
        XCTAssertEqual(items(atWorkplace, on: late), [], "a workplace lists them")
        let onAgreement = Register(volunteers: [Volunteer(name: "Bo")], contacts: [alone],
                                   agreements: [Agreement(volunteerID: UUID(), contactID: alone.id)])
        XCTAssertEqual(items(onAgreement, on: late), [], "an agreement names them")
        var undated = alone
        undated.unlinkedSince = nil
        XCTAssertEqual(items(Register(contacts: [undated]), on: late), [], "not yet known to be linked to nothing")
        var chair = alone
        chair.kind = .association
        chair.organisation = "Ældre Sagen"
        let member = Volunteer(name: "Bo", membership: Membership(kind: .association, name: "ældre sagen "), created: saved)
        XCTAssertEqual(items(Register(volunteers: [member], contacts: [chair]), on: late), [], "a member of the association they represent")
        XCTAssertEqual(items(Register(contacts: [chair]), on: late).count, 1, "an association with no member here")
    }

    func testAWithdrawnConsentIsDueThatDayAndErasesOneWhoNeverVolunteered() {
        let withdrawn = day(2026, 11, 20)
        var active = Volunteer(name: "Aktiv", created: saved)
        active.consent = Consent(given: day(2020, 1, 1), scopes: [.register], withdrawn: withdrawn)
        var applicant = volunteer("Ansøger", .applicant, since: day(2026, 11, 1))
        applicant.consent = active.consent
        let register = Register(volunteers: [active, applicant])
        XCTAssertEqual(items(register, on: withdrawn.adding(days: -1)), [])
        let found = items(register, on: withdrawn)
        XCTAssertEqual(found.map(\.name), ["Aktiv", "Ansøger"])
        XCTAssertEqual(found.map(\.reason), [.consentWithdrawn, .consentWithdrawn])
        XCTAssertEqual(found.map(\.action), [.anonymise, .erase])
    }

    func testAnonymisedVolunteersAndTheActiveAreNeverListed() {
        var done = volunteer("Anonym frivillig 2026-001", .stopped, since: day(2020, 1, 1))
        done.anonymised = true
        done.consent = Consent(given: day(2019, 1, 1), scopes: [.register], withdrawn: day(2020, 1, 1))
        let active = Volunteer(name: "Aktiv", startDate: day(2000, 1, 1), created: saved)
        XCTAssertEqual(items(Register(volunteers: [done, active]), on: day(2026, 11, 23)), [])
    }

    /// A stopped volunteer who also withdrew: one row, the earlier date; a declined one
    /// who withdrew: erased. The list runs oldest due first, then by name.
    func testOneRowPerRecordTheRuleDueFirstOldestFirst() {
        var stopped = volunteer("Carl", .stopped, since: day(2024, 1, 1))
        stopped.consent = Consent(given: day(2020, 1, 1), scopes: [.register], withdrawn: day(2026, 10, 1))
        var declined = volunteer("Bent", .declined, since: day(2026, 10, 1))
        declined.consent = Consent(given: day(2026, 9, 1), scopes: [.register], withdrawn: day(2026, 9, 15))
        let also = volunteer("Åge", .stopped, since: day(2024, 1, 1))
        let found = items(Register(volunteers: [stopped, declined, also]), on: day(2026, 11, 23))
        XCTAssertEqual(found.map(\.name), ["Carl", "Åge", "Bent"], "Danish order puts Å last")
        XCTAssertEqual(found.map(\.reason), [.stopped, .stopped, .consentWithdrawn])
        XCTAssertEqual(found.map(\.action), [.anonymise, .anonymise, .erase])
    }

    func testTheMonthsAreTheRegistersSettings() {
        let since = day(2025, 11, 23)
        var register = Register(volunteers: [volunteer("Bo", .stopped, since: since)])
        register.settings.anonymiseStoppedMonths = 6
        XCTAssertEqual(items(register, on: since.adding(months: 6)).map(\.due), [since.adding(months: 6)])
        register.settings.anonymiseStoppedMonths = 24
        XCTAssertEqual(items(register, on: since.adding(months: 12)), [])
    }

    /// The overview's lines about people leave anonymised records out.
    func testTheOverviewsListsOfPeopleLeaveAnonymisedVolunteersOut() {
        let today = day(2026, 11, 23)
        let person = Volunteer(name: "Bo", startDate: today.adding(years: -5).adding(days: 3), created: saved)
        var anonymised = Volunteer(name: "Anonym frivillig 2026-001", startDate: today.adding(years: -5).adding(days: 3), created: saved)
        anonymised.anonymised = true
        let a = Attention(register: Register(volunteers: [person, anonymised]), today: today)
        XCTAssertEqual(a.withoutEmergencyContact.map(\.name), ["Bo"])
        XCTAssertEqual(a.notThanked.map(\.name), ["Bo"])
        XCTAssertEqual(a.anniversaries.map(\.volunteer.name), ["Bo"])
        XCTAssertEqual(a.consentMissing.map(\.name), ["Bo"])
    }
}
