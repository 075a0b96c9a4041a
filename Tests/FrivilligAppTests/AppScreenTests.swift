@testable import FrivilligApp
import FrivilligCore
import TerminalUI
import XCTest

/// The screens at 80×24 after keys, as a coordinator would read them.
final class AppScreenTests: XCTestCase {
    func testOpensOnTheOverviewWithCounts() {
        let s = AppFixture.state()
        let lines = s.screen
        XCTAssertEqual(lines.count, 24)
        XCTAssertTrue(lines[0].hasPrefix(" 1 Overblik 2 Friv… 3 Kont… 4 Arbe… 5 Afta… 6 Påsk… 7 Stat… 8 Opga… 9 Fore…"), lines[0])
        XCTAssertEqual(lines[1], "Det kræver opmærksomhed i dag, 23.11.2026")
        XCTAssertEqual(lines[2], "      1  Aftaler der ikke er underskrevet af begge")
        XCTAssertEqual(lines[3], "      1  Aftaler der skal revideres inden 30 dage")
        XCTAssertTrue(lines.contains("      1  Aktive frivillige uden pårørende"), lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains("      1  Jubilæer de næste 30 dage"), lines.joined(separator: "\n"))
        // At 80 columns the keys take the room the store's path would; wider, it shows.
        XCTAssertTrue(lines[23].hasSuffix("? hjælp          4 frivillige"), lines[23])
        var wide = AppFixture.state()
        wide.send(.resized(width: 120, height: 24))
        XCTAssertTrue(wide.screen[23].hasSuffix("4 frivillige · ~/store.json"), wide.screen[23])
    }

    func testEnterOnAnOverviewLineListsTheRecordsBehindIt() {
        var s = AppFixture.state()
        s.press(.down, .down, .down, .down, .down, .enter)
        let lines = s.screen
        XCTAssertTrue(lines[1].hasPrefix("Aktive frivillige uden pårørende"), lines[1])
        XCTAssertTrue(lines[1].hasSuffix("1–1 af 1"), lines[1])
        XCTAssertTrue(lines[3].contains("Åse Bæk"), lines[3])
        s.press(.escape)
        XCTAssertEqual(s.screen[1], "Det kræver opmærksomhed i dag, 23.11.2026")
    }

    func testVolunteerListInDanishOrderWithWideNamesAligned() {
        var s = AppFixture.state()
        s.press(.char("2"))
        let lines = s.screen
        XCTAssertTrue(lines[1].hasPrefix("Frivillige"))
        XCTAssertTrue(lines[1].hasSuffix("1–4 af 4"), lines[1])
        XCTAssertTrue(lines[2].hasPrefix("  Navn"), lines[2])
        let names = lines[3...6].map { $0.dropFirst(2).prefix(while: { $0 != " " }) }
        XCTAssertEqual(names, ["Anders", "Søren", "Åse", "山田太郎"])
        let phoneColumn = lines[3...6].map { line -> Int in
            TextWidth.width(of: String(line[..<line.range(of: "+")!.lowerBound]))
        }
        XCTAssertEqual(Set(phoneColumn).count, 1, lines[3...6].joined(separator: "\n"))
    }

    func testIncrementalSearchIsDanishAware() {
        var s = AppFixture.state()
        s.press(.char("2"), .char("/"))
        s.type("soeren")
        var lines = s.screen
        XCTAssertTrue(lines[1].contains("/soeren") || lines[1].contains("/ soeren"), lines[1])
        XCTAssertTrue(lines[1].hasSuffix("1–1 af 1"), lines[1])
        XCTAssertTrue(lines[3].contains("Søren Østergaard"))
        s.press(.enter)
        XCTAssertFalse(s.isTextEntry, "Enter keeps the filter and returns the keys")
        XCTAssertTrue(s.screen[1].hasSuffix("1–1 af 1"))
        s.press(.escape)
        lines = s.screen
        XCTAssertTrue(lines[1].hasSuffix("1–4 af 4"), "Esc clears: \(lines[1])")
    }

