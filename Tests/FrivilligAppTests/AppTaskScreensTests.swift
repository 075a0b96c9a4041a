import FrivilligApp
import FrivilligCore
import TerminalUI
import XCTest

/// The task bank and the associations on screen: their tabs, forms, deletes, the
/// overview's line, and the links shown from both ends.
final class AppTaskScreensTests: XCTestCase {
    private func text(_ s: AppState) -> String { s.screen.joined(separator: "\n") }

    func testANewTaskIsSavedAsTypedAndBadValuesAreNamed() throws {
        var s = AppFixture.state()
        s.press(.char("8"), .char("a"))
        XCTAssertTrue(s.screen[1].contains("Ny opgave"), s.screen[1])
        s.type("Gåtur")
        for _ in 0..<6 { s.press(.tab) }
        XCTAssertTrue(s.screen.contains { $0.contains("› Antal frivillige") }, text(s))
        s.press(.backspace)
        s.type("mange")
        s.press(.tab)
        s.type("ons")
        s.press(.tab)
        s.type("morgen")
        XCTAssertEqual(s.press(.enter), [], "nothing is saved while a value is wrong")
        let shown = text(s)
        XCTAssertTrue(shown.contains("Antal frivillige: skriv et helt tal fra 1 til 999."), shown)
        XCTAssertTrue(shown.contains("»morgen« er ikke et tidspunkt på dagen"), shown)
        XCTAssertTrue(s.screen.contains { $0.contains("› Antal frivillige") && $0.contains(" mange ") }, "the first wrong field has the cursor: \(shown)")
        for _ in 0..<5 { s.press(.backspace) }
        s.type("3")
        s.press(.tab, .tab)
        for _ in 0..<6 { s.press(.backspace) }
        s.type("eftermiddag")
        let effects = s.press(.enter)
        guard case .commit(let changes, _)? = effects.first, case .putTask(let task)? = changes.first else { return XCTFail(text(s)) }
        XCTAssertEqual(task.title, "Gåtur")
        XCTAssertEqual(task.wanted, 3)
        XCTAssertEqual(task.time, TaskTime(weekdays: [.wednesday], partsOfDay: [.afternoon]))
        XCTAssertEqual(task.status, .open)
    }

    func testTheOverviewCountsOpenTasksWithoutVolunteersAndOpensThem() {
        var s = AppFixture.state()
        let line = s.overview.items.firstIndex { $0.kind == .tasks }!
        XCTAssertEqual(s.screen[2 + line], "      1  Åbne opgaver uden frivillige")
        for _ in 0..<line { s.press(.down) }
        s.press(.enter)
        XCTAssertTrue(s.screen[1].hasPrefix("Åbne opgaver uden frivillige"), s.screen[1])
        XCTAssertTrue(s.screen[3].hasPrefix("  Højtlæsning for b"), s.screen[3])
        XCTAssertFalse(text(s).contains("Kaffe i caféen"), "a filled task is not on the line")
    }

    func testLinksAreShownFromBothEnds() {
        var s = AppFixture.state()
        s.press(.char("4"), .enter)
        XCTAssertTrue(text(s).contains("Opgaver\n  Højtlæsning for beboerne · åben · Frivillige (0 af 2)\n  Kaffe i caféen · besat · Frivillige (1 af 1)"), text(s))
        s.press(.char("v"))
        s.press(.escape, .escape, .char("2"), .down, .enter)
        XCTAssertTrue(text(s).contains("Opgaver\n  Kaffe i caféen · besat · Frivillige (1 af 1)"), text(s))
        s.press(.escape, .char("3"), .enter)
        XCTAssertTrue(text(s).contains("Opgaver\n  Højtlæsning for beboerne · åben · Frivillige (0 af 2)"), text(s))
        s.press(.escape, .char("9"), .enter)
        XCTAssertTrue(text(s).contains("Medlemmer (1)\n  Åse Bæk  +45 40 11 22 33"), text(s))
        s.press(.char("v"))
        XCTAssertTrue(s.screen[1].hasPrefix("Medlemmer af Ældre Sagen Køge"), s.screen[1])
        XCTAssertTrue(s.screen[3].hasPrefix("  Åse Bæk"), s.screen[3])
    }

    func testAnAssociationWithMembersCannotBeDeletedAndATaskSaysWhatGoesWithIt() throws {
        var s = AppFixture.state()
        s.press(.char("9"), .char("d"))
        XCTAssertTrue(text(s).contains("  - frivillig Åse Bæk"), text(s))
        XCTAssertEqual(s.press(.char("j")), [], "any key closes; nothing is deleted")
        var register = s.register
        var aase = register.volunteer(AppFixture.id(2))!
        aase.asked = [TaskAsk(taskID: AppFixture.id(50), day: AppFixture.today)]
        try register.apply(.putVolunteer(aase))
        s.send(.storeChanged(register))
        s.press(.char("8"), .char("d"))
        XCTAssertTrue(text(s).contains("Slet opgaven »Højtlæsning for beboerne«?"), text(s))
        XCTAssertTrue(text(s).contains("Den er noteret som spurgt hos 1 frivillig; det forsvinder også."), text(s))
        XCTAssertEqual(s.press(.char("j")), [.commit([.deleteTask(AppFixture.id(50))])])
    }

    func testDeletingAVolunteerSaysTheyAreTakenOffTheirTasks() {
        var s = AppFixture.state()
        s.press(.char("2"), .down, .char("d"))
        XCTAssertTrue(text(s).contains("Tages af 1 opgave."), text(s))
    }

    /// Editing a volunteer on screen keeps what they were asked about and the part of
    /// the day they can help, which the form did not show before tasks existed.
    func testEditingAVolunteerKeepsTheirAsksAndPartOfTheDay() throws {
        var register = AppFixture.register()
        var aase = register.volunteer(AppFixture.id(2))!
        let ask = TaskAsk(taskID: AppFixture.id(50), day: AppFixture.today)
        aase.asked = [ask]
        try register.apply(.putVolunteer(aase))
        var s = AppState(register: register, l10n: Localizer(.da), today: AppFixture.today, storePath: "s")
        s.press(.char("2"))
        let row = s.screen.firstIndex { $0.contains("Åse Bæk") }! - 3
        for _ in 0..<row { s.press(.down) }
        s.press(.char("e"))
        XCTAssertTrue(text(s).contains("Tidspunkt ") && text(s).contains("formiddag"), text(s))
        let effects = s.press(.enter)
        guard case .commit(let changes, _)? = effects.first, case .putVolunteer(let saved)? = changes.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(saved.asked, [ask])
        XCTAssertEqual(saved.availability.partsOfDay, [.morning])
        XCTAssertEqual(saved.membership.associationID, AppFixture.id(60))
    }

    func testAnAssociationIsAddedWithItsContactPerson() throws {
        var s = AppFixture.state(.en)
        s.press(.char("9"), .char("a"))
        XCTAssertTrue(s.screen[1].contains("New association or network"), s.screen[1])
        s.type("Netværket Mødestedet")
        s.press(.tab, .right, .tab, .tab, .enter, .char(" "), .enter)
        XCTAssertTrue(text(s).contains("› Contact persons               Hanne Kjær"), text(s))
        let effects = s.press(.tab, .enter)
        guard case .commit(let changes, _)? = effects.first, case .putAssociation(let a)? = changes.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(a.name, "Netværket Mødestedet")
        XCTAssertEqual(a.kind, .network)
        XCTAssertEqual(a.contactIDs, [AppFixture.id(10)])
    }
}
