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
        var asked: [UUID] = []
        var s = AppFixture.state(height: 60)
        s.history = { id in
            asked.append(id)
            guard id == AppFixture.id(1) else { return [] }
            return [
                HistoryEntry(at: self.at(20, 9), what: .created),
                HistoryEntry(at: self.at(21, 10), what: .changed(["phone", "emergency-contacts"])),
                HistoryEntry(at: self.at(22, 11), what: .attended(title: "Sommerudflugt", date: Day(year: 2026, month: 11, day: 1)!)),
            ]
        }
        _ = s.screen
        s.press(.char("2"))
        _ = s.screen
        XCTAssertEqual(asked, [], "the history is read only for a volunteer's detail")
        s.press(.down, .enter)
        let lines = s.screen
        XCTAssertEqual(lines[1], "Søren Østergaard  [aktiv]")
        guard let heading = lines.firstIndex(of: "Historik") else { return XCTFail(lines.joined(separator: "\n")) }
        XCTAssertEqual(Array(lines[heading + 1...heading + 3]), [
            "  22.11.2026 11:04  deltog i »Sommerudflugt« 01.11.2026",
            "  21.11.2026 10:04  ændret: Telefon, Pårørende",
            "  20.11.2026 09:04  oprettet",
        ])
        XCTAssertFalse(lines[heading + 4].contains("Ingen historik"), "the history starts with the volunteer being added")
        XCTAssertEqual(Set(asked), [AppFixture.id(1)])
    }

    func testOnlyTheNewestTwentyAndWhatIsMissing() {
        var s = AppFixture.state(height: 60)
        s.history = { _ in (0..<25).map { HistoryEntry(at: self.at(1, 0).addingTimeInterval(Double($0) * 60), what: .changed([])) } }
        s.press(.char("2"), .down, .enter)
        var lines = s.screen
        let heading = lines.firstIndex(of: "Historik")!
        XCTAssertEqual(lines[heading + 1], "  01.11.2026 00:28  ændret")
        XCTAssertEqual(lines[heading + 20], "  01.11.2026 00:09  ændret")
        XCTAssertEqual(lines[heading + 21], "  … og 5 ældre")

        s.history = { _ in [HistoryEntry(at: self.at(2, 8), what: .changed(["notes"]))] }
        lines = s.screen
        XCTAssertEqual(lines[heading + 1], "  02.11.2026 08:04  ændret: Noter")
        XCTAssertEqual(lines[heading + 2], "  Ingen historik registreret før 02.11.2026 08:04")
        s.history = { _ in [] }
        XCTAssertEqual(s.screen[heading + 1], "  Ingen historik registreret")
    }

    func testDateAndTimeInEachLanguage() {
        let date = Date(timeIntervalSince1970: 1_795_381_445) // 2026-11-22T21:04:05Z
        XCTAssertEqual(Localizer(.da).dateTime(date, timeZone: utc), "22.11.2026 21:04")
        XCTAssertEqual(Localizer(.en).dateTime(date, timeZone: utc), "2026-11-22 21:04")
        XCTAssertEqual(Localizer(.en).history(.changed(["phone", "emergency-contacts"])), "changed: Phone, Emergency contacts")
    }
}
