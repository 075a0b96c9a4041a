import Foundation
import FrivilligCore
import XCTest

/// `frivillig consent`: recording and withdrawing a volunteer's consent, as a coordinator
/// would when the signed form comes back or the volunteer asks to be taken out.
final class CLIConsentTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws {
        cli = try CLIRunner()
        try XCTAssertEqual(cli.run(["add", "volunteer", "--name", "Søren Østergaard", "--phone", "20 12 34 56"]).status, 0)
    }

    override func tearDown() { cli.remove() }

    private func consent() throws -> Consent {
        try XCTUnwrap(Store.open(at: cli.store).register.volunteers.first).consent
    }

    func testConsentIsRecordedWithItsScopesAndHowAndShownInDanish() throws {
        let r = try cli.run(["consent", "søren", "--given", "01.11.2026", "--scope", "register,photos", "--how", "written"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "Samtykke for Søren Østergaard: givet 01.11.2026 skriftligt: registret, billeder\n")
        XCTAssertEqual(try consent(), Consent(given: Day(year: 2026, month: 11, day: 1)!, scopes: [.register, .photos], method: .written))
    }

    func testWithdrawalWithoutADateIsTodayAndSaysWhatFollows() throws {
        try XCTAssertEqual(cli.run(["consent", "søren", "--given", "2026-01-05"]).status, 0)
        let r = try cli.run(["consent", "søren", "--withdraw", "--lang", "en"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "Consent for Søren Østergaard: given 2026-01-05: the register · withdrawn 2026-11-22\n"
                       + "Søren Østergaard must now be anonymised or erased: see frivillig retention, or use frivillig anonymise or erase.\n")
        XCTAssertEqual(try consent().withdrawn, Day(year: 2026, month: 11, day: 22))
    }

    func testWithdrawalOnAGivenDay() throws {
        try XCTAssertEqual(cli.run(["consent", "søren", "--given", "2026-01-05"]).status, 0)
        try XCTAssertEqual(cli.run(["consent", "søren", "--withdraw", "2026-03-01"]).status, 0)
        XCTAssertEqual(try consent().withdrawn, Day(year: 2026, month: 3, day: 1))
    }

    /// Bad input names the option and leaves the store as it was.
    func testBadInputChangesNothing() throws {
        try XCTAssertEqual(cli.run(["consent", "søren", "--given", "2026-01-05"]).status, 0)
        let before = try cli.storeData()
        let cases: [([String], String)] = [
            (["--given", "2026-02-01", "--scope", "register,kage"], "»register,kage« er ikke noget samtykke kan dække (--scope)"),
            (["--given", "2026-02-01", "--how", "telepatisk"], "»telepatisk« er ikke en måde at give samtykke på (--how)"),
            (["--given", "31.02.2026"], "»31.02.2026« er ikke en dato"),
            (["--withdraw", "2026-01-04"], "kan ikke være trukket tilbage, før det blev givet"),
            (["--given", "2026-02-01", "--withdraw"], "--given og --withdraw kan ikke bruges sammen"),
            ([], "Angiv --given DATO"),
        ]
        for (args, message) in cases {
            let r = try cli.run(["consent", "søren"] + args)
            XCTAssertEqual(r.status, 2, "\(args)")
            XCTAssertTrue(r.stderr.contains(message), "\(args): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("Intet er gemt"), "\(args): \(r.stderr)")
        }
        XCTAssertEqual(try cli.storeData(), before)
    }
}
