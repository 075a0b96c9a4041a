// Golden screens of the removal dialog (`X` on a volunteer) at 100×30, in Danish like
// the others (GoldenScreenTests), from AppFixture's register: Søren Østergaard, whose
// detail the dialog is opened over. The places the runtime finds are given as its answer
// would give them. Re-record with the same command as every golden screen:
//
//     FRIVILLIG_RECORD_GOLDEN=1 swift test --filter GoldenScreenTests

@testable import FrivilligApp
@testable import FrivilligCore
import TerminalUI
import XCTest

final class RemovalGoldenScreenTests: XCTestCase {
    /// Søren's places: his agreement and the event he attended, lines in the journal and
    /// the history, backups, `.bak` and the index.
    private var plan: RemovalPlan {
        var places = ErasurePreview()
        places.agreements = 1
        places.eventsAttended = 1
        places.journalLines = 2
        places.historyLines = 5
        places.backups = 3
        places.backupsTotal = 10
        places.inBak = true
        places.inIndex = true
        return RemovalPlan(preview: places, label: "Anonym frivillig 2026-001")
    }

    private func assertDialog(_ name: String, after keys: Key..., typing text: String = "", file: StaticString = #filePath, line: UInt = #line) {
        var state = AppFixture.state(width: 100, height: 30)
        state.press(.char("2"), .down, .enter, .char("X"))
        state.send(.removalPlanned(AppFixture.id(1), .success(plan)))
        for key in keys { state.press(key) }
        state.type(text)
        assertGolden(state.view(), named: name, file: file, line: line)
    }

    func testTheChoiceStartsOnAnonymise() {
        assertDialog("removal-choice")
    }

    func testThePreviewOfAnErasure() {
        assertDialog("removal-preview", after: .down, .enter)
    }

    func testTheNameOfAnAnonymisationBeingTyped() {
        assertDialog("removal-name", after: .enter, .enter, typing: "Søren Øst")
    }
}
