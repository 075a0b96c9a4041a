import Foundation
@testable import FrivilligCore
import XCTest

/// Status periods: kept by the store at every save that changes a status, whoever saves
/// it, written to the file, and read for older stores from the status date.
final class StatusPeriodTests: XCTestCase {
    private var dir: URL!
    private var url: URL { dir.appendingPathComponent("store.json") }

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-periods-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    private func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    /// The record as the file holds it, read back by JSONSerialization.
    private func storedPeriods(_ store: Store) throws -> [[String: String]] {
        try store.compact()
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let volunteer = try XCTUnwrap((json["volunteers"] as? [[String: Any]])?.first)
        return try XCTUnwrap(volunteer["statusPeriods"] as? [[String: String]])
    }

    func testAnApplicantAcceptedThenStoppedHasThreePeriodsInTheFile() throws {
        let store = try Store.open(at: url)
        var v = Volunteer(name: "Bodil Holm", status: .applicant)
        try store.commit([.putVolunteer(v)], today: day(2026, 1, 5))
        XCTAssertEqual(store.register.volunteers[0].statusChanged, day(2026, 1, 5), "a new volunteer who does not start as active")
        v = store.register.volunteers[0]
        v.status = .active
        try store.commit([.putVolunteer(v)], today: day(2026, 2, 1))
        v = store.register.volunteers[0]
        v.status = .stopped
        try store.commit([.putVolunteer(v)], today: day(2026, 9, 30))
        XCTAssertEqual(store.register.volunteers[0].statusChanged, day(2026, 9, 30))
        XCTAssertEqual(try storedPeriods(store), [
            ["status": "applicant", "from": "2026-01-05", "to": "2026-02-01"],
            ["status": "active", "from": "2026-02-01", "to": "2026-09-30"],
            ["status": "stopped", "from": "2026-09-30"],
        ])
    }

    func testASaveThatKeepsTheStatusKeepsThePeriodsWhateverItsCopySays() throws {
        let store = try Store.open(at: url)
        try store.commit([.putVolunteer(Volunteer(name: "Bo", status: .paused))], today: day(2026, 3, 1))
        var v = store.register.volunteers[0]
        v.phones = ["+4520123456"]
        v.statusPeriods = []
        try store.commit([.putVolunteer(v)], today: day(2026, 4, 1))
        XCTAssertEqual(store.register.volunteers[0].statusPeriods, [StatusPeriod(.paused, from: day(2026, 3, 1))])
        XCTAssertEqual(store.register.volunteers[0].statusChanged, day(2026, 3, 1))
    }

    /// A new active volunteer is active since the start date, never after the save; the
    /// status date stays empty, as a new active volunteer has not changed status.
    func testANewActiveVolunteerIsActiveFromTheStartDate() throws {
        let store = try Store.open(at: url)
        try store.commit([.putVolunteer(Volunteer(name: "Past", startDate: day(2019, 8, 15))),
                          .putVolunteer(Volunteer(name: "Future", startDate: day(2027, 1, 1)))], today: day(2026, 5, 1))
        XCTAssertEqual(store.register.volunteers.map(\.statusPeriods),
                       [[StatusPeriod(.active, from: day(2019, 8, 15))], [StatusPeriod(.active, from: day(2026, 5, 1))]])
        XCTAssertEqual(store.register.volunteers.map(\.statusChanged), [nil, nil])
    }

