import FrivilligApp
import FrivilligCore
import TerminalUI
import XCTest

/// Issue 13: an excursion for fourteen named volunteers, logged from the events tab
/// through the keys a practiced user presses, in at most 120 keys including the typing.
final class AttendeesKeyCountTests: XCTestCase {
    /// Presses keys on the app and counts them.
    private struct Keyboard {
        var state: AppState
        private(set) var count = 0

        mutating func press(_ keys: Key...) {
            for key in keys {
                count += 1
                state.press(key)
            }
        }

        mutating func type(_ text: String) {
            for c in text { press(.char(c)) }
        }
    }

    func testFourteenNamedAttendeesTakeAtMost120Keys() throws {
        var keys = Keyboard(state: AttendeesFixture.state())
        keys.press(.char("6"), .char("a"))
        keys.type("Udflugt")
        keys.press(.tab, .tab, .tab, .tab)
        for attendee in AttendeesFixture.attendees {
            keys.type(attendee.query)
            keys.press(.enter)
        }
        let effects = keys.state.update(.key(.enter))
        let total = keys.count + 1
        guard case .commit(let changes, _)? = effects.first, changes.count == 1, case .putEvent(let event) = changes[0] else {
            return XCTFail("Enter saves the event: \(effects)\n" + keys.state.screen.joined(separator: "\n"))
        }
        XCTAssertEqual(event.title, "Udflugt")
        XCTAssertEqual(event.attendeeIDs, AttendeesFixture.attendees.indices.map(AttendeesFixture.attendeeID),
                       "each query added the one meant, not a neighbour")
        XCTAssertLessThanOrEqual(total, 120)
        XCTAssertEqual(total, 91, "the count the report states")
    }
}
