import Foundation
import FrivilligCore
import XCTest

/// `frivillig report`: the numbers against a count made by hand from the fixture below,
/// with 1 and 2 shown as "< 3"; the HTML's bars read back; no personal data in any format.
final class CLIReportTests: XCTestCase {
    private var cli: CLIRunner!

    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))! }
    static func d(_ y: Int, _ m: Int, _ day: Int) -> Day { Day(year: y, month: m, day: day)! }

    /// Solgården: five volunteers active since 2020 and one who stopped 1.6.2026;
    /// Børnehuset: one who began 1.2.2026. An excursion in 2026 (four there) and a thanks
    /// in 2025 (five there). Three ongoing open tasks at Solgården. The CLI's today is 22.11.2026.
    static func register() -> Register {
        let solgaarden = Workplace(id: id(20), name: "Solgården", area: "ældre")
        let boernehuset = Workplace(id: id(21), name: "Børnehuset", area: "børn", worksWithChildren: true)
        func v(_ n: Int, _ name: String, _ periods: [StatusPeriod], at place: UUID) -> Volunteer {
            var out = Volunteer(id: id(n), name: name, phones: ["+45201234\(n)0"], email: "frivillig\(n)@example.dk",
                                address: "Hemmeligvej \(n)", status: periods.last!.status, workplaceIDs: [place],
                                emergencyContacts: [EmergencyContact(name: "Pårørende Nummer\(n)", relation: "søster", phone: "+45301234\(n)0")])
            out.statusPeriods = periods
            return out
        }
        let names = ["Søren Østergaard", "Åse Bæk", "Karin Kvist", "Lars Lund", "Mona Mikkelsen"]
        var volunteers = names.enumerated().map { i, name in v(i + 1, name, [StatusPeriod(.active, from: d(2020, 1, 1))], at: solgaarden.id) }
        volunteers.append(v(6, "Niels Nørgaard", [StatusPeriod(.active, from: d(2026, 2, 1))], at: boernehuset.id))
        volunteers.append(v(7, "Olga Ørsted", [StatusPeriod(.active, from: d(2019, 5, 1), to: d(2026, 6, 1)), StatusPeriod(.stopped, from: d(2026, 6, 1))], at: solgaarden.id))
        let events = [
            RecognitionEvent(id: id(40), date: d(2026, 5, 1), kind: .excursion, title: "Skovtur", attendeeIDs: (1...4).map(id)),
            RecognitionEvent(id: id(41), date: d(2025, 8, 1), kind: .thanks, title: "Tak for i år", attendeeIDs: (1...5).map(id)),
        ]
        let tasks = (50...52).map { VolunteerTask(id: id($0), title: "Opgave \($0)", workplaceID: solgaarden.id, time: TaskTime(ongoing: true)) }
        return Register(volunteers: volunteers, workplaces: [solgaarden, boernehuset], events: events, tasks: tasks)
    }

    /// Names, phone numbers, e-mail addresses and street addresses of the fixture.
    static var personalData: [String] {
        register().volunteers.flatMap { [$0.name, $0.email, $0.address] + $0.phones + $0.emergencyContacts.flatMap { [$0.name, $0.phone] } }
    }

    override func setUpWithError() throws {
        cli = try CLIRunner()
        try StoreCodec.encode(Self.register()).write(to: cli.store)
    }

    override func tearDown() { cli.remove() }

    private func report(_ args: String...) throws -> String {
        let r = try cli.run(["report", "--year", "2026"] + args)
        XCTAssertEqual(r.status, 0, r.stderr)
        return r.stdout
    }

    func testMarkdownHasTheHandCountWithSmallNumbersHidden() throws {
        let md = try report()
        let lines = md.components(separatedBy: "\n")
        XCTAssertEqual(lines.first, "# Årsrapport 2026")
        for row in [
            "| aktiv | 6 | 6 |",            // 1–6 now; 1–5 and 7 at the end of 2025
            "| stoppet | < 3 | 0 |",        // 7 stopped in 2026
            "| Solgården | 5 | 6 |",
            "| Børnehuset | < 3 | 0 |",     // 6 began in 2026
            "| ældre | 5 | 6 |",
            "| udflugt | < 3 | 0 |",        // one excursion
            "| tak | 0 | < 3 |",            // one thanks, in 2025
            "| Deltagelser | 4 | 5 |",
            "| feb | < 3 | 0 |",            // new in February: 6
        ] {
            XCTAssertTrue(lines.contains(row), "\(row) missing:\n\(md)")
        }
        let tasks = md.components(separatedBy: "## Åbne opgaver pr. arbejdsplads (status i dag)").last ?? ""
        XCTAssertTrue(tasks.hasPrefix("\n\n| | 2026 | 2025 |\n|---|---:|---:|\n| Solgården | 3 | 3 |\n\n"), "three open tasks at Solgården, ongoing:\n\(md)")
        XCTAssertTrue(md.contains("## Besatte opgaver pr. arbejdsplads (status i dag)\n\ningen\n"), "no task is filled:\n\(md)")
        XCTAssertTrue(md.contains("Et antal på 1 eller 2 vises som »< 3«"), md)
        XCTAssertFalse(lines.contains { $0.hasPrefix("| ") && ($0.contains("| 1 |") || $0.contains("| 2 |")) }, "a 1 or a 2 shows:\n\(md)")
    }

    func testCsvHasOneTablePerSection() throws {
        let csv = try report("--format", "csv")
        let rows = csv.components(separatedBy: "\r\n")
        XCTAssertEqual(rows.first, "\u{FEFF}Afsnit;Hvad;2026;2025")
        XCTAssertTrue(rows.contains("Frivillige efter status;aktiv;6;6"), csv)
        XCTAssertTrue(rows.contains("Frivillige efter status;stoppet;< 3;0"), csv)
        XCTAssertTrue(rows.contains("Aktive frivillige pr. arbejdsplads;Børnehuset;< 3;0"), csv)
        XCTAssertTrue(rows.contains("Deltagelse og tak;Deltagelser;4;5"), csv)
        XCTAssertGreaterThanOrEqual(rows.filter(\.isEmpty).count, 12, "an empty row after each section")
    }

    /// Each bar's width is its count on the section's scale, where the largest count
    /// fills 240 units; a "< 3" has no bar.
    func testTheHTMLBarsMatchTheNumbers() throws {
        let html = try report("--format", "html")
        XCTAssertFalse(html.contains("<script"), "no script")
        XCTAssertFalse(html.contains("src=") || html.contains("href="), "nothing outside the file")
        XCTAssertTrue(html.contains("size: A4"))
        let sections = html.components(separatedBy: "<section>").dropFirst()
        XCTAssertEqual(sections.count, 14)
        let row = try NSRegularExpression(pattern: #"<tr><td>([^<]*)</td><td class="n">([^<]*)</td><td class="n">([^<]*)</td><td><svg[^>]*><rect class="now"[^>]* width="([0-9.]+)"[^>]*/><rect class="before"[^>]* width="([0-9.]+)""#)
        var checked = 0
        for section in sections {
            let text = section as NSString
            let matches = row.matches(in: section, range: NSRange(location: 0, length: text.length))
            let cells = matches.map { m in (1...5).map { text.substring(with: m.range(at: $0)) } }
            let value = { (shown: String) -> Int in shown == "&lt; 3" ? 0 : Int(shown)! }
            let most = cells.flatMap { [value($0[1]), value($0[2])] }.max() ?? 0
            for c in cells {
                for (shown, width) in [(c[1], c[3]), (c[2], c[4])] {
                    let expected = most == 0 ? 0 : Double(value(shown)) * 240 / Double(most)
                    XCTAssertEqual(Double(width)!, expected, accuracy: 0.01, "\(c[0]): \(shown) drawn \(width) wide")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 60)
        XCTAssertTrue(html.contains(##"<tr><td>Solgården</td><td class="n">5</td><td class="n">6</td><td><svg width="240" height="20" viewBox="0 0 240 20" aria-hidden="true"><rect class="now" x="0" y="1" width="200" height="8" fill="#1f4e79"/><rect class="before" x="0" y="11" width="240" height="8" fill="#9dc3e6"/>"##), html)
    }

    func testNoPersonalDataInAnyFormat() throws {
        for format in ["md", "csv", "html"] {
            let text = try report("--format", format)
            for value in Self.personalData {
                XCTAssertFalse(text.contains(value), "\(format) holds \(value)")
            }
        }
    }

    func testOneWorkplaceAndTheFileWrittenPrivately() throws {
        let out = cli.home.appendingPathComponent("rapport.md")
        let r = try cli.run(["report", "--year", "2026", "--workplace", "børnehuset", "--out", out.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let md = try String(contentsOf: out, encoding: .utf8)
        XCTAssertTrue(md.contains("Arbejdsplads: Børnehuset"), md)
        XCTAssertTrue(md.contains("| aktiv | < 3 | 0 |"), md)
        let mode = try FileManager.default.attributesOfItem(atPath: out.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)

        let again = try cli.run(["report", "--year", "2026", "--out", out.path])
        XCTAssertEqual(again.status, 2)
        XCTAssertEqual(try String(contentsOf: out, encoding: .utf8), md, "not replaced without --force")
        XCTAssertEqual(try cli.run(["report", "--year", "2026", "--out", out.path, "--force"]).status, 0)
        XCTAssertNotEqual(try String(contentsOf: out, encoding: .utf8), md)
    }

    func testBadInputIsNamed() throws {
        let place = try cli.run(["report", "--year", "2026", "--workplace", "Rådhuset"])
        XCTAssertEqual(place.status, 2)
        XCTAssertEqual(place.stderr, "Arbejdsplads (--workplace): ingen arbejdsplads hedder »Rådhuset«. Se navnene med frivillig list workplaces.\n")
        let year = try cli.run(["report", "--year", "26"])
        XCTAssertEqual(year.status, 2)
        XCTAssertEqual(year.stderr, "År (--year): 26 er ikke et år mellem 1900 og 2999.\n")
    }

    func testInEnglish() throws {
        let md = try report("--lang", "en")
        XCTAssertTrue(md.hasPrefix("# Yearly report 2026\n"), md)
        XCTAssertTrue(md.contains("| active | 6 | 6 |"), md)
        XCTAssertTrue(md.contains("A count of 1 or 2 is shown as \"< 3\""), md)
    }
}
