import Foundation
import FrivilligCore
import XCTest

/// `frivillig import agreements|events`: all five kinds go out and come back, and a name
/// an agreement cannot place refuses the row and changes nothing.
final class CLIImportRecordsTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.remove() }

    private let kinds = ["volunteers", "contacts", "workplaces", "agreements", "events"]

    func testEveryKindExportedAsCsvOrXlsxImportsAgainUnchanged() throws {
        try XCTAssertEqual(cli.run(["demo", "--volunteers", "30", "--seed", "5"]).status, 0)
        let store = try cli.storeJSON()
        for format in ["csv", "xlsx"] {
            for kind in kinds {
                let count = (store[kind] as! [Any]).count
                XCTAssertGreaterThan(count, 0, kind)
                let out = cli.home.appendingPathComponent("\(kind).\(format)").path
                try XCTAssertEqual(cli.run(["export", format, kind, "--out", out]).status, 0)
                let r = try cli.run(["import", kind, out, "--dry-run"])
                XCTAssertEqual(r.status, 0, "\(kind).\(format): " + r.stdout + r.stderr)
                XCTAssertTrue(r.stdout.contains("Tilføjes: 0\nOpdateres: 0\nUændret: \(count)\n"), "\(kind).\(format): " + r.stdout)
            }
        }
    }

    /// Into an empty store, in the order the records name each other: the agreements and
    /// events come back with their links, and the checks without their outcome, assessor
    /// or note, which no export holds.
    func testAgreementsAndEventsImportIntoAnEmptyStoreWithTheirLinks() throws {
        try XCTAssertEqual(cli.run(["demo", "--volunteers", "30", "--seed", "5"]).status, 0)
        let other = try CLIRunner()
        defer { other.remove() }
        for kind in ["contacts", "workplaces", "volunteers", "agreements", "events"] {
            let file = cli.home.appendingPathComponent("\(kind).csv").path
            try XCTAssertEqual(cli.run(["export", "csv", kind, "--out", file]).status, 0)
            let r = try other.run(["import", kind, file])
            XCTAssertEqual(r.status, 0, kind + ": " + r.stdout + r.stderr)
        }
        let original = try cli.storeJSON(), copy = try other.storeJSON()
        func content(_ records: Any?) -> [NSDictionary] {
            (records as! [[String: Any]]).map { record in
                var r = record
                r["revision"] = nil
                for check in ["childCheck", "criminalCheck"] {
                    guard var c = r[check] as? [String: Any] else { continue }
                    for key in ["outcome", "assessedBy", "note"] { c[key] = nil }
                    r[check] = c
                }
                return r as NSDictionary
            }
        }
        for key in ["agreements", "events"] {
            XCTAssertEqual(content(original[key]), content(copy[key]), key)
        }
    }

    func testAVolunteerNameNoOneHasIsARowErrorAndNothingIsSaved() throws {
        try XCTAssertEqual(cli.run(["add", "volunteer", "--name", "Anna Jensen", "--phone", "20 12 34 56"]).status, 0)
        try XCTAssertEqual(cli.run(["add", "volunteer", "--name", "Anna Jensen", "--phone", "30 12 34 56"]).status, 0)
        let file = cli.home.appendingPathComponent("aftaler.csv")
        try "Frivillig;Startdato\r\nBo Nielsen;01-03-2026\r\nAnna Jensen;02-03-2026\r\n".write(to: file, atomically: true, encoding: .utf8)
        let before = try cli.storeData()
        let r = try cli.run(["import", "agreements", file.path])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stdout.contains("række 2, kolonne »Frivillig«: »Bo Nielsen« skal navngive præcis én post, men passer på 0."), r.stdout)
        XCTAssertTrue(r.stdout.contains("række 3, kolonne »Frivillig«: »Anna Jensen« skal navngive præcis én post, men passer på 2."), r.stdout)
        XCTAssertEqual(try cli.storeData(), before)

        let en = try cli.run(["import", "agreements", file.path, "--lang", "en"])
        XCTAssertEqual(en.status, 2)
        XCTAssertTrue(en.stdout.contains("row 2, column \"Frivillig\": \"Bo Nielsen\" must name exactly one record, but matches 0."), en.stdout)
        XCTAssertEqual(try cli.storeData(), before)
    }

    /// Two attendees of one event who share a name come back as the two they were,
    /// from the event's own export: the event's id tells which people the names mean.
    func testAnEventWithTwoAttendeesOfOneNameImportsAgainUnchanged() throws {
        let created = Date(timeIntervalSince1970: 1_700_000_000)
        let annas = [Volunteer(name: "Anna Jensen", phones: ["+4520123456"], created: created),
                     Volunteer(name: "Anna Jensen", phones: ["+4530123456"], created: created)]
        let bo = Volunteer(name: "Bo Nielsen", phones: ["+4540123456"], created: created)
        let event = RecognitionEvent(date: Day(year: 2026, month: 6, day: 20)!, kind: .excursion, title: "Sommerudflugt",
                                     attendeeIDs: annas.map(\.id) + [bo.id])
        try StoreCodec.encode(Register(volunteers: annas + [bo], events: [event])).write(to: cli.store)
        for format in ["csv", "xlsx"] {
            let out = cli.home.appendingPathComponent("events.\(format)").path
            try XCTAssertEqual(cli.run(["export", format, "events", "--out", out]).status, 0)
            let r = try cli.run(["import", "events", out, "--dry-run"])
            XCTAssertEqual(r.status, 0, format + ": " + r.stdout + r.stderr)
            XCTAssertTrue(r.stdout.contains("Tilføjes: 0\nOpdateres: 0\nUændret: 1\n"), format + ": " + r.stdout)
        }
    }
}
