import FrivilligApp
import FrivilligCore
import TerminalUI
import XCTest

/// "Who should I ask?" on screen: the ranking a task's `m` opens is the order and the
/// reasons `frivillig match` prints (`TaskRankingTests` checks them one by one), and
/// `s` and `t` save asks and assignments that the next ranking reads.
final class AppTaskRankingTests: XCTestCase {
    private static let today = Day(year: 2026, month: 11, day: 22)!

    private func state(width: Int = 100, height: Int = 30) -> AppState {
        AppState(register: TaskRankingFixture.register(), l10n: Localizer(.da), today: Self.today, storePath: "s", width: width, height: height)
    }

    /// The ranking of the fixture's reading task, opened from its detail.
    private func ranking() -> AppState {
        var s = state()
        s.press(.char("8"))
        XCTAssertTrue(s.screen[3].hasPrefix("  Højtlæsning på Solgården"), s.screen[3])
        s.press(.enter, .char("m"))
        return s
    }

    /// The names in the ranking's rows, top to bottom.
    private func names(_ s: AppState) -> [String] {
        s.screen[3...].prefix { $0.hasPrefix("    ") || $0.hasPrefix("*   ") }.map { String($0.split(separator: " ")[$0.hasPrefix("*") ? 2 : 1]) }
    }

    func testTheRankingIsTheOrderTheCommandLineGivesWithTheReasons() {
        let s = ranking()
        XCTAssertEqual(s.screen[1].hasPrefix("Hvem skal spørges om »Højtlæsning på Solgården«? Bedst egnede først"), true, s.screen[1])
        XCTAssertEqual(s.screen[2], "  Nr. Navn  Hvorfor                                                                  Telefon")
        XCTAssertEqual(names(s), ["Anna", "Gert", "Cille", "Bent", "Hans", "Erik", "Dorte"])
        XCTAssertEqual(s.screen[3].trimmingCharacters(in: .whitespaces),
                       "1 Anna  kan Højtlæsning; tiden passer; hjælper allerede på arbejdspladsen; inge…")
        XCTAssertEqual(s.screen[26], "  Anna: kan Højtlæsning; tiden passer; hjælper allerede på arbejdspladsen; ingen opgaver i forvejen;")
        XCTAssertEqual(s.screen[27], "  aldrig spurgt; sidst påskønnet 01.06.2026")
        let order = TaskRanking(TaskRankingFixture.register().tasks[0], in: TaskRankingFixture.register()).candidates.map(\.name)
        XCTAssertEqual(names(s), order, "the screen and frivillig match rank alike")
    }

    func testTheMarkedAreSavedAsAskedAndRankedAgain() throws {
        var s = ranking()
        s.press(.down, .down, .char(" "), .char(" "))
        let effects = s.press(.char("s"))
        guard case .commit(let changes, _)? = effects.first else { return XCTFail("\(effects)") }
        let asked = changes.compactMap { change -> (String, [TaskAsk])? in
            if case .putVolunteer(let v) = change { return (v.name, v.asked) }
            return nil
        }
        XCTAssertEqual(Set(asked.map(\.0)), ["Cille", "Bent"])
        for (_, list) in asked { XCTAssertEqual(list.last, TaskAsk(taskID: TaskRankingFixture.id(30), day: Self.today)) }
        let saved = try s.register.applying(changes)
        s.send(.committed(.saved(saved)))
        XCTAssertTrue(s.screen[29].hasPrefix(" 2 frivillige noteret som spurgt i dag."), s.screen[29])
        XCTAssertEqual(names(s), ["Anna", "Gert", "Bent", "Cille", "Hans", "Erik", "Dorte"],
                       "asked today, Cille is now asked more recently than Bent")
        XCTAssertFalse(s.screen.contains { $0.hasPrefix("*") }, "the marks are cleared once saved")
    }

    func testTheSelectedIsAssignedAndLeavesTheRanking() throws {
        var s = ranking()
        let effects = s.press(.char("t"))
        guard case .commit(let changes, _)? = effects.first, case .putTask(let task)? = changes.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(task.volunteerIDs, [TaskRankingFixture.id(10), TaskRankingFixture.id(1)])
        XCTAssertEqual(task.status, .filled, "it wanted one more and has it")
        s.send(.committed(.saved(try s.register.applying(changes))))
        XCTAssertEqual(names(s), ["Gert", "Cille", "Bent", "Hans", "Erik", "Dorte"])
        s.press(.escape)
        let detail = s.screen.joined(separator: "\n")
        XCTAssertTrue(detail.contains("Frivillige (2 af 1)"), detail)
        XCTAssertTrue(detail.contains("  Anna"), detail)
    }

    func testARankingCannotBeChangedInAReadOnlyWindow() {
        var s = ranking()
        s.isReadOnly = true
        XCTAssertEqual(s.press(.char("s")), [])
        XCTAssertEqual(s.press(.char("t")), [])
        XCTAssertTrue(s.screen[29].contains("skrivebeskyttet") || s.screen[29].contains("andet vindue"), s.screen[29])
    }
}
