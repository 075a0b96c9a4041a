import FrivilligCore
import XCTest

/// The README documents the file format with an example; it must stay a file we load.
final class FormatDocumentationTests: XCTestCase {
    func testREADMEExampleLoads() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../README.md").standardized
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try XCTUnwrap(text.range(of: "```json\n"))
        let end = try XCTUnwrap(text.range(of: "\n```", range: start.upperBound..<text.endIndex))
        let json = Data(text[start.upperBound..<end.lowerBound].utf8)
        let register = try StoreCodec.decode(json, path: "README.md")
        XCTAssertEqual(register.volunteers.first?.emergencyContacts.first?.phone, "+4530123456")
        XCTAssertEqual(register.agreements.first?.status(on: Day(year: 2026, month: 11, day: 22)!), .signed)
        XCTAssertEqual(register.agreements.first?.status(on: Day(year: 2027, month: 2, day: 1)!), .reviewDue)
        XCTAssertEqual(register.events.first?.kind, .excursion)
        XCTAssertEqual(register.volunteers.first?.consent.scopes, [.register, .sharing])
        XCTAssertEqual(register.accessRequests.first?.deadline, Day(year: 2026, month: 4, day: 10))
        XCTAssertEqual(register.tasks.first?.time.partsOfDay, [.morning])
        XCTAssertEqual(register.volunteers.first?.membership.associationID, register.associations.first?.id)
        XCTAssertTrue(RegisterCheck.problems(in: register).isEmpty)
    }
}
