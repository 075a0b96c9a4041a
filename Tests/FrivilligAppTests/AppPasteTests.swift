@testable import FrivilligApp
import FrivilligCore
import TerminalUI
import XCTest

/// A paste is text for whatever takes typing, and nothing where nothing does: the
/// newline and the command letters in it never act as Enter, `d`, `y` or `r`.
final class AppPasteTests: XCTestCase {
    private let address = "Vestergade 3, 8900 Randers\ndyrlæge om tirsdagen\nd"

    /// Compares whole screens, printing both with their row numbers on a mismatch.
    private func assertScreen(_ actual: [String], _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        guard actual != expected else { return }
        let rows = max(actual.count, expected.count)
        let diff = (0 ..< rows).compactMap { i -> String? in
            let a = i < actual.count ? actual[i] : "<none>", e = i < expected.count ? expected[i] : "<none>"
            return a == e ? nil : String(format: "%2d expected: %@\n%2d actual:   %@", i, e, i, a)
        }
        XCTFail("screen differs:\n" + diff.joined(separator: "\n") + "\nwhole screen:\n" + actual.joined(separator: "\n"), file: file, line: line)
    }

    func testAPastedAddressStaysInTheFieldOnOneLineAndNothingIsSaved() {
        var s = AppFixture.state()
        s.press(.char("2"), .down, .char("e"), .down, .down, .down)
        XCTAssertEqual(s.press(.paste(address)), [], "nothing is saved, deleted or logged")
        assertScreen(s.screen, [
            " 1 Over… 2 Frivillige 3 Kont… 4 Arbe… 5 Afta… 6 Påsk… 7 Stat… 8 Opga… 9 Fore…",
            "┌ Rediger Søren Østergaard ────────────────────────────────────────────────────┐",
            "│   Navn *            Søren Østergaard                                         │",
            "│   Telefon           +45 20 12 34 56                                          │",
            "│   E-mail            soeren@example.dk                                        │",
            "│ › Adresse           Vestergade 3, 8900 Randers dyrlæge om tirsdagen d        │",
            "│   Fødselsdato                                                                │",
            "│   Status            aktiv ▾                                                  │",
            "│   Startdato         01.12.2021                                               │",
            "│   Kompetencer                                                                │",
            "│   Interesser                                                                 │",
            "│   Arbejdspladser    Plejecenter Solgården ▾                                  │",
            "│ Tilgængelighed                                                               │",
            "│   Ugedage                                                                    │",
            "│   Tidspunkt                                                                  │",
            "│   Bemærkning                                                                 │",
            "│ Tilknytning                                                                  │",
            "│   Type              enkeltperson ▾                                           │",
            "│   Forening/netværk                                                           │",
            "│ Pårørende 1                                                                  │",
            "│   Navn              Mette Østergaard                                         │",
            "│   Relation          datter                                                   ↓",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " Tab/↑↓ felt · Enter gem · Esc annullér · F2 nødopslag             4 frivillige",
        ])
        XCTAssertEqual(s.register, AppFixture.register())
        guard case .commit(let changes, _)? = s.press(.enter).first, case .putVolunteer(let saved)? = changes.first else {
            return XCTFail("Enter, pressed by the user, saves the form")
        }
        XCTAssertEqual(saved.address, "Vestergade 3, 8900 Randers dyrlæge om tirsdagen d")
    }

    func testAPasteIntoTheListSearchIsTheSearchText() {
        var s = AppFixture.state()
        s.press(.char("2"), .down, .char("/"))
        XCTAssertEqual(s.press(.paste("soeren\nd")), [])
        assertScreen(s.screen, [
            " 1 Over… 2 Frivillige 3 Kont… 4 Arbe… 5 Afta… 6 Påsk… 7 Stat… 8 Opga… 9 Fore…",
            "Frivillige  /soeren d                                                   1–1 af 1",
            "  Navn                 Telefon         E-mail         Status Pårørende",
            "  Søren Østergaard     +45 20 12 34 56 soeren@exampl… aktiv  Mette Østergaard +…",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " skriv for at søge · Enter behold · Esc ryd · F2 nødopslag         4 frivillige",
        ])
        XCTAssertTrue(s.isTextEntry, "the search is still being typed")
    }

