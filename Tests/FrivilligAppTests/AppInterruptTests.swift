import FrivilligApp
import FrivilligCore
import TerminalUI
import XCTest

/// Ctrl-C quits at once where nothing would be lost, and asks first where a form holds
/// changes: the key a person presses to get out must not throw away their typing.
final class AppInterruptTests: XCTestCase {
    private func quits(_ effects: [Effect]) -> Bool {
        effects.contains { if case .quit = $0 { return true } else { return false } }
    }

    func testCtrlCOnTheOverviewOrAnUnchangedFormQuitsAtOnce() {
        var state = AppFixture.state()
        XCTAssertTrue(quits(state.press(.ctrl("c"))))
        state.press(.char("2"), .char("a"))
        XCTAssertTrue(state.screen.joined().contains("Ny frivillig"))
        XCTAssertTrue(quits(state.press(.ctrl("c"))), "a form with nothing typed has nothing to lose")
    }

    func testCtrlCInAChangedFormAsksNKeepsTheTextAndJQuits() {
        var state = AppFixture.state()
        state.press(.char("2"), .char("a"))
        state.type("Karen Blixen")
        XCTAssertFalse(quits(state.press(.ctrl("c"))))
        XCTAssertTrue(state.screen.contains { $0.contains("Afslut uden at gemme ændringerne? (j/n)") }, state.screen.joined(separator: "\n"))
        XCTAssertFalse(quits(state.press(.char("n"))))
        XCTAssertTrue(state.screen.contains { $0.contains("Karen Blixen") }, "n goes back to the form as it was")
        XCTAssertFalse(state.screen.contains { $0.contains("Afslut uden") })
        XCTAssertFalse(quits(state.press(.ctrl("c"))))
        XCTAssertTrue(quits(state.press(.char("j"))))
    }

    func testCtrlCOverHelpOnAChangedFormAsksOnTheForm() {
        var state = AppFixture.state(.en)
        state.press(.char("2"), .char("a"))
        state.type("Karen")
        state.press(.function(1))
        XCTAssertFalse(quits(state.press(.ctrl("c"))))
        XCTAssertTrue(state.screen.contains { $0.contains("Quit without saving the changes? (y/n)") }, state.screen.joined(separator: "\n"))
        XCTAssertTrue(quits(state.press(.char("y"))))
    }
}