    /// A spreadsheet row that says when the status changed dates the change that day;
    /// going back the same day reopens the period left.
    func testTheStatusDateASaveNamesIsUsedAndASameDayReturnLeavesNoEmptyPeriod() throws {
        let store = try Store.open(at: url)
        try store.commit([.putVolunteer(Volunteer(name: "Bo", startDate: day(2020, 1, 1)))], today: day(2026, 1, 1))
        var v = store.register.volunteers[0]
        v.status = .paused
        v.statusChanged = day(2025, 6, 1)
        try store.commit([.putVolunteer(v)], today: day(2026, 1, 1))
        XCTAssertEqual(store.register.volunteers[0].statusPeriods,
                       [StatusPeriod(.active, from: day(2020, 1, 1), to: day(2025, 6, 1)), StatusPeriod(.paused, from: day(2025, 6, 1))])
        v = store.register.volunteers[0]
        v.status = .stopped
        try store.commit([.putVolunteer(v)], today: day(2026, 2, 2))
        v = store.register.volunteers[0]
        v.status = .paused
        try store.commit([.putVolunteer(v)], today: day(2026, 2, 2))
        XCTAssertEqual(store.register.volunteers[0].statusPeriods,
                       [StatusPeriod(.active, from: day(2020, 1, 1), to: day(2025, 6, 1)), StatusPeriod(.paused, from: day(2025, 6, 1))],
                       "stopped and back on one day")
    }

    /// A form left open on an old revision saves its phone; the status another program
    /// changed meanwhile, and its period, stay.
    func testASaveFromAnOlderCopyKeepsThePeriodOfAStatusChangedMeanwhile() throws {
        let store = try Store.open(at: url)
        try store.commit([.putVolunteer(Volunteer(name: "Bo", startDate: day(2020, 1, 1)))], today: day(2026, 1, 1))
        let opened = store.register
        let other = try Store.open(at: url)
        var paused = other.register.volunteers[0]
        paused.status = .paused
        try other.commit([.putVolunteer(paused)], today: day(2026, 3, 3))
        var edited = opened.volunteers[0]
        edited.phones = ["+4520123456"]
        try store.commit([.putVolunteer(edited)], base: opened, today: day(2026, 4, 4))
        let saved = store.register.volunteers[0]
        XCTAssertEqual(saved.status, .paused)
        XCTAssertEqual(saved.phones, ["+4520123456"])
        XCTAssertEqual(saved.statusPeriods,
                       [StatusPeriod(.active, from: day(2020, 1, 1), to: day(2026, 3, 3)), StatusPeriod(.paused, from: day(2026, 3, 3))])
    }

    /// A store from before periods: one period from the status date, else the start
    /// date, else the day the record was created (UTC), through both readers alike.
    func testAnOlderStoreIsReadWithOnePeriodByBothReaders() throws {
        let text = """
            {"schemaVersion": 1, "volunteers": [
              {"id": "00000000-0000-0000-0000-000000000001", "name": "A", "status": "stopped", "statusChanged": "2025-10-01", "startDate": "2019-01-01"},
              {"id": "00000000-0000-0000-0000-000000000002", "name": "B", "status": "active", "startDate": "2019-01-01"},
              {"id": "00000000-0000-0000-0000-000000000003", "name": "C", "status": "paused", "created": "2024-05-06T23:30:00Z"},
              {"id": "00000000-0000-0000-0000-000000000004", "name": "D", "status": "paused", "statusPeriods": null}
            ]}
            """
        let bytes = Data(text.utf8)
        let fast = try XCTUnwrap(StoreReader.register(from: bytes))
        XCTAssertEqual(fast, try StoreCodec.decodeWithFoundation(bytes, path: "old.json"))
        XCTAssertEqual(fast.volunteers.map(\.statusPeriods), [
            [StatusPeriod(.stopped, from: day(2025, 10, 1))], [StatusPeriod(.active, from: day(2019, 1, 1))],
            [StatusPeriod(.paused, from: day(2024, 5, 6))], [StatusPeriod(.paused, from: day(1970, 1, 1))],
        ])
    }

    func testAPeriodThatDoesNotReadIsNamed() throws {
        let text = #"{"schemaVersion": 1, "volunteers": [{"id": "00000000-0000-0000-0000-000000000001", "name": "A", "status": "active", "statusPeriods": [{"status": "retired", "from": "2020-01-01"}]}]}"#
        XCTAssertNil(StoreReader.register(from: Data(text.utf8)))
        XCTAssertThrowsError(try StoreCodec.decodeWithFoundation(Data(text.utf8), path: "bad.json")) { error in
            XCTAssertTrue("\(error)".contains("statusPeriods"), "\(error)")
        }
    }
}