    func testAPasteIntoTheEmergencyLookupSearchesWithoutOpeningAnything() {
        var s = AppFixture.state()
        s.press(.char("!"))
        XCTAssertEqual(s.press(.paste("Mette\n")), [])
        assertScreen(s.screen, [
            " 1 Overblik 2 Friv… 3 Kont… 4 Arbe… 5 Afta… 6 Påsk… 7 Stat… 8 Opga… 9 Fore…",
            "┌ NØDOPSLAG – pårørende ───────────────────────────────────────────────────────┐",
            "│Navn: Mette                                                           1 fundet│",
            "│                                                                              │",
            "│Søren Østergaard  +45 20 12 34 56                                             │",
            "│  Plejecenter Solgården                                                       │",
            "│  1. Mette Østergaard (datter)  +45 30 12 34 56                               │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " skriv for at søge · ↑↓ rul · Enter åbn · Esc luk   4 frivillige · ~/store.json",
        ])
    }

    func testAPasteIntoAPickerFiltersItsOptions() {
        var s = AppFixture.state()
        s.press(.char("2"), .down, .char("e"), .down, .down, .down, .down, .down)
        XCTAssertEqual(s.press(.paste("pau\n")), [])
        assertScreen(s.screen, [
            " 1 Over… 2 Frivillige 3 Kont… 4 Arbe… 5 Afta… 6 Påsk… 7 Stat… 8 Opga… 9 Fore…",
            "┌ Rediger Søren Østergaard ────────────────────────────────────────────────────┐",
            "│   Navn *            Søren Østergaard                                         │",
            "│   Telefon           +45 20 12 34 56                                          │",
            "│   E-mail            soeren@example.dk                                        │",
            "│   Adresse                                                                    │",
            "│   Fødselsdato                                                                │",
            "│ › Status            aktiv ▾                                                  │",
            "│   Startdato        ┌ Status: pau  ────┐                                      │",
            "│   Kompetencer      │› pause           │                                      │",
            "│   Interesser       └──────────────────┘                                      │",
            "│   Arbejdspladser    Plejecenter Solgården ▾                                  │",
            "│ Tilgængelighed                                                               │",
            "│   Ugedage                                                                    │",
            "│   Tidspunkt                                                                  │",
            "│   Bemærkning                                                                 │",
            "│ Tilknytning                                                                  │",
            "│   Type              enkeltperson ▾                                           │",
            "│   Forening/netværk                                                           │",
            "│ Pårørende 1                                                                  │",
            "│   Navn              Mette Østergaard                                         │",
            "│   Relation          datter                                                   ↓",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " ↑↓ flyt · skriv filtrerer · Enter vælg · Esc luk · F2 nødopslag   4 frivillige",
        ])
    }

    func testAPasteIntoTheAttendeeSearchOffersMatchesWithoutAddingOne() {
        var s = AppFixture.state()
        s.press(.char("2"), .down, .char("r"), .tab, .tab, .tab, .tab)
        XCTAssertEqual(s.press(.paste("aase\n")), [])
        assertScreen(s.screen, [
            " 1 Over… 2 Frivillige 3 Kont… 4 Arbe… 5 Afta… 6 Påsk… 7 Stat… 8 Opga… 9 Fore…",
            "┌ Ny påskønnelse ──────────────────────────────────────────────────────────────┐",
            "│   Dato *           23.11.2026                                                │",
            "│   Type             sammenkomst ▾                                             │",
            "│   Titel *                                                                    │",
            "│   Beskrivelse                                                                │",
            "│   Gaveværdi                                                                  │",
            "│   Noter                                                                      │",
            "│ Deltagere (1)                                                                │",
            "│ › Tilføj deltager  aase                                                      │",
            "│                    › Åse Bæk  +45 40 11 22 33                                │",
            "│                    • Søren Østergaard                                        │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "│                                                                              │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            " ↑↓ vælg · Enter tilføj · Esc ryd · F2 nødopslag    4 frivillige · ~/store.json",
        ])
    }

    func testAPasteWhereNothingIsTypedDoesNothingAndSaysSo() {
        var s = AppFixture.state()
        s.press(.char("2"), .down)
        let before = s.screen
        XCTAssertEqual(s.press(.paste("dyr")), [], "not a delete, not an event")
        XCTAssertNil(s.overlay)
        assertScreen(s.screen, Array(before.dropLast()) + [
            " Indsat tekst ignoreret: her kan der ikke skrives.  4 frivillige · ~/store.json",
        ])
        XCTAssertEqual(s.register, AppFixture.register())
    }

    func testAPasteOnTheHelpScreenLeavesItOpen() {
        var s = AppFixture.state()
        s.press(.char("2"), .char("?"))
        let help = s.screen
        XCTAssertEqual(s.press(.paste("q")), [])
        assertScreen(Array(s.screen.dropLast()), Array(help.dropLast()))
    }
}