    func testDetailShowsEmergencyContactsFirst() {
        var s = AppFixture.state()
        s.press(.char("2"), .down, .enter)
        let lines = s.screen
        XCTAssertEqual(lines[1], "Søren Østergaard  [aktiv]")
        XCTAssertEqual(lines[2], "Pårørende")
        XCTAssertEqual(lines[3], "  1. Mette Østergaard (datter)  +45 30 12 34 56")
        XCTAssertTrue(lines.contains("  Plejecenter Solgården · revision snart · Revisionsdato 10.12.2026"), lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains("  01.11.2026  udflugt  Sommerudflugt"))
    }

    func testEmergencyLookupShowsThePhoneWithoutAnotherKey() {
        var s = AppFixture.state()
        s.press(.char("!"))
        XCTAssertTrue(s.isTextEntry)
        s.type("sør")
        let lines = s.screen
        XCTAssertTrue(lines[1].contains("NØDOPSLAG"), lines[1])
        XCTAssertTrue(lines.contains { $0.contains("Søren Østergaard  +45 20 12 34 56") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.contains("1. Mette Østergaard (datter)  +45 30 12 34 56") }, lines.joined(separator: "\n"))
        s.press(.escape)
        XCTAssertNil(s.overlay)
    }

    func testEmergencyLookupFromAnyScreenAndForPeopleWithoutContacts() {
        var s = AppFixture.state()
        s.press(.char("3"), .char("!"))
        s.type("aase")
        XCTAssertTrue(s.screen.contains { $0.contains("INGEN PÅRØRENDE REGISTRERET") })
    }

    func testMarkingIsVisibleAndCounted() {
        var s = AppFixture.state()
        s.press(.char("2"), .char(" "), .char(" "))
        let lines = s.screen
        XCTAssertTrue(lines[3].hasPrefix("* Anders"), lines[3])
        XCTAssertTrue(lines[4].hasPrefix("* Søren"), lines[4])
        XCTAssertTrue(lines[23].contains("2 markeret"), lines[23])
    }

    func testDeleteAsksAndSaysWhatGoesWithIt() {
        var s = AppFixture.state()
        s.press(.char("2"), .down, .char("d"))
        let text = s.screen.joined(separator: "\n")
        XCTAssertTrue(text.contains("Slet frivillig Søren Østergaard?"), text)
        XCTAssertTrue(text.contains("Også 1 aftale slettes."), text)
        XCTAssertTrue(text.contains("Fjernes fra deltagerlisten på 1 påskønnelse."), text)
        XCTAssertEqual(s.press(.char("y")), [.commit([.deleteVolunteer(AppFixture.id(1))])])
        var saved = s.register
        try! saved.apply(.deleteVolunteer(AppFixture.id(1)))
        s.send(.committed(.saved(saved)))
        XCTAssertNil(s.overlay)
        XCTAssertTrue(s.screen[23].contains("Slettet."), s.screen[23])
        XCTAssertFalse(s.screen[23].contains("Gemt."), "a delete is not a save: \(s.screen[23])")
        XCTAssertTrue(s.screen[1].hasSuffix("1–3 af 3"))
    }

    func testDeletingAWorkplaceInUseIsRefusedWithTheReferences() {
        var s = AppFixture.state()
        s.press(.char("4"), .char("d"))
        let text = s.screen.joined(separator: "\n")
        XCTAssertTrue(text.contains("Kan ikke slettes, fordi den stadig bruges af:"), text)
        XCTAssertTrue(text.contains("  - frivillig Søren Østergaard"), text)
        XCTAssertTrue(text.contains("  - aftale med Åse Bæk"), text)
        XCTAssertEqual(s.press(.char("y")), [], "any key closes; nothing is deleted")
        XCTAssertNil(s.overlay)
    }

