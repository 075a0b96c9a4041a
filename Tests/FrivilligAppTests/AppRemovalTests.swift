@testable import FrivilligApp
@testable import FrivilligCore
import Foundation
import TerminalUI
import XCTest

/// `X` on a volunteer, driven by keys through `update` with the runner's effects
/// performed on a real store: anonymise or erase, the preview, the question about the
/// person as another's emergency contact, the name, and what is left on disk.
final class AppRemovalTests: XCTestCase {
    // MARK: Carried out

    /// Erased with their entry as Ole's emergency contact removed: no file of the store
    /// folder holds a byte of the name, any phone form or the e-mail; back on the list,
    /// with the count of records on the status line and not the name.
    func testErasingLeavesNoByteOfThePersonInAnyFileOfTheStore() throws {
        let f = try RemovalStoreFixture()
        let before = try f.occurrences(of: RemovalStoreFixture.words)
        for file in ["store.json", "store.json.journal", "store.json.history", "store.json.bak", "store.json.index"] {
            XCTAssertNotNil(before[file], "the person should be in \(file) before, or the search shows nothing")
        }
        XCTAssertGreaterThan(before.keys.filter { $0.hasPrefix("store.json.backups/") }.count, 0)

        f.openTheDialog()
        f.press(.down, .enter)
        XCTAssertTrue(f.screen.contains("Kirsten Sletmig står som pårørende hos Ole Andersen."), f.screen)
        f.press(.down, .enter)
        XCTAssertTrue(f.screen.contains("- står som pårørende hos Ole Andersen: fjernes der"), f.screen)
        f.press(.enter)
        f.type(RemovalStoreFixture.name)
        f.press(.enter)

        XCTAssertEqual(try f.occurrences(of: RemovalStoreFixture.words), [:])
        XCTAssertTrue(f.statusLine.hasPrefix(" Slettet: 2 poster er fjernet fra registeret og alle dets filer."), f.statusLine)
        XCTAssertNil(f.state.overlay)
        XCTAssertEqual(f.state.keyScope, .list(.volunteers, pushed: false), "back on the list")
        XCTAssertEqual(f.state.currentList?.refs, [.volunteer(f.store.register.volunteers.first { $0.name == "Lis Hansen" }!.id),
                                                   .volunteer(f.other)])
        let reopened = try Store.open(at: f.store.url)
        XCTAssertNil(reopened.register.volunteer(f.person))
        XCTAssertEqual(reopened.register.volunteer(f.other)?.emergencyContacts, [])
        XCTAssertEqual(reopened.register.volunteer(f.other)?.notes, "Kører sammen med [slettet] om tirsdagen")
    }

    /// The default answer keeps Ole's entry: the name and phone stay there alone.
    func testKeepingTheEntryAsAnotherVolunteersEmergencyContactKeepsOnlyThat() throws {
        let f = try RemovalStoreFixture()
        f.openTheDialog()
        f.press(.down, .enter, .enter)
        XCTAssertTrue(f.screen.contains("- står som pårørende hos Ole Andersen: beholdes der (kun navn og telefon)"), f.screen)
        f.press(.enter)
        f.type(RemovalStoreFixture.name)
        f.press(.enter)
        let reopened = try Store.open(at: f.store.url)
        XCTAssertNil(reopened.register.volunteer(f.person))
        XCTAssertEqual(reopened.register.volunteer(f.other)?.emergencyContacts.map(\.name), [RemovalStoreFixture.name])
        XCTAssertEqual(try f.occurrences(of: ["kirsten@sletmig.dk", "29292929", "Ringer helst", "Bo Sletmig"]), [:])
    }

    /// Anonymise is the choice Enter takes: the record stays under its label, selected on
    /// the list, and nothing personal of it is in any file.
    func testAnonymisingIsTheDefaultAndKeepsTheRecordUnderItsLabel() throws {
        let f = try RemovalStoreFixture()
        f.openTheDialog()
        f.press(.enter)
        XCTAssertTrue(f.screen.contains("Anonymisering af Kirsten Sletmig: navnet bliver »Anonym frivillig 2026-001«"), f.screen)
        f.press(.enter)
        XCTAssertTrue(f.screen.contains("Skriv navnet »Kirsten Sletmig« og tryk Enter for at anonymisere for altid:"), f.screen)
        f.type(RemovalStoreFixture.name)
        f.press(.enter)

        XCTAssertTrue(f.statusLine.hasPrefix(" Anonymiseret som »Anonym frivillig 2026-001«: 2 poster i registeret og alle dets filer."),
                      f.statusLine)
        XCTAssertEqual(try f.occurrences(of: ["kirsten@sletmig.dk", "29292929", "Ringer helst", "Bo Sletmig", "Højtlæsning"]), [:])
        let kept = try XCTUnwrap(Store.open(at: f.store.url).register.volunteer(f.person))
        XCTAssertEqual(kept.name, "Anonym frivillig 2026-001")
        XCTAssertEqual(kept.phones, [])
        XCTAssertEqual(f.state.currentList?.selectedRef, .volunteer(f.person), "the anonymised row stays selected")
        XCTAssertEqual(f.state.keyScope, .list(.volunteers, pushed: false))
    }

