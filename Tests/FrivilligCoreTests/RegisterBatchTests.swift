import FrivilligCore
import Foundation
import XCTest

/// Many changes applied at once (an import, a journal replayed) give exactly what
/// applying them one by one gives, deletes and repeated puts of one record included.
final class RegisterBatchTests: XCTestCase {
    func testABatchGivesWhatOneByOneGives() throws {
        let start = DemoGenerator(seed: 3, volunteers: 200, today: Day(year: 2026, month: 11, day: 22)!).make()
        var changes: [Change] = []
        for (i, v) in start.volunteers.prefix(60).enumerated() {
            var edited = v
            edited.notes = "rettet \(i)"
            changes.append(.putVolunteer(edited))
            if i % 7 == 0 { changes.append(.putVolunteer(Volunteer(name: "Ny \(i)"))) }
            if i % 13 == 0 { changes.append(.deleteVolunteer(start.volunteers[150 + i / 13].id)) }
            if i % 5 == 0 { edited.notes += " igen"; changes.append(.putVolunteer(edited)) }
        }
        changes.append(.putEvent(RecognitionEvent(date: Day(year: 2026, month: 6, day: 1)!, kind: .thanks, title: "Tak")))
        var oneByOne = start
        for change in changes { try oneByOne.apply(change) }
        var batch = start
        try batch.apply(all: changes)
        XCTAssertGreaterThan(changes.count, 16, "large enough for the table")
        XCTAssertEqual(batch, oneByOne)
    }

    func testTheFailingChangeOfABatchIsNamed() {
        var register = Register()
        let changes = (0..<20).map { Change.putVolunteer(Volunteer(name: "V\($0)")) } + [.deleteVolunteer(UUID())]
        XCTAssertThrowsError(try register.apply(all: changes)) { error in
            XCTAssertEqual((error as? RegisterBatchError)?.offset, 20)
        }
    }
}