    func testPagingShowsThePosition() {
        var volunteers: [Volunteer] = []
        for i in 0..<1204 { volunteers.append(Volunteer(name: String(format: "Person %04d", i))) }
        var s = AppState(register: Register(volunteers: volunteers), l10n: Localizer(.da), today: AppFixture.today, storePath: "s", width: 80, height: 24)
        s.press(.char("2"))
        XCTAssertTrue(s.screen[1].hasSuffix("1–20 af 1 204"), s.screen[1])
        s.press(.pageDown)
        XCTAssertTrue(s.screen[1].hasSuffix("21–40 af 1 204"), s.screen[1])
        s.press(.char("G"))
        XCTAssertTrue(s.screen[1].hasSuffix("1 185–1 204 af 1 204"), s.screen[1])
        XCTAssertTrue(s.screen[22].contains("Person 1203"), s.screen[22])
        s.press(.char("g"))
        XCTAssertTrue(s.screen[3].contains("Person 0000"))
    }

    func testTooSmallWindowSaysSoAndRecovers() {
        var s = AppFixture.state()
        s.send(.resized(width: 30, height: 8))
        XCTAssertEqual(s.screen[0], "Vinduet er for lille.")
        s.send(.resized(width: 10, height: 3))
        XCTAssertEqual(s.screen.count, 3)
        s.send(.resized(width: 40, height: 12))
        XCTAssertTrue(s.screen[0].hasPrefix(" 1 Overblik"), s.screen[0])
        s.send(.resized(width: 100, height: 30))
        XCTAssertEqual(s.screen.count, 30)
    }

    func testEnglishInterface() {
        var s = AppFixture.state(.en)
        XCTAssertTrue(s.screen[0].hasPrefix(" 1 Overview 2 Volu… 3 Cont… 4 Work… 5 Agre… 6 Reco… 7 Stat… 8 Tasks 9 Asso…"), s.screen[0])
        s.press(.char("2"))
        XCTAssertTrue(s.screen[1].hasSuffix("1–4 of 4"), s.screen[1])
    }

    func testHelpListsTheKeysOfTheScreen() {
        var s = AppFixture.state()
        s.press(.char("2"), .char("?"))
        let text = s.screen.joined(separator: "\n")
        XCTAssertNotNil(text.range(of: "mellemrum +markér/afmarkér", options: .regularExpression), text)
        XCTAssertNotNil(text.range(of: "│ ! +nødopslag", options: .regularExpression), text)
        s.press(.char("x"))
        XCTAssertNil(s.overlay)
    }

    func testQuitFromTheTopLevelOnly() {
        var s = AppFixture.state()
        s.press(.char("2"), .enter)
        XCTAssertEqual(s.press(.char("q")), [])
        XCTAssertEqual(s.press(.char("q")), [.quit])
    }

    func testControlCharactersInDataAreShownAsPlaceholders() {
        var register = AppFixture.register()
        register.volunteers[0].name = "Evil\u{1B}[2J\r\u{202E}Name"
        var s = AppState(register: register, l10n: Localizer(.da), today: AppFixture.today, storePath: "s", width: 80, height: 24)
        s.press(.char("2"))
        let text = s.screen.joined(separator: "\n")
        XCTAssertTrue(text.contains("Evil␛[2J␍\u{FFFD}Name"), text)
        XCTAssertFalse(text.contains("\u{1B}"))
    }

    func testAddingAVolunteerSelectsTheNewRow() throws {
        var s = AppFixture.state()
        s.press(.char("2"), .char("a"))
        s.type("Bent Hansen")
        let effects = s.press(.enter)
        guard case .commit(let changes, _)? = effects.first, case .putVolunteer(let v)? = changes.first else {
            return XCTFail("\(effects)")
        }
        XCTAssertEqual(v.name, "Bent Hansen")
        s.send(.committed(.saved(try s.register.applying(changes))))
        XCTAssertNil(s.overlay)
        XCTAssertEqual(s.currentList?.selectedRef, .volunteer(v.id))
        XCTAssertTrue(s.screen[1].hasSuffix("1–5 af 5"), s.screen[1])
    }

