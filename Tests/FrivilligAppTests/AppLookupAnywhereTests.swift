@testable import FrivilligApp
import FrivilligCore
import Foundation
import TerminalUI
import XCTest

/// The lookup opens from anywhere (F2, Ctrl-N) and gives the form back as it was; every
/// list that picks a person shows what tells the Sørens of `LookupFixture` apart and
/// leaves the anonymised record out.
final class AppLookupAnywhereTests: XCTestCase {
    private func state(width: Int = 80, height: Int = 24) -> AppState { LookupFixture.state(width: width, height: height) }

    private func text(_ s: AppState) -> String { s.screen.joined(separator: "\n") }

    func testF2InAHalfFilledFormFindsTheSorenAtTheWorkplaceAndEscGivesTheFormBackAsItWas() {
        var s = LookupFixture.halfFilledForm()
        let form = s.view()
        s.press(.function(2))
        s.type("søren kildebakken")
        let lookup = text(s)
        XCTAssertTrue(lookup.contains("1 fundet"), lookup)
        XCTAssertTrue(lookup.contains("Søren Østergaard  +45 20 12 34 56"), lookup)
        XCTAssertTrue(lookup.contains("  Dagcenter Kildebakken · f. 1956 · Vestergade 3, 4690 Haslev"), lookup)
        XCTAssertTrue(lookup.contains("  1. Mette Østergaard (datter)  +45 30 12 34 56"), lookup)
        s.press(.escape)
        XCTAssertEqual(s.view(), form, "the form as it was: text, field and cursor")
        s.type("x")
        XCTAssertTrue(s.screen.contains { $0.contains("Telefon") && $0.contains("20x11") }, text(s))
        XCTAssertTrue(s.screen.contains { $0.contains("Karen Lund") }, text(s))
    }

    func testCtrlNOpensItTooAndTheKeyThatOpenedItClosesIt() {
        var s = LookupFixture.halfFilledForm()
        let form = s.view()
        for key in [Key.ctrl("n"), .function(2)] {
            s.press(key)
            XCTAssertTrue(text(s).contains("NØDOPSLAG"), "\(key)")
            s.type("holger")
            XCTAssertTrue(text(s).contains("Holger Nielsen  +45 50 50 50 50"), text(s))
            s.press(key)
            XCTAssertEqual(s.view(), form, "\(key) closes what it opened")
        }
    }

    func testABangTypedInAFormIsText() {
        var s = LookupFixture.halfFilledForm()
        s.press(.backTab)
        s.type("!")
        XCTAssertFalse(text(s).contains("NØDOPSLAG"))
        XCTAssertTrue(s.screen.contains { $0.contains("Karen Lund!") }, text(s))
    }

    /// Opening a volunteer's detail under a form would leave it hidden: over a form,
    /// Enter is not a key of the lookup and the hint does not offer it.
    func testOverAFormEnterDoesNotLeaveTheLookup() {
        var s = LookupFixture.halfFilledForm()
        s.press(.function(2))
        s.type("søren")
        XCTAssertFalse(s.screen.last!.contains("Enter"), s.screen.last!)
        s.press(.enter)
        XCTAssertTrue(text(s).contains("NØDOPSLAG"), text(s))
        XCTAssertEqual(s.overlays.count, 2)

        var onScreen = state()
        onScreen.press(.char("!"))
        onScreen.type("holger")
        XCTAssertTrue(onScreen.screen.last!.contains("Enter åbn"), onScreen.screen.last!)
        onScreen.press(.enter)
        XCTAssertTrue(text(onScreen).contains("Holger Nielsen") && !text(onScreen).contains("NØDOPSLAG"), "the detail opens")
    }

    func testF2OverAnOpenPickerGivesThePickerBackWithItsFilter() {
        var s = state(width: 100, height: 30)
        s.press(.char("5"), .char("a"), .enter)
        s.type("kilde")
        let picker = s.view()
        s.press(.function(2))
        s.type("søren")
        s.press(.escape)
        XCTAssertEqual(s.view(), picker)
    }

    func testTheLookupLeavesAnonymisedVolunteersOut() {
        var s = state()
        s.press(.char("!"))
        s.type("anonym")
        XCTAssertTrue(text(s).contains("Ingen frivillige matcher »anonym«."), text(s))
        s.press(.ctrl("u"))
        s.type("kildebakken")
        XCTAssertTrue(text(s).contains("2 fundet"), text(s))
        XCTAssertFalse(text(s).contains("1950"), text(s))
        s.press(.escape, .char("2"))
        XCTAssertTrue(text(s).contains("Anonym frivillig"), "the list of records still holds it")
    }

    /// The agreement form's volunteer picker: every Søren with his workplace, birth year
    /// and address; the words of the filter in any order; no anonymised record.
    func testTheVolunteerPickerTellsTheSorensApart() throws {
        var s = state(width: 100, height: 30)
        s.press(.char("5"), .char("a"), .enter)
        XCTAssertEqual(s.screen.filter { $0.contains("Søren Østergaard · ") }.count, 3, text(s))
        XCTAssertFalse(text(s).contains("Anonym"), text(s))
        s.type("kildebakken søren")
        XCTAssertTrue(text(s).contains("› Søren Østergaard · Dagcenter Kildebakken · f. 1956 · Vestergade 3, 4690 Haslev"), text(s))
        XCTAssertFalse(text(s).contains("1971") || text(s).contains("1988"), text(s))
        s.press(.enter)
        XCTAssertTrue(s.screen.contains { $0.contains("Frivillig *") && $0.contains("Søren Østergaard · Dagcenter Kildebakken · f. 1956") }, text(s))
    }

    /// The anonymised record is no one to pick, but an agreement it already has must
    /// still name it, or saving would give the agreement to someone else.
    func testAnAgreementOfAnAnonymisedVolunteerKeepsItsVolunteer() throws {
        var s = state(width: 100, height: 30)
        s.press(.char("5"), .char("e"))
        XCTAssertTrue(s.screen.contains { $0.contains("Frivillig *") && $0.contains("Anonym frivillig 2026-001 · Dagcenter Kildebakken · f. 1950") }, text(s))
        let effects = s.press(.tab, .tab, .enter)
        guard case .commit(let changes, _)? = effects.first, case .putAgreement(let saved)? = changes.first else {
            return XCTFail("the form saves: \(effects)")
        }
        XCTAssertEqual(saved.volunteerID, AppFixture.id(5))
    }

    func testTheAttendeeSearchTellsTheSorensApartAndLeavesAnonymisedOut() {
        var s = state(width: 100, height: 30)
        s.press(.char("6"), .char("a"))
        s.press(.tab, .tab, .tab, .tab)
        s.type("søren")
        XCTAssertEqual(s.screen.filter { $0.contains("Søren Østergaard  +45") && $0.contains(" · f. ") }.count, 3, text(s))
        s.type(" 4700")
        XCTAssertTrue(text(s).contains("› Søren Østergaard  +45 20 65 43 21  Haslev Bibliotek · f. 1971 · Søndergade"), text(s))
        XCTAssertFalse(text(s).contains("1956"), text(s))
        s.press(.ctrl("u"))
        s.type("anonym")
        XCTAssertTrue(text(s).contains("intet match") || text(s).contains("Ingen"), text(s))
        XCTAssertFalse(text(s).contains("Anonym frivillig"), text(s))
    }
}
