@testable import FrivilligApp
import FrivilligCore
import XCTest

/// The `!` lookup stays right while another program changes the register under it.
final class AppEmergencyLookupTests: XCTestCase {
    /// Its hits are positions in the register; a register with someone deleted (or
    /// erased) before them must not show another person's phone, or crash.
    func testAVolunteerDeletedElsewhereLeavesTheOpenLookupRight() throws {
        var s = AppFixture.state()
        s.press(.char("!"))
        s.type("åse")
        XCTAssertTrue(s.screen.contains { $0.contains("Åse Bæk") }, s.screen.joined(separator: "\n"))
        var fewer = s.register
        try fewer.apply(.deleteVolunteer(AppFixture.id(1)))
        s.send(.storeChanged(fewer))
        let screen = s.screen.joined(separator: "\n")
        XCTAssertTrue(screen.contains("Åse Bæk  +45 40 11 22 33"), screen)
        XCTAssertFalse(screen.contains("山田") || screen.contains("Søren"), screen)
    }
}