    func testRecognitionForMarkedVolunteersClearsTheMarksOnceSaved() throws {
        var s = AppFixture.state()
        s.press(.char("2"), .char(" "), .char(" "), .char("r"))
        XCTAssertTrue(s.isTextEntry, "the cursor is in the title")
        s.type("Julefrokost")
        guard case .commit(let changes, _)? = s.press(.enter).first, case .putEvent(let e)? = changes.first else {
            return XCTFail("no event saved")
        }
        XCTAssertEqual(Set(e.attendeeIDs), [AppFixture.id(4), AppFixture.id(1)])
        XCTAssertEqual(e.kind, .gathering)
        XCTAssertEqual(e.date, AppFixture.today)
        s.send(.committed(.saved(try s.register.applying(changes))))
        XCTAssertEqual(s.currentList?.marked, [])
        XCTAssertFalse(s.screen[23].contains("markeret"), s.screen[23])
    }

    func testARefusedFormStaysOpenWithTheError() {
        var s = AppFixture.state()
        s.press(.char("2"), .char("a"))
        s.type("Bo")
        _ = s.press(.enter)
        s.send(.committed(.failed(["Ændringen er IKKE gemt: disken er fuld."])))
        guard case .form? = s.overlay else { return XCTFail("the form must stay open so nothing typed is lost") }
        XCTAssertTrue(s.screen[23].contains("IKKE gemt"), s.screen[23])
    }

    func testAnEmptyRegisterSaysHowToStart() {
        let s = AppState(register: Register(), l10n: Localizer(.da), today: AppFixture.today, storePath: "s", width: 120, height: 24)
        XCTAssertTrue(s.screen.contains("  Registret er tomt. Tryk 2 og a for at tilføje en frivillig, eller prøv med demodata: frivillig demo"), s.screen.joined(separator: "\n"))
        XCTAssertFalse(AppFixture.state(width: 120).screen.contains { $0.contains("Registret er tomt") })
    }

    func testAnOverviewListFollowsEditsOfItsRecords() throws {
        var s = AppFixture.state()
        s.press(.down, .down, .down, .down, .down, .enter)
        XCTAssertTrue(s.screen[3].contains("Åse Bæk"), s.screen[3])
        var aase = try XCTUnwrap(s.register.volunteer(AppFixture.id(2)))
        aase.emergencyContacts = [EmergencyContact(name: "Ole Bæk", relation: "ægtefælle", phone: "+4522222222")]
        s.send(.committed(.saved(try s.register.applying([.putVolunteer(aase)]))))
        XCTAssertTrue(s.screen[1].hasSuffix("0–0 af 0"), s.screen[1])
        XCTAssertEqual(s.screen[3], "  Intet her lige nu.")
        s.press(.escape)
        XCTAssertEqual(s.screen[7], "      0  Aktive frivillige uden pårørende")
    }

    func testNumberKeysSwitchTabsFromADetail() {
        var s = AppFixture.state()
        s.press(.char("2"), .enter, .char("3"))
        XCTAssertTrue(s.screen[1].hasPrefix("Kontakter"), s.screen[1])
        s.press(.char("2"))
        XCTAssertTrue(s.screen[1].hasPrefix("Frivillige"), "the detail was closed: \(s.screen[1])")
    }

    func testReadOnlyShowsABannerAndRefusesChangesButNotLookups() {
        var s = AppFixture.state()
        s.isReadOnly = true
        XCTAssertTrue(s.screen[0].hasSuffix(" SKRIVEBESKYTTET"), s.screen[0])
        s.press(.char("2"))
        for key in ["a", "e", "d", "r"] {
            XCTAssertEqual(s.press(.char(Character(key))), [])
            XCTAssertNil(s.overlay, key)
            XCTAssertTrue(s.screen[23].contains("Skrivebeskyttet"), s.screen[23])
        }
        s.press(.char("!"))
        s.type("sør")
        XCTAssertTrue(s.screen.contains { $0.contains("+45 30 12 34 56") }, "the emergency lookup still works")
    }
}