    /// Each file the store rewrites is named on screen as it starts, in the dialog.
    func testTheProgressOfTheRemovalIsShownWhileItRuns() throws {
        let f = try RemovalStoreFixture()
        f.openTheDialog()
        f.press(.down, .enter, .enter, .enter)
        f.type(RemovalStoreFixture.name)
        f.press(.enter)
        let backups = try FileManager.default.contentsOfDirectory(atPath: f.dir.appendingPathComponent("store.json.backups").path).count
        let steps = f.progressScreens.compactMap { screen in
            screen.range(of: "Sletter: [^│]*…", options: .regularExpression).map { String(screen[$0]) }
        }
        XCTAssertEqual(steps, ["Sletter: registeret og journalen …", "Sletter: historikken …"]
            + (1...backups + 1).map { "Sletter: sikkerhedskopi \($0) af \(backups + 1) …" } + ["Sletter: gemte journalkopier …"])
        XCTAssertTrue(f.progressScreens.allSatisfy { $0.contains("Slet helt: Kirsten Sletmig") })
    }

    // MARK: Nothing changed

    /// A name that is not the stored one, or none, says so in the dialog and changes no
    /// byte of any file; the dialog stays for another try.
    func testAWrongNameSaysSoAndChangesNoFile() throws {
        let f = try RemovalStoreFixture()
        let before = try f.folderBytes()
        f.openTheDialog()
        f.press(.down, .enter, .down, .enter, .enter)
        f.press(.enter)
        XCTAssertTrue(f.screen.contains("Skriv navnet for at bekræfte, eller tryk Esc."), f.screen)
        for wrong in ["Kirsten", "kirsten sletmig", "Kirsten  Sletmig", "Kirsten Sletmig."] {
            f.press(.ctrl("u"))
            f.type(wrong)
            f.press(.enter)
            XCTAssertTrue(f.screen.contains("Det er ikke navnet, så intet er ændret."), "\(wrong)\n\(f.screen)")
        }
        f.type("x")
        XCTAssertFalse(f.screen.contains("Det er ikke navnet"), "an edit clears what Enter said")
        XCTAssertEqual(f.requests.filter { if case .carryOut = $0 { return true } else { return false } }, [])
        XCTAssertEqual(try f.folderBytes(), before, "a wrong name changed a file")
        XCTAssertNotNil(f.state.overlay)
    }

    /// Esc at every step, even with the name typed in full, closes the dialog with
    /// nothing changed on disk, and says so.
    func testEscAtEveryStepClosesWithNothingChanged() throws {
        let f = try RemovalStoreFixture()
        let before = try f.folderBytes()
        // The choice, the question about Ole's entry, the preview, and the name (erasing
        // and anonymising), typed in full.
        let toEachStep: [(keys: [Key], name: Bool)] = [([], false), ([.down, .enter], false), ([.down, .enter, .enter], false),
                                                       ([.down, .enter, .enter, .enter], true), ([.enter, .enter], true)]
        f.press(.char("2"), .enter)
        for (keys, name) in toEachStep {
            f.press(.char("X"))
            for key in keys { f.press(key) }
            if name { f.type(RemovalStoreFixture.name) }
            f.press(.escape)
            XCTAssertNil(f.state.overlay, "\(keys)")
            XCTAssertEqual(f.state.message, StatusMessage(text: "Intet er anonymiseret eller slettet.", isError: false))
            XCTAssertEqual(f.state.keyScope, .detail(.volunteers), "Esc closes the dialog only, not the detail under it")
        }
        XCTAssertEqual(try f.folderBytes(), before, "Esc changed a file")
    }

