import Foundation
import XCTest

/// The `.ics` export is a calendar to import, not an iTIP message: libical's iTIP check
/// refuses `METHOD:PUBLISH` without an `ORGANIZER`. And each UID is what the README says.
final class CLICalendarITipTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws {
        cli = try CLIRunner()
        try ExportFixture.write(to: cli)
    }

    override func tearDown() { cli.remove() }

    static let readCalendar = """
    import sys, json, icalendar
    cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
    events = cal.walk("VEVENT")
    print(json.dumps({
        "method": str(cal["METHOD"]) if "METHOD" in cal else None,
        "organizers": [str(e["ORGANIZER"]) for e in events if "ORGANIZER" in e],
        "uids": [str(e["UID"]) for e in events],
    }))
    """

    func testNoMethodWithoutOrganizerAndTheUIDIsTheLowercaseIdAtFrivillig() throws {
        let r = try cli.run(["export", "ics"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let file = cli.home.appendingPathComponent("events.ics")
        try Data(r.stdout.utf8).write(to: file)
        let cal = try PythonParser.json(Self.readCalendar, file: file) as! [String: Any]
        XCTAssertTrue(cal["method"] is NSNull, "no METHOD, so no iTIP rule asks for an ORGANIZER")
        XCTAssertEqual(cal["organizers"] as? [String], [])
        let ids = [40, 41, 42].map { ExportFixture.id($0).uuidString.lowercased() + "@frivillig" }
        XCTAssertEqual(Set(cal["uids"] as! [String]), Set(ids))
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).appendingPathComponent("../../../README.md").standardized, encoding: .utf8)
        XCTAssertTrue(readme.contains("the UID is the event's id in lower case followed by `@frivillig`"), "the README says what the file holds")
    }
}
