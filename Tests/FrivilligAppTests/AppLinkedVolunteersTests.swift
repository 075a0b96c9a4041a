import XCTest
import FrivilligCore
import TerminalUI
@testable import FrivilligApp

/// `v` on a workplace or an event lists its volunteers, to open one or to thank them
/// all with `*` and `r`.
final class AppLinkedVolunteersTests: XCTestCase {
    private func state() -> AppState {
        var register = AppFixture.register()
        register.volunteers[3].workplaceIDs = [AppFixture.id(20)]
        return AppState(register: register, l10n: Localizer(.da), today: AppFixture.today, storePath: "~/store.json", width: 80, height: 24)
    }

    func testAWorkplacesVolunteersOpenFromItsDetail() {
        var s = state()
        s.press(.char("4"), .enter)
        XCTAssertTrue(s.screen.last?.contains("v frivillige") ?? false, s.screen.joined(separator: "\n"))
        s.press(.char("v"))
        XCTAssertEqual(Array(s.screen[1...5]), [
            "Frivillige på Plejecenter Solgården                                     1–2 af 2",
            "  Navn                 Telefon         E-mail         Status Pårørende",
            "  Anders Jensen        +45 50 50 50 50                pause  Lis Jensen +45 60 …",
            "  Søren Østergaard     +45 20 12 34 56 soeren@exampl… aktiv  Mette Østergaard +…",
            "",
        ])
        s.press(.down, .enter)
        XCTAssertTrue(s.screen[1].hasPrefix("Søren Østergaard  [aktiv]"), s.screen[1])
        s.press(.escape)
        XCTAssertTrue(s.screen[1].hasPrefix("Frivillige på Plejecenter Solgården"), "Esc goes back to the list")
        s.press(.escape)
        XCTAssertTrue(s.screen[1].hasPrefix("Plejecenter Solgården"), "and then to the workplace")
    }

    func testStarMarksEveryoneAndRThanksThemTogether() throws {
        var s = state()
        s.press(.char("4"), .enter, .char("v"), .char("*"))
        XCTAssertEqual(s.currentList?.marked, [.volunteer(AppFixture.id(1)), .volunteer(AppFixture.id(4))])
        s.press(.char("r"))
        let form = s.screen.joined(separator: "\n")
        XCTAssertTrue(form.contains("Anders Jensen") && form.contains("Søren Østergaard"), form)
        s.press(.escape)
        s.press(.char("*"))
        XCTAssertEqual(s.currentList?.marked, [], "a second * unmarks them all")
    }

    func testAnEventsAttendeesAreAListToo() {
        var s = state()
        s.press(.char("6"), .enter, .char("v"))
        XCTAssertTrue(s.screen[1].hasPrefix("Deltagere i Sommerudflugt"), s.screen[1])
        XCTAssertTrue(s.screen[3].hasPrefix("  Søren Østergaard"), s.screen[3])
        XCTAssertEqual(s.screen[4], "")
    }

    func testANewVolunteerHasServedUnderAYearNotZeroYears() {
        var register = AppFixture.register()
        register.volunteers[1].startDate = Day(year: 2026, month: 9, day: 1)
        var s = AppState(register: register, l10n: Localizer(.da), today: AppFixture.today, storePath: "~/store.json", width: 80, height: 24)
        s.press(.char("2"), .down, .down, .enter)
        let detail = s.screen.joined(separator: "\n")
        XCTAssertTrue(detail.contains("01.09.2026 (under 1 år)"), detail)
        XCTAssertFalse(detail.contains("(0 år)"), detail)
    }
}
