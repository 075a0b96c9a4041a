@testable import FrivilligApp
import FrivilligCore
import TerminalUI
import XCTest

/// `b` on an agreement's detail: the welcome letter as an HTML file, and where it went.
final class AppLetterTests: XCTestCase {
    private func openSoerensAgreement(_ s: inout AppState) {
        s.press(.char("5"))
        guard let row = s.screen.firstIndex(where: { $0.contains("Søren Øster") }) else {
            return XCTFail(s.screen.joined(separator: "\n"))
        }
        for _ in 0..<(row - 3) { s.press(.down) }
        s.press(.enter)
    }

    func testBOnAnAgreementAsksForTheLetterAndShowsWhereItWasSaved() throws {
        var s = AppFixture.state()
        openSoerensAgreement(&s)
        XCTAssertEqual(s.screen[1], "Aftale med Søren Østergaard")
        XCTAssertTrue(s.screen[23].hasPrefix(" ↑↓ rul · e ret · d slet · b velkomstbrev"), s.screen[23])
        let effects = s.press(.char("b"))
        guard case .writeLetter(let request)? = effects.first, effects.count == 1 else { return XCTFail("\(effects)") }
        XCTAssertEqual(request.baseName, "velkomstbrev-søren-østergaard-2026-11-23")
        XCTAssertEqual(request.fileExtension, "html")
        XCTAssertTrue(request.contents.contains("<title>Velkomstbrev – Søren Østergaard</title>"))
        XCTAssertTrue(request.contents.contains("Kontaktperson: Hanne Kjær<br>"))

        s.send(.letterWritten(path: "/home/k/velkomstbrev-søren-østergaard-2026-11-23.html"))
        XCTAssertTrue(s.screen[23].hasPrefix(" Velkomstbrev gemt: /home/k/velkomstbrev-søren-østergaard-2026-11-23.html"), s.screen[23])
        XCTAssertEqual(s.screen[1], "Aftale med Søren Østergaard", "the detail stays open")
        s.press(.down)
        XCTAssertFalse(s.screen[23].contains("Velkomstbrev gemt"), "the message goes with the next key")
    }

    func testFailureIsShownAndTheKeyIsListedInHelpInEnglish() {
        var s = AppFixture.state(.en)
        openSoerensAgreement(&s)
        s.send(.letterFailed(reason: "/ro/x.html: Permission denied"))
        XCTAssertTrue(s.screen[23].hasPrefix(" The welcome letter could not be saved: /ro/x.html: Permission denied"), s.screen[23])
        s.press(.char("?"))
        XCTAssertTrue(s.screen.contains { $0.contains("│ b   ") && $0.contains("   write the welcome letter as an HTML file to print") }, s.screen.joined(separator: "\n"))
    }

    func testBElsewhereDoesNothing() {
        var s = AppFixture.state()
        s.press(.char("2"), .down, .enter)
        XCTAssertEqual(s.press(.char("b")), [])
        XCTAssertEqual(s.screen[1], "Søren Østergaard  [aktiv]")
    }

    func testFileNamePartKeepsLettersAndDropsPathCharacters() {
        XCTAssertEqual(AppState.fileNamePart("../Åse  Bæk/ Ø."), "åse-bæk-ø")
        XCTAssertEqual(AppState.fileNamePart("山田 太郎"), "山田-太郎")
    }
}
