@testable import FrivilligApp
import FrivilligCore
import FrivilligExchange
import Foundation
import TerminalUI
import XCTest

/// `I` on the volunteers list: a path, the dry-run summary, and the import on `j`.
final class AppSpreadsheetImportTests: XCTestCase {
    private let sheet = """
        Navn;Telefon;E-mail
        Søren Østergaard;20 12 34 56;ny@example.dk
        Karen Lund;60 70 80 90;
        Bent Ørum;2012;

        """

    /// The runtime's answer to a read, where only `~/frivillige.csv` exists.
    private var read: (String) -> Result<Data, FileRefusal> = { _ in .failure(FileRefusal(message: "")) }

    /// The fixture state with the dialog open, where `~/frivillige.csv` holds `text`.
    private func state(reading text: String, _ language: Language = .da) -> AppState {
        var s = AppFixture.state(language)
        read = { path in
            path == "~/frivillige.csv" ? .success(Data(text.utf8))
                : .failure(FileRefusal(message: Localizer(language)(.importFileUnreadable, path, "No such file or directory")))
        }
        s.press(.char("2"), .char("I"))
        return s
    }

    func testImportShowsWhatWouldHappenAndImportsOnJ() throws {
        var s = state(reading: sheet)
        XCTAssertTrue(s.isTextEntry)
        XCTAssertEqual(s.screen[9], "  ┌ Importér frivillige fra regneark ────────────────────────────────────────┐")
        s.type("~/frivillige.csv")
        XCTAssertTrue(s.screen[10].hasPrefix("  │ Fil: ~/frivillige.csv"), s.screen[10])
        s.press(.enter, reading: read)
        XCTAssertFalse(s.isTextEntry)
        let dialog = s.screen[6...17].map { String($0.dropFirst(4).prefix(73)).replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
        XCTAssertEqual(dialog, [
            "~/frivillige.csv: UTF-8, semikolon som skilletegn, 3 rækker med",
            "frivillige.",
            "Tilføjes: 1",
            "  række 3: Karen Lund",
            "Opdateres: 1",
            "  række 2: Søren Østergaard",
            "Uændret: 0",
            "Afvises: 1 række",
            "  række 4, kolonne »Telefon«: »2012« er ikke et telefonnummer. Skriv 8",
            "  cifre (fx 20 12 34 56 eller +45 20 12 34 56), eller + og landekode.",
            "",
            "j importerer og springer 1 række med fejl over · Esc fortryder",
        ])
        XCTAssertEqual(s.screen[18], "  └──────────────────────────────────────────────────────────────────────────┘")
        XCTAssertEqual(s.register.volunteers.count, 4, "nothing is saved before j")
        let effects = s.press(.char("j"))
        guard case .commit(let changes, _)? = effects.first, effects.count == 1 else { return XCTFail("\(effects)") }
        XCTAssertEqual(changes.count, 2, "one commit with both rows")
        s.send(.committed(.saved(try s.register.applying(changes))))
        let lines = s.screen
        XCTAssertTrue(lines[23].hasPrefix(" Importeret: 1 nye, 1 opdateret, 1 afvist."), lines[23])
        XCTAssertTrue(lines[1].hasSuffix("1–5 af 5"), lines[1])
        XCTAssertTrue(lines[4].hasPrefix("  Karen Lund           +45 60 70 80 90"), lines[4])
        XCTAssertTrue(lines[5].contains("ny@example.dk"), lines[5])
    }

    func testAMissingOrRefusedFileIsExplainedAndTheDialogStays() {
        var s = state(reading: "Navn;CPR\nBo;010203-1234\n")
        s.type("~/findes-ikke.csv")
        s.press(.enter, reading: read)
        XCTAssertTrue(s.screen[12].hasPrefix("  │ Kan ikke læse ~/findes-ikke.csv: "), s.screen[12])
        for _ in "findes-ikke.csv" { s.press(.backspace) }
        s.type("frivillige.csv")
        s.press(.enter, reading: read)
        XCTAssertTrue(s.screen.joined().contains("Kolonnen »CPR« i ~/frivillige.csv ligner CPR-numre."), s.screen.joined(separator: "\n"))
        XCTAssertTrue(s.press(.char("j")).isEmpty)
        s.press(.escape)
        XCTAssertFalse(s.screen.joined().contains("Importér"))
        XCTAssertEqual(s.register.volunteers.count, 4)
    }

    func testEnglishAndNothingToImport() {
        var s = state(reading: "Name;Phone\nSøren Østergaard;+45 20 12 34 56\n", .en)
        s.type("~/frivillige.csv")
        s.press(.enter, reading: read)
        let text = s.screen.joined(separator: "\n")
        XCTAssertTrue(text.contains("Unchanged: 1"), text)
        XCTAssertTrue(text.contains("Nothing to import · Esc closes"), text)
        XCTAssertTrue(s.press(.char("y")).isEmpty)
    }

    func testHelpNamesTheKeyAndReadOnlyRefusesIt() {
        var s = AppFixture.state()
        s.press(.char("2"), .char("?"))
        XCTAssertTrue(s.screen.contains { $0.range(of: "│ I +importér frivillige fra et regneark \\(CSV, \\.xlsx\\)", options: .regularExpression) != nil }, s.screen.joined(separator: "\n"))
        s.press(.escape)
        s.isReadOnly = true
        s.press(.char("I"))
        XCTAssertFalse(s.screen.joined().contains("Importér frivillige"))
    }

    func testAMissingEmergencyPhoneColumnIsNamedInBothLanguages() {
        let error = ImportRowError(row: 2, column: "Pårørende", value: "Eva", reason: .emergencyPhoneMissing)
        XCTAssertEqual(Localizer(.da).importRowError(error),
                       "række 2, kolonne »Pårørende«: pårørendes telefonnummer mangler: filen har ingen kolonne med pårørendes telefon (fx »Pårørende telefon«).")
        XCTAssertEqual(Localizer(.en).importRowError(error),
                       "row 2, column \"Pårørende\": the emergency contact's phone number is missing: the file has no column for it (e.g. \"Emergency contact phone\").")
    }
}