    /// Bracketed paste reaches the name whole: its line break is not Enter, and the name
    /// with the break confirms. Where nothing is typed, a paste does nothing.
    func testAPastedNameConfirmsOnlyWithEnterAndAPasteElsewhereDoesNothing() throws {
        let f = try RemovalStoreFixture()
        f.openTheDialog()
        let choosing = f.screen
        f.press(.paste("Kirsten Sletmig\n"))
        XCTAssertEqual(f.state.message?.text, "Indsat tekst ignoreret: her kan der ikke skrives.")
        f.state.message = nil
        XCTAssertEqual(f.screen, choosing)
        f.press(.down, .enter, .enter, .enter)
        f.press(.paste("Kirsten Sletmig\n"))
        XCTAssertTrue(f.screen.contains("Navn: Kirsten Sletmig"), f.screen)
        XCTAssertNotNil(f.store.register.volunteer(f.person), "a paste alone carries nothing out")
        f.press(.enter)
        XCTAssertNil(try Store.open(at: f.store.url).register.volunteer(f.person))
    }

    /// A second window on the store may look, not remove.
    func testAReadOnlyWindowRefusesTheKeyAsItRefusesOtherEdits() {
        for keys: [Key] in [[.char("2")], [.char("2"), .enter]] {
            var s = AppFixture.state()
            s.isReadOnly = true
            for key in keys { s.press(key) }
            XCTAssertEqual(s.press(.char("X")), [])
            XCTAssertNil(s.overlay)
            XCTAssertEqual(s.message?.text, "Skrivebeskyttet: Frivillig er åbent til redigering i et andet vindue. Her kan du se, søge og slå op.")
        }
    }

    /// On the list, `X` is about the selected row; other kinds of record have no `X`.
    func testOnTheListTheKeyIsAboutTheSelectedVolunteerAndOnlyVolunteers() {
        var s = AppFixture.state()
        s.press(.char("2"), .down)
        XCTAssertEqual(s.press(.char("X")), [.removal(.plan(volunteerID: AppFixture.id(1), year: 2026))])
        guard case .removal(let dialog)? = s.overlay else { return XCTFail("no dialog") }
        XCTAssertEqual(dialog.name, "Søren Østergaard")
        XCTAssertEqual(dialog.kind, .anonymise, "anonymise, the usual choice, is where it starts")
        for tab in ["3", "4", "5", "6"] {
            var other = AppFixture.state()
            other.press(.char(Character(tab)), .down)
            XCTAssertEqual(other.press(.char("X")), [], tab)
            XCTAssertNil(other.overlay ?? other.message.map { .notice(title: $0.text, lines: []) }, tab)
            other.press(.enter)
            XCTAssertEqual(other.press(.char("X")), [], tab)
            XCTAssertNil(other.overlay ?? other.message.map { .notice(title: $0.text, lines: []) }, tab)
        }
    }

    /// A volunteer another program deleted meanwhile: the dialog closes, saying so; one
    /// renamed after the name was confirmed is refused by the runtime, changing nothing.
    func testSomeoneDeletedOrRenamedElsewhereMeanwhileIsNotRemoved() throws {
        var s = AppFixture.state()
        s.press(.char("2"), .down, .enter, .char("X"))
        var fewer = s.register
        try fewer.apply(.deleteVolunteer(AppFixture.id(1)))
        s.send(.storeChanged(fewer))
        XCTAssertNil(s.overlay)
        XCTAssertEqual(s.message, StatusMessage(text: "Den frivillige findes ikke længere i registeret; intet er ændret.", isError: true))

        let f = try RemovalStoreFixture()
        f.openTheDialog()
        f.press(.enter, .enter)
        f.type(RemovalStoreFixture.name)
        let elsewhere = try Store.open(at: f.store.url)
        var renamed = try XCTUnwrap(elsewhere.register.volunteer(f.person))
        renamed.name = "Kirsten Sletmig Hansen"
        try elsewhere.commit([.putVolunteer(renamed)])
        let before = try f.folderBytes()
        f.press(.enter)
        XCTAssertTrue(f.statusLine.contains("Den frivillige blev ændret i et andet program imens; intet er ændret."), f.statusLine)
        XCTAssertEqual(try f.folderBytes(), before)
        XCTAssertEqual(f.state.register.volunteer(f.person)?.name, "Kirsten Sletmig Hansen", "the screens show the rename")
    }

    // MARK: The preview

