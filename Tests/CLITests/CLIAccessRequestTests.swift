import Foundation
import FrivilligCore
import XCTest

/// `frivillig access-request` and the person export that answers one, on a temporary
/// store with today fixed at 22.11.2026.
final class CLIAccessRequestTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws {
        cli = try CLIRunner()
        try XCTAssertEqual(cli.run(["add", "volunteer", "--name", "Søren Østergaard", "--phone", "20 12 34 56"]).status, 0)
    }

    override func tearDown() { cli.remove() }

    private func requests() throws -> [AccessRequest] {
        try Store.open(at: cli.store).register.accessRequests
    }

    func testARequestIsLoggedWithItsDeadlineAndListedWithTheDaysLeft() throws {
        let added = try cli.run(["access-request", "add", "søren", "--received", "01.11.2026"])
        XCTAssertEqual(added.status, 0, added.stderr)
        let r = try XCTUnwrap(try requests().first)
        XCTAssertEqual(added.stdout, "Indsigtsanmodning \(r.shortID) fra Søren Østergaard modtaget 01.11.2026: svar senest 01.12.2026.\n")
        try XCTAssertEqual(cli.run(["access-request", "add", "Bo Hansen", "--not-in-register"]).status, 0)
        let list = try cli.run(["access-request", "list"])
        XCTAssertEqual(list.stdout.split(separator: "\n").map { String($0.dropFirst(10)) }, [
            "Søren Østergaard  modtaget 01.11.2026  frist 01.12.2026  9 dage tilbage",
            "Bo Hansen  modtaget 22.11.2026  frist 22.12.2026  30 dage tilbage",
        ])
        let json = try JSONSerialization.jsonObject(with: Data(try cli.run(["access-request", "list", "--json"]).stdout.utf8)) as! [[String: Any]]
        XCTAssertEqual(json.map { $0["daysLeft"] as? Int }, [9, 30])
        XCTAssertEqual(json.first?["volunteerID"] as? String, try Store.open(at: cli.store).register.volunteers[0].id.uuidString)
    }

    func testExtendAddsTwoMonthsOnceAndNeedsAReason() throws {
        try XCTAssertEqual(cli.run(["access-request", "add", "søren", "--received", "2026-11-01"]).status, 0)
        let id = try XCTUnwrap(try requests().first).shortID
        let noReason = try cli.run(["access-request", "extend", id])
        XCTAssertEqual(noReason.status, 2)
        XCTAssertTrue(noReason.stderr.contains("Angiv hvorfor fristen forlænges (--reason)"), noReason.stderr)
        let extended = try cli.run(["access-request", "extend", id, "--reason", "mange arkiver", "--lang", "en"])
        XCTAssertEqual(extended.stdout, "Access request \(id) from Søren Østergaard: the deadline is extended to 2027-02-01.\n")
        let before = try cli.storeData()
        let again = try cli.run(["access-request", "extend", id, "--reason", "endnu flere"])
        XCTAssertEqual(again.status, 2)
        XCTAssertTrue(again.stderr.contains("allerede forlænget (mange arkiver)"), again.stderr)
        XCTAssertEqual(try cli.storeData(), before, "nothing written")
    }

    func testAnswerByTheVolunteersNameWithTheFile() throws {
        try XCTAssertEqual(cli.run(["access-request", "add", "søren"]).status, 0)
        let r = try cli.run(["access-request", "answer", "søren", "--file", cli.home.appendingPathComponent("svar.txt").path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let answered = try XCTUnwrap(try requests().first)
        XCTAssertEqual(answered.answered, Day(year: 2026, month: 11, day: 22))
        XCTAssertEqual(answered.answerFile, cli.home.appendingPathComponent("svar.txt").path)
        let unknown = try cli.run(["access-request", "answer", "zacharias"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("Ingen indsigtsanmodning matcher »zacharias«"), unknown.stderr)
    }

    /// The export written to a file is the answer: the request is marked answered with its
    /// path, and the export itself holds the request and the consent.
    func testExportPersonToAFileAnswersTheOpenRequestAndContainsItAndTheConsent() throws {
        try XCTAssertEqual(cli.run(["consent", "søren", "--given", "2026-01-05", "--how", "written"]).status, 0)
        try XCTAssertEqual(cli.run(["access-request", "add", "søren", "--received", "2026-11-10"]).status, 0)
        let toScreen = try cli.run(["export", "person", "søren", "--json"])
        XCTAssertEqual(toScreen.status, 0, toScreen.stderr)
        XCTAssertNil(try requests().first?.answered, "an export to standard output answers nothing")

        let out = cli.home.appendingPathComponent("indsigt.json")
        let r = try cli.run(["export", "person", "søren", "--json", "--out", out.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let request = try XCTUnwrap(try requests().first)
        XCTAssertEqual(request.answered, Day(year: 2026, month: 11, day: 22))
        XCTAssertEqual(request.answerFile, out.path)
        XCTAssertTrue(r.stderr.contains("Indsigtsanmodning \(request.shortID) er markeret besvaret med \(out.path)."), r.stderr)
        let export = try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as! [String: Any]
        let requests = export["accessRequests"] as! [[String: Any]]
        XCTAssertEqual(requests.map { $0["answered"] as? String }, ["2026-11-22"])
        let consent = (export["volunteer"] as! [String: Any])["consent"] as! [String: Any]
        XCTAssertEqual(consent["given"] as? String, "2026-01-05")
        XCTAssertEqual(consent["method"] as? String, "written")
    }
}
