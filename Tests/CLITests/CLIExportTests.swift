import Foundation
import XCTest

/// `frivillig export vcard|ics`, read back by Python's vobject and icalendar.
final class CLIExportTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws {
        cli = try CLIRunner()
        try ExportFixture.write(to: cli)
    }

    override func tearDown() { cli.remove() }

    private func export(_ args: [String], to name: String) throws -> (URL, String) {
        let r = try cli.run(["export"] + args)
        XCTAssertEqual(r.status, 0, r.stderr)
        let file = cli.home.appendingPathComponent(name)
        try Data(r.stdout.utf8).write(to: file)
        return (file, r.stdout)
    }

    /// Every line ends in CRLF, no physical line is longer than 75 octets, and at least
    /// one line was folded.
    private func assertContentLines(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(text.hasSuffix("\r\n"), file: file, line: line)
        let physical = text.components(separatedBy: "\r\n").dropLast()
        XCTAssertFalse(physical.contains { $0.contains("\n") || $0.contains("\r") }, "bare line break", file: file, line: line)
        XCTAssertEqual(physical.filter { $0.utf8.count > 75 }, [], file: file, line: line)
        XCTAssertTrue(physical.contains { $0.hasPrefix(" ") }, "a long value is folded", file: file, line: line)
    }

    static let readCards = """
    import sys, json, vobject
    out = []
    for card in vobject.readComponents(open(sys.argv[1], encoding="utf-8", newline="").read()):
        c = card.contents
        get = lambda name: [x.value for x in c.get(name, [])]
        adr = c.get("adr", [None])[0]
        rel = c.get("related", [])
        out.append({
            "version": card.version.value, "fn": card.fn.value, "uid": card.uid.value,
            "family": card.n.value.family, "given": card.n.value.given,
            "tel": get("tel"), "email": get("email"), "note": get("note"),
            "org": [list(v) if isinstance(v, list) else [v] for v in get("org")],
            "street": adr.value.street if adr is not None else None,
            "related": [r.value for r in rel], "relatedType": [r.params.get("TYPE", []) for r in rel],
            "categories": [v if isinstance(v, list) else [v] for v in get("categories")],
        })
    print(json.dumps(out))
    """

    private func cards(_ file: URL) throws -> [[String: Any]] {
        try PythonParser.json(Self.readCards, file: file) as! [[String: Any]]
    }

    private func card(_ all: [[String: Any]], _ name: String) -> [String: Any]? {
        all.first { $0["fn"] as? String == name }
    }

    func testVCard3IsReadByVobjectWithEscapedValuesAndRelativesAsCards() throws {
        let (file, text) = try export(["vcard"], to: "all.vcf")
        assertContentLines(text)
        let all = try cards(file)
        XCTAssertEqual(all.map { $0["fn"] as! String },
                       ["Søren Østergaard", "Mette Østergaard", "Jens Ø", "Åse Bæk", "Hanne Kjær"])
        XCTAssertEqual(Set(all.map { $0["version"] as! String }), ["3.0"])
        let soeren = try XCTUnwrap(card(all, "Søren Østergaard"))
        XCTAssertEqual(soeren["family"] as? String, "Østergaard")
        XCTAssertEqual(soeren["given"] as? String, "Søren")
        XCTAssertEqual(soeren["tel"] as? [String], ["+4520123456", "+4522334455"])
        XCTAssertEqual(soeren["street"] as? String, ExportFixture.address, "commas, semicolon and line break survive")
        XCTAssertEqual(soeren["note"] as? [String], ["Pårørende: Mette Østergaard (datter) +45 30 12 34 56; Jens Ø +45 31 31 31 31"])
        XCTAssertEqual(soeren["related"] as? [String], [], "3.0 has no RELATED")
        let mette = try XCTUnwrap(card(all, "Mette Østergaard"))
        XCTAssertEqual(mette["tel"] as? [String], ["+4530123456"])
        XCTAssertEqual(mette["note"] as? [String], ["Pårørende (datter) til Søren Østergaard"])
        XCTAssertEqual(card(all, "Jens Ø")?["note"] as? [String], ["Pårørende til Søren Østergaard"])
        let hanne = try XCTUnwrap(card(all, "Hanne Kjær"))
        XCTAssertEqual(hanne["org"] as? [[String]], [["Solgården, Plejecenter"]])
        XCTAssertEqual(Set(all.map { $0["uid"] as! String }).count, 5, "every card has its own UID")
    }

    func testVCard4LinksTheEmergencyContactWithRelatedAndSpeaksEnglish() throws {
        let (file, text) = try export(["vcard", "--version", "4", "--search", "søren", "--lang", "en"], to: "v4.vcf")
        assertContentLines(text)
        let all = try cards(file)
        XCTAssertEqual(all.map { $0["fn"] as! String }, ["Søren Østergaard", "Mette Østergaard", "Jens Ø"], "only Søren and his relatives")
        let soeren = try XCTUnwrap(card(all, "Søren Østergaard"))
        XCTAssertEqual(soeren["version"] as? String, "4.0")
        XCTAssertEqual(soeren["tel"] as? [String], ["tel:+4520123456", "tel:+4522334455"])
        let mette = try XCTUnwrap(card(all, "Mette Østergaard"))
        let jens = try XCTUnwrap(card(all, "Jens Ø"))
        XCTAssertEqual(soeren["related"] as? [String], [mette["uid"] as! String, jens["uid"] as! String])
        XCTAssertEqual(soeren["relatedType"] as? [[String]], [["emergency"], ["emergency"]])
        XCTAssertEqual(mette["note"] as? [String], ["Emergency contact (datter) of Søren Østergaard"])

        let again = try cli.run(["export", "vcard", "--version", "4"])
        XCTAssertTrue(again.stdout.contains("UID:" + (mette["uid"] as! String) + "\r\n"), "a relative's card keeps its UID")
    }

    func testVCardSearchWithoutMatchAndBadVersion() throws {
        let none = try cli.run(["export", "vcard", "--search", "zacharias"])
        XCTAssertEqual(none.status, 1)
        XCTAssertEqual(none.stdout, "")
        XCTAssertEqual(none.stderr, "Ingen frivillige eller kontakter matcher »zacharias«.\n")
        let bad = try cli.run(["export", "vcard", "--version", "2.1"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertEqual(bad.stderr, "--version skal være 3 eller 4, ikke »2.1«.\n")
    }

    static let readCalendar = """
    import sys, json, datetime, icalendar
    cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
    out = {"version": str(cal["VERSION"]), "prodid": str(cal["PRODID"]), "events": []}
    for e in cal.walk("VEVENT"):
        start, end = e["DTSTART"], e["DTEND"]
        out["events"].append({
            "uid": str(e["UID"]), "summary": str(e["SUMMARY"]), "description": str(e.get("DESCRIPTION", "")),
            "start": start.dt.isoformat(), "end": end.dt.isoformat(),
            "allDay": not isinstance(start.dt, datetime.datetime) and not isinstance(end.dt, datetime.datetime),
            "startValue": start.params.get("VALUE"), "endValue": end.params.get("VALUE"),
            "stampUTC": e["DTSTAMP"].dt.tzinfo is not None and e["DTSTAMP"].dt.utcoffset() == datetime.timedelta(0),
        })
    print(json.dumps(out))
    """

    func testCalendarIsReadByIcalendarWithAllDayEventsAndStableUIDs() throws {
        let (file, text) = try export(["ics", "--from", "01.01.2026", "--to", "2026-12-31"], to: "events.ics")
        assertContentLines(text)
        let cal = try PythonParser.json(Self.readCalendar, file: file) as! [String: Any]
        XCTAssertEqual(cal["version"] as? String, "2.0")
        XCTAssertEqual(cal["prodid"] as? String, "-//Frivillig//Frivillig 0.1.0//DA")
        let events = cal["events"] as! [[String: Any]]
        XCTAssertEqual(events.map { $0["summary"] as! String }, ["tak", ExportFixture.newYear], "2025's excursion is outside --from")
        let party = events[1]
        XCTAssertEqual(party["start"] as? String, "2026-12-31")
        XCTAssertEqual(party["end"] as? String, "2027-01-01", "DTEND is the exclusive next day")
        XCTAssertEqual(party["allDay"] as? Bool, true)
        XCTAssertEqual(party["startValue"] as? String, "DATE")
        XCTAssertEqual(party["endValue"] as? String, "DATE")
        XCTAssertEqual(party["stampUTC"] as? Bool, true)
        XCTAssertEqual(party["description"] as? String, ExportFixture.newYearText + "\n\nDeltagere: 2")

        let (secondFile, _) = try export(["ics"], to: "again.ics")
        let second = try PythonParser.json(Self.readCalendar, file: secondFile) as! [String: Any]
        let uids = (second["events"] as! [[String: Any]]).map { $0["uid"] as! String }
        XCTAssertEqual(uids.count, 3)
        XCTAssertEqual(Set(events.map { $0["uid"] as! String }).subtracting(uids), [], "the same event has the same UID in every export")
    }

    func testCalendarRejectsBadDates() throws {
        let bad = try cli.run(["export", "ics", "--from", "31.02.2026"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertEqual(bad.stdout, "")
        XCTAssertEqual(bad.stderr, "--from skal være en dato (dd.mm.åååå, dd-mm-åååå eller åååå-mm-dd), ikke »31.02.2026«.\n")
        let reversed = try cli.run(["export", "ics", "--from", "2026-12-01", "--to", "2026-01-01", "--lang", "en"])
        XCTAssertEqual(reversed.status, 2)
        XCTAssertEqual(reversed.stderr, "--from (2026-12-01) is after --to (2026-01-01).\n")
    }
}
