@testable import FrivilligApp
import FrivilligCore
import TerminalUI
import XCTest

/// The overview's line "Skal anonymiseres eller slettes" and the list behind it: a row
/// per record with the reason, the day it became due and what is to be done; rows open,
/// mark and follow the register as in any list.
final class OverviewRetentionTests: XCTestCase {
    private func line(_ s: AppState, _ title: String) -> String? {
        s.screen.first { $0.hasSuffix(title) }
    }

    func testTheLineCountsWhatIsDueAndAnonymisedVolunteersCountNowhere() throws {
        let s = RetentionFixture.state()
        XCTAssertEqual(line(s, "Skal anonymiseres eller slettes"), "      5  Skal anonymiseres eller slettes")
        XCTAssertEqual(s.screen[2 + RetentionFixture.overviewLine], "      5  Skal anonymiseres eller slettes")
        // Åse and Dorte are the active volunteers without a relative; the anonymised one,
        // active too and without one, is no one to call and not counted.
        XCTAssertEqual(line(s, "Aktive frivillige uden pårørende"), "      2  Aktive frivillige uden pårørende")
        XCTAssertEqual(line(s, "Aktive frivillige uden samtykke til registret"), "      4  Aktive frivillige uden samtykke til registret")
        XCTAssertEqual(line(s, "Aktive frivillige uden påskønnelse de seneste 12 måneder"),
                       "      3  Aktive frivillige uden påskønnelse de seneste 12 måneder")
        XCTAssertEqual(line(s, "Jubilæer de næste 30 dage"), "      1  Jubilæer de næste 30 dage", "Søren's five years, not the ten")
        let english = RetentionFixture.state(.en)
        XCTAssertNotNil(line(english, "To be anonymised or erased"), english.screen.joined(separator: "\n"))
    }

    func testEnterListsEachRecordWithReasonDueDayAndAction() {
        var s = RetentionFixture.state()
        for _ in 0..<RetentionFixture.overviewLine { s.press(.down) }
        s.press(.enter)
        let lines = s.screen
        XCTAssertTrue(lines[1].hasPrefix("Skal anonymiseres eller slettes"), lines[1])
        XCTAssertTrue(lines[1].hasSuffix("1–5 af 5"), lines[1])
        let rows = lines[3...7].map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        XCTAssertEqual(rows, [
            "Anders Jensen Pause uden aktivitet 14.11.2023 14.11.2025 anonymiseres",
            "Ole Dam Kontakt uden tilknytning 10.01.2024 10.01.2026 slettes",
            "Bente Holm Stoppet 01.06.2025 01.06.2026 anonymiseres",
            "Carsten Ny Afvist ansøger 15.03.2026 15.09.2026 slettes",
            "Dorte Lund Samtykke trukket tilbage 20.11.2026 20.11.2026 anonymiseres",
        ])
        s.press(.char("?"))
        let help = s.screen.joined(separator: "\n")
        XCTAssertTrue(help.contains("markér/afmarkér"), help)
        XCTAssertFalse(help.contains("tilføj"), "nothing is added to this list: \(help)")
        s.press(.escape)
        s.press(.char("a"))
        XCTAssertNil(s.overlays.last, "a opens no form here")
        s.press(.down, .enter)
        XCTAssertTrue(s.screen[1].hasPrefix("Ole Dam"), "Enter opens the contact: \(s.screen[1])")
    }

    func testRowsAreMarkedAndAListFollowsTheRegister() throws {
        var s = RetentionFixture.state()
        for _ in 0..<RetentionFixture.overviewLine { s.press(.down) }
        s.press(.enter, .char(" "), .char(" "))
        XCTAssertEqual(s.currentList?.marked, [.volunteer(AppFixture.id(4)), .contact(AppFixture.id(11))])
        XCTAssertTrue(s.screen[23].contains("2 markeret"), s.screen[23])
        var bente = try XCTUnwrap(s.register.volunteer(AppFixture.id(5)))
        bente.status = .active
        bente.statusPeriods.append(StatusPeriod(.active, from: AppFixture.today))
        s.send(.committed(.saved(try s.register.applying([.putVolunteer(bente)]))))
        XCTAssertTrue(s.screen[1].hasSuffix("1–4 af 4"), "back as active, she is no longer due: \(s.screen[1])")
        XCTAssertFalse(s.screen.joined().contains("Bente Holm"))
    }
}
