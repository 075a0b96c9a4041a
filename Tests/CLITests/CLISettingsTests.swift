import FrivilligCore
import XCTest

/// `frivillig settings`: shown, changed through the journal, and a bad value changes nothing.
final class CLISettingsTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.remove() }

    func testSettingsAreShownWithTheirDefaultsAndChangedInTheStore() throws {
        XCTAssertEqual(try cli.run(["demo", "--volunteers", "20", "--seed", "3"]).status, 0)
        let shown = try cli.run(["settings"])
        XCTAssertEqual(shown.status, 0, shown.stderr)
        XCTAssertTrue(shown.stdout.contains("Børneattest fornyes efter (år): 3"), shown.stdout)
        let changed = try cli.run(["settings", "--child-check-renewal-years", "2", "--return-needs-new-check=nej"])
        XCTAssertEqual(changed.status, 0, changed.stderr)
        XCTAssertTrue(changed.stdout.contains("Børneattest fornyes efter (år): 2"), changed.stdout)
        let settings = try Store.open(at: cli.store).register.settings
        XCTAssertEqual(settings, Settings(childCheckRenewalYears: 2, returnNeedsNewCheck: false))
    }

    func testABadValueIsNamedAndNothingIsWritten() throws {
        XCTAssertEqual(try cli.run(["demo", "--volunteers", "20", "--seed", "3"]).status, 0)
        let before = try cli.storeData()
        for (args, expected) in [
            (["--child-check-renewal-years", "0"], "--child-check-renewal-years: \"0\" er ikke et helt tal fra 1 til 10."),
            (["--return-gap-months", "12", "--return-needs-new-check", "måske"], "--return-needs-new-check: \"måske\" er hverken ja eller nej."),
            (["--return-gap-months"], "--return-gap-months mangler en værdi."),
            (["--renewal", "2"], "Ukendt indstilling \"--renewal\"."),
        ] {
            let r = try cli.run(["settings"] + args)
            XCTAssertEqual(r.status, 2, "\(args)")
            XCTAssertTrue(r.stderr.contains(expected), r.stderr)
            XCTAssertTrue(r.stderr.contains("Intet er gemt."), r.stderr)
            XCTAssertEqual(try cli.storeData(), before, "\(args)")
        }
    }
}
