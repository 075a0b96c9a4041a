// The statistics tab (7) on AppFixture's register, today 23.11.2026: golden screens at
// 80×24 and 120×40, the keys, and the numbers against a count made here.

import FrivilligApp
import FrivilligCore
import FrivilligText
import TerminalUI
import XCTest

final class StatisticsScreenTests: XCTestCase {
    private func state(_ language: Language = .da, width: Int = 80, height: Int = 24) -> AppState {
        var state = AppFixture.state(language, width: width, height: height)
        state.press(.char("7"))
        return state
    }

    func testGoldenAt80x24() {
        assertGolden(state().view(), named: "statistics")
    }

    func testGoldenAt120x40() {
        assertGolden(state(width: 120, height: 40).view(), named: "statistics-120x40")
    }

    /// Scrolled to the series of months, drawn as sparklines, on AppFixture's register
    /// with status periods: new in March 2025 (two), June 2025 and February 2026; one
    /// paused in April 2026.
    func testGoldenScrolledToTheMonths() {
        var register = AppFixture.register()
        let d = { (y: Int, m: Int, day: Int) in Day(year: y, month: m, day: day)! }
        register.volunteers[0].statusPeriods = [StatusPeriod(.active, from: d(2025, 3, 1))]
        register.volunteers[1].statusPeriods = [StatusPeriod(.applicant, from: d(2025, 1, 10), to: d(2025, 6, 1)), StatusPeriod(.active, from: d(2025, 6, 1))]
        register.volunteers[2].statusPeriods = [StatusPeriod(.active, from: d(2026, 2, 1))]
        register.volunteers[3].statusPeriods = [StatusPeriod(.active, from: d(2025, 3, 10), to: d(2026, 4, 1)), StatusPeriod(.paused, from: d(2026, 4, 1))]
        var s = AppState(register: register, l10n: Localizer(.da), today: AppFixture.today, storePath: "~/store.json")
        s.press(.char("7"))
        for _ in 0..<10 { s.press(.down) }
        assertGolden(s.view(), named: "statistics-months")
    }

    /// Each status bar's number is the count of volunteers in that status, counted here.
    func testTheStatusNumbersAreTheRegistersCounts() {
        let screen = state(width: 120, height: 40).screen
        let register = AppFixture.register()
        let l10n = Localizer(.da)
        for status in VolunteerStatus.lifecycle {
            let expected = register.volunteers.filter { $0.status == status }.count
            let line = screen.first { $0.hasPrefix("  " + l10n.status(status) + " ") }
            XCTAssertNotNil(line, "no bar for \(status)")
            let number = line.flatMap { $0.split(separator: " ").last }.flatMap { Int($0) }
            XCTAssertEqual(number, expected, "\(status): \(line ?? "")")
        }
    }

    /// Enter on the second bar (active volunteers, after applicants) lists them; Esc goes
    /// back to the tab.
    func testEnterListsTheVolunteersBehindTheBar() {
        var s = state()
        s.press(.down, .enter)
        let screen = s.screen
        XCTAssertTrue(screen[1].hasPrefix("Frivillige efter status: aktiv"), screen[1])
        let names = ["Søren Østergaard", "Åse Bæk", "山田太郎"]
        for name in names { XCTAssertTrue(screen.contains { $0.contains(name) }, "\(name) missing:\n" + screen.joined(separator: "\n")) }
        XCTAssertFalse(screen.contains { $0.contains("Anders Jensen") }, "Anders is paused")
        s.press(.escape)
        XCTAssertTrue(s.screen[1].hasPrefix("Statistik for"), s.screen[1])
    }

    func testPCyclesThePeriod() {
        var s = state()
        XCTAssertTrue(s.screen[1].hasPrefix("Statistik for de seneste 12 måneder til 23.11.2026"), s.screen[1])
        s.press(.char("p"))
        XCTAssertTrue(s.screen[1].hasPrefix("Statistik for 2026"), s.screen[1])
        s.press(.char("p"))
        XCTAssertTrue(s.screen[1].hasPrefix("Statistik for 2025"), s.screen[1])
        s.press(.char("p"))
        XCTAssertTrue(s.screen[1].hasPrefix("Statistik for de seneste 12 måneder til 23.11.2026"), s.screen[1])
    }

    /// `w` lists the workplaces under the title (Åbo last, the Danish way), "all" first
    /// and highlighted; a few
    /// letters narrow the list and Enter counts only the one chosen; Esc changes nothing.
    private func threeWorkplaces() -> AppState {
        var register = AppFixture.register()
        register.workplaces += ["Åbo Plejehjem", "Dagcenter Kildebakken"].map { Workplace(id: AppFixture.id(90 + $0.count), name: $0) }
        var s = AppState(register: register, l10n: Localizer(.da), today: AppFixture.today, storePath: "~/store.json")
        s.press(.char("7"), .char("w"))
        return s
    }

    func testGoldenOfTheWorkplaceList() {
        var s = threeWorkplaces()
        s.type("k")
        assertGolden(s.view(), named: "statistics-workplaces")
    }

    func testWChoosesTheWorkplaceFromAList() {
        var s = threeWorkplaces()
        XCTAssertTrue(s.screen[2].hasPrefix("┌ Arbejdsplads ─"), s.screen[2])
        XCTAssertTrue(s.screen[3].hasPrefix("│› Alle arbejdspladser "), s.screen[3])
        XCTAssertEqual(s.screen[4...6].map { String($0.dropFirst(3).prefix(21)) }, ["Dagcenter Kildebakken", "Plejecenter Solgården", "Åbo Plejehjem        "],
                       "workplaces in Danish name order")
        s.type("solg")
        XCTAssertTrue(s.screen[2].hasPrefix("┌ Arbejdsplads: solg "), s.screen[2])
        XCTAssertTrue(s.screen[3].hasPrefix("│› Plejecenter Solgården "), s.screen[3])
        XCTAssertTrue(s.screen[4].hasPrefix("└"), "only Solgården matches: \(s.screen[4])")
        s.press(.enter)
        XCTAssertTrue(s.screen[1].hasPrefix("Statistik for de seneste 12 måneder til 23.11.2026 · Plejecenter Solgården"), s.screen[1])
        let active = s.screen.first { $0.hasPrefix("  aktiv ") } ?? ""
        XCTAssertTrue(active.hasSuffix(" 1"), "only Søren is at Solgården: \(active)")

        s.press(.char("w"))
        XCTAssertTrue(s.screen.contains { $0.hasPrefix("│› Plejecenter Solgården ") }, "opens on the workplace counted now")
        s.press(.escape)
        XCTAssertTrue(s.screen[1].contains("· Plejecenter Solgården"), "Esc keeps the filter: \(s.screen[1])")
        s.press(.char("w"))
        s.type("alle")
        s.press(.enter)
        XCTAssertFalse(s.screen[1].contains("·"), "all workplaces again: \(s.screen[1])")
    }

    func testInEnglish() {
        let screen = state(.en).screen
        XCTAssertTrue(screen[1].hasPrefix("Statistics for the 12 months to 2026-11-23"), screen[1])
        XCTAssertTrue(screen[2].hasPrefix("Volunteers by status"), screen[2])
    }
}
