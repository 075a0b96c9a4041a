import Foundation
import XCTest

/// `frivillig settings --letterhead-…` keeps the sender with the store's settings, and
/// `frivillig letter` prints it on the letter.
final class CLILetterheadTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws {
        cli = try CLIRunner()
        try ExportFixture.write(to: cli)
    }

    override func tearDown() { cli.remove() }

    func testTheLetterheadIsSetOnceAndPrintedOnEveryLetter() throws {
        let none = try cli.run(["letter", "søren", "--format", "txt"])
        XCTAssertFalse(none.stdout.contains("Frivilligkoordinator:"), none.stdout)
        let set = try cli.run(["settings", "--letterhead-municipality", "Faxe Kommune", "--letterhead-coordinator", "Mette Lund",
                               "--letterhead-phone", "56 20 30 00", "--letterhead-email=frivillig@faxekommune.dk",
                               "--letterhead-address", "Frederiksgade 9, 4690 Haslev", "--letterhead-place", "Haslev"])
        XCTAssertEqual(set.status, 0, set.stderr)
        XCTAssertTrue(set.stdout.contains("Brevhoved, kommune: Faxe Kommune  (--letterhead-municipality)\n"), set.stdout)
        let letter = try cli.run(["letter", "søren", "--format", "txt"])
        XCTAssertEqual(letter.status, 0, letter.stderr)
        XCTAssertTrue(letter.stdout.hasPrefix("""
            Velkomstbrev
            ============

            Faxe Kommune
            Frederiksgade 9, 4690 Haslev

            Frivilligkoordinator: Mette Lund, tlf. 56 20 30 00, frivillig@faxekommune.dk

            """), letter.stdout)
        XCTAssertTrue(letter.stdout.contains("\nHaslev, 22.11.2026\n"), letter.stdout)
    }

    func testALineBreakInALetterheadTextIsRefusedAndNothingIsWritten() throws {
        let before = try cli.storeData()
        let r = try cli.run(["settings", "--letterhead-municipality", "Faxe\nKommune"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("skal stå på én linje"), r.stderr)
        XCTAssertEqual(try cli.storeData(), before)
    }
}
