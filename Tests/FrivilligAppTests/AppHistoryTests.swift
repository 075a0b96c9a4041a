@testable import FrivilligApp
import FrivilligCore
import XCTest

/// The "Historik" section at the end of a volunteer's detail.
final class AppHistoryTests: XCTestCase {
    private let utc = TimeZone(identifier: "UTC")!

    private func at(_ day: Int, _ hour: Int) -> Date {
        var c = DateComponents()
        c.year = 2026; c.month = 11; c.day = day; c.hour = hour; c.minute = 4
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        return calendar.date(from: c)!
    }

    func testVolunteerDetailShowsTheHistoryNewestFirst() {
        var s = AppFixture.state(height: 60)
        XCTAssertEqual(s.press(.char("2")), [], "the history is read only for a volunteer's detail")
        XCTAssertEqual(s.press(.down, .enter), [.loadHistory(AppFixture.id(1))])
        s.send(.historyLoaded(AppFixture.id(1), [
            HistoryEntry(at: at(20, 9), what: .created),
            HistoryEntry(at: at(21, 10), what: .changed(["phone", "emergency-contacts"])),
            HistoryEntry(at: at(22, 11), what: .attended(title: "Sommerudflugt", date: Day(year: 2026, month: 11, day: 1)!)),
        ]))
        let lines = s.screen
        XCTAssertEqual(lines[1], "Søren Østergaard  [aktiv]")
        guard let heading = lines.firstIndex(of: "Historik") else { return XCTFail(lines.joined(separator: "\n")) }
        XCTAssertEqual(Array(lines[heading + 1...heading + 3]), [
            "  22.11.2026 11:04  deltog i »Sommerudflugt« 01.11.2026",
            "  21.11.2026 10:04  ændret: Telefon, Pårørende",
            "  20.11.2026 09:04  oprettet",
        ])
        XCTAssertFalse(lines[heading + 4].contains("Ingen historik"), "the history starts with the volunteer being added")
        XCTAssertEqual(s.press(.down), [], "read once, not at every key")
    }

    func testOnlyTheNewestTwentyAndWhatIsMissing() {
        var s = AppFixture.state(height: 60)
        s.press(.char("2"), .down, .enter)
        s.send(.historyLoaded(AppFixture.id(1), (0..<25).map { HistoryEntry(at: at(1, 0).addingTimeInterval(Double($0) * 60), what: .changed([])) }))
        var lines = s.screen
        let heading = lines.firstIndex(of: "Historik")!
        XCTAssertEqual(lines[heading + 1], "  01.11.2026 00:28  ændret")
        XCTAssertEqual(lines[heading + 20], "  01.11.2026 00:09  ændret")
        XCTAssertEqual(lines[heading + 21], "  … og 5 ældre")

        XCTAssertEqual(s.send(.committed(.saved(s.register))), [.loadHistory(AppFixture.id(1))], "a save is read again")
        s.send(.historyLoaded(AppFixture.id(1), [HistoryEntry(at: at(2, 8), what: .changed(["notes"]))]))
        lines = s.screen
        XCTAssertEqual(lines[heading + 1], "  02.11.2026 08:04  ændret: Noter")
        XCTAssertEqual(lines[heading + 2], "  Ingen historik registreret før 02.11.2026 08:04")
        s.send(.historyLoaded(AppFixture.id(1), []))
        XCTAssertEqual(s.screen[heading + 1], "  Ingen historik registreret")
    }

    func testDateAndTimeInEachLanguage() {
        let date = Date(timeIntervalSince1970: 1_795_381_445) // 2026-11-22T21:04:05Z
        XCTAssertEqual(Localizer(.da).dateTime(date, timeZone: utc), "22.11.2026 21:04")
        XCTAssertEqual(Localizer(.en).dateTime(date, timeZone: utc), "2026-11-22 21:04")
        XCTAssertEqual(Localizer(.en).history(.changed(["phone", "emergency-contacts"])), "changed: Phone, Emergency contacts")
    }
}
