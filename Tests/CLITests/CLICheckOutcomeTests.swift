import Foundation
import FrivilligCore
import XCTest

/// A check's outcome, assessor and note are criminal-offence data (databeskyttelsesloven
/// §8): no export, listing or letter carries them, only the person's own access export.
/// Each output is searched for distinctive texts put into both checks.
final class CLICheckOutcomeTests: XCTestCase {
    private var cli: CLIRunner!
    private static let secrets = ["Vurderet-af-Qzx-Børn", "Note-Qzx-Børn", "Vurderet-af-Qzx-Straf", "Note-Qzx-Straf"]
    /// The outcome's own words, as a screen or the access export shows them.
    private static let outcomeWords = ["anmærkninger, vurderet OK", "remarksAssessedOK"]

    override func setUpWithError() throws {
        cli = try CLIRunner()
        var register = ExportFixture.register()
        register.workplaces[0].worksWithChildren = true
        register.agreements[0].childCheck = CertificateCheck(
            required: true, received: Day(year: 2026, month: 1, day: 2), outcome: .remarksAssessedOK,
            assessedBy: Self.secrets[0], note: Self.secrets[1])
        register.agreements[0].criminalCheck = CertificateCheck(
            required: true, received: Day(year: 2026, month: 1, day: 3), outcome: .remarksAssessedOK,
            assessedBy: Self.secrets[2], note: Self.secrets[3])
        try StoreCodec.encode(register).write(to: cli.store)
    }

    override func tearDown() { cli.remove() }

    private func output(_ args: [String]) throws -> String {
        let r = try cli.run(args)
        XCTAssertEqual(r.status, 0, "\(args): \(r.stderr)")
        return r.stdout
    }

    func testNoExportListingOrLetterCarriesAnOutcome() throws {
        var outputs: [[String]] = ["volunteers", "contacts", "workplaces", "agreements", "events"].map { ["export", "csv", $0] }
        outputs += [["export", "vcard"], ["export", "vcard", "--version", "4"], ["export", "ics"]]
        outputs += ["md", "txt", "html"].map { ["letter", "Søren", "--format", $0] }
        outputs += ["volunteers", "contacts", "workplaces", "agreements", "events"].map { ["list", $0, "--json"] }
        outputs += ["volunteers", "agreements"].map { ["list", $0] }
        for args in outputs {
            let text = try output(args)
            XCTAssertFalse(text.isEmpty, "\(args)")
            for secret in Self.secrets + Self.outcomeWords {
                XCTAssertFalse(text.contains(secret), "\(args) carries \(secret)")
            }
        }
        let agreements = try output(["list", "agreements", "--json"])
        XCTAssertTrue(agreements.contains("2026-01-02"), "the dates of a check may be listed")
    }

    func testThePersonsOwnAccessExportCarriesThemAll() throws {
        for args in [["export", "person", "Søren"], ["export", "person", "Søren", "--json"]] {
            let text = try output(args)
            for secret in Self.secrets { XCTAssertTrue(text.contains(secret), "\(args) lacks \(secret)") }
        }
    }
}