    /// A preview longer than the box scrolls, a page at a time and not past its end, and
    /// names the files written outside the store since the person was added.
    func testALongPreviewScrollsAndNamesTheExportsThatMayHoldThePerson() throws {
        let f = try RemovalStoreFixture()
        // Outside the store's folder, as exports are, with paths short enough for a row each.
        let outside = URL(fileURLWithPath: "/tmp/udtræk-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        for n in 1...30 {
            let path = outside.appendingPathComponent("frivillige-\(n).csv").path
            XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data()))
            ExportLog(files: f.store.files).append(.csv, path: path)
        }
        f.openTheDialog()
        f.press(.enter)
        XCTAssertTrue(f.screen.contains("1–26 af 45"), f.screen)
        XCTAssertTrue(f.screen.contains("  - journalen: 1 linje"), f.screen)
        XCTAssertTrue(f.screen.contains("\(outside.path)/frivillige-1.csv"), f.screen)
        f.press(.pageDown)
        XCTAssertTrue(f.screen.contains("20–45 af 45"), f.screen)
        XCTAssertTrue(f.screen.contains("\(outside.path)/frivillige-30.csv"), f.screen)
        XCTAssertTrue(f.screen.contains("programmet ikke nå: slet dem selv."), f.screen)
        f.press(.down)
        XCTAssertTrue(f.screen.contains("20–45 af 45"), "↓ at the end stays at the end")
        f.press(.up)
        XCTAssertTrue(f.screen.contains("19–44 af 45"), f.screen)
        f.press(.pageUp)
        XCTAssertTrue(f.screen.contains("1–26 af 45"), f.screen)
        f.press(.enter)
        XCTAssertTrue(f.screen.contains("Navn: "), "Enter goes on from anywhere in the preview")
    }

    /// Until the runtime has looked, the preview says it is looking, and Enter waits.
    func testThePreviewWaitsForThePlaces() {
        var s = AppFixture.state(width: 100, height: 30)
        s.press(.char("2"), .down, .char("X"), .enter)
        XCTAssertTrue(s.screen.joined().contains("Finder hvert sted, personen står …"))
        s.press(.enter)
        XCTAssertFalse(s.screen.joined().contains("Navn: "))
        s.send(.removalPlanned(AppFixture.id(1), .success(RemovalPlan(preview: ErasurePreview(), label: "Anonym frivillig 2026-001"))))
        XCTAssertTrue(s.screen.joined().contains("navnet bliver »Anonym frivillig 2026-001«"))
        s.press(.enter)
        XCTAssertTrue(s.screen.joined().contains("Navn: "))
    }

    /// In the smallest window the dialog is laid out for, what a step is about stays in
    /// view: the option chosen, and the name field with what Enter said about it.
    func testInTheSmallestWindowTheChoiceAndTheNameStayInView() {
        var s = AppFixture.state(width: AppState.minimumWidth, height: AppState.minimumHeight)
        s.press(.char("2"), .down, .enter, .char("X"))
        s.send(.removalPlanned(AppFixture.id(1), .success(RemovalPlan(preview: ErasurePreview(), label: "Anonym frivillig 2026-001"))))
        XCTAssertTrue(s.screen.joined().contains("› Anonymisér"), s.screen.joined(separator: "\n"))
        s.press(.down)
        XCTAssertTrue(s.screen.joined().contains("› Slet helt"), s.screen.joined(separator: "\n"))
        XCTAssertTrue(s.screen.joined().contains("kan ikke fortrydes."), s.screen.joined(separator: "\n"))
        s.press(.enter, .enter)
        s.type("Søren")
        s.press(.enter)
        let screen = s.screen.joined(separator: "\n")
        XCTAssertTrue(screen.contains("Navn: Søren"), screen)
        XCTAssertTrue(screen.contains("Det er ikke navnet"), screen)
    }

    // MARK: Keys

    /// The hint line and `?` name the key, in Danish and in English.
    func testTheHintAndTheHelpNameTheKeyInBothLanguages() {
        for (language, hint, help) in [(Language.da, "X anonymisér/slet", "anonymisér eller slet helt, med forhåndsvisning"),
                                       (.en, "X anonymise/erase", "anonymise or erase for good, after a preview")] {
            for keys: [Key] in [[.char("2"), .down], [.char("2"), .down, .enter]] {
                var s = AppFixture.state(language, width: 160, height: 30)
                for key in keys { s.press(key) }
                XCTAssertTrue(s.screen[29].contains(hint), s.screen[29])
                XCTAssertTrue(s.helpLines().contains { $0.hasPrefix("X ") && $0.hasSuffix("   " + help) }, s.helpLines().joined(separator: "\n"))
            }
        }
    }
}
