// Golden screens of the lookup from anywhere and of the lists that pick a person, drawn
// from LookupFixture's three Sørens (see GoldenScreenTests for how to re-record them).

import FrivilligApp
import TerminalUI
import XCTest

final class LookupGoldenScreenTests: XCTestCase {
    /// F2 over a half-filled form: the one Søren at Dagcenter Kildebakken, what tells him
    /// apart, his emergency contact, and a hint without Enter (nothing opens under a form).
    func testTheLookupOverAForm() {
        var s = LookupFixture.halfFilledForm()
        s.press(.function(2))
        s.type("søren kildebakken")
        assertGolden(s.view(), named: "lookup-over-form")
    }

    func testTheAgreementFormsVolunteerPicker() {
        var s = LookupFixture.state(width: 100, height: 30)
        s.press(.char("5"), .char("a"), .enter)
        assertGolden(s.view(), named: "volunteer-picker")
    }

    func testTheAttendeeSearch() {
        var s = LookupFixture.state(width: 100, height: 30)
        s.press(.char("6"), .char("a"), .tab, .tab, .tab, .tab)
        s.type("søren")
        assertGolden(s.view(), named: "attendee-search")
    }
}
