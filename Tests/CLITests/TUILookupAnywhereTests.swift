import Foundation
import FrivilligCore
import XCTest

/// The real program in tmux: the emergency lookup opens from inside a half-filled form
/// with F2 or Ctrl-N (keys that are never text, which the terminal must deliver), finds
/// the one Søren at the workplace named, and Esc gives the form back with its text.
final class TUILookupAnywhereTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (scripts/install-deps installs it)")
        cli = try CLIRunner()
        let kildebakken = Workplace(name: "Dagcenter Kildebakken"), bibliotek = Workplace(name: "Haslev Bibliotek")
        try Store.open(at: cli.store).replace(with: Register(volunteers: [
            Volunteer(name: "Søren Østergaard", phones: ["+4520123456"], postalCode: "4690", city: "Haslev",
                      birthDate: Day(year: 1956, month: 3, day: 2), workplaceIDs: [kildebakken.id],
                      emergencyContacts: [EmergencyContact(name: "Mette Østergaard", relation: "datter", phone: "+4530123456")]),
            Volunteer(name: "Søren Østergaard", phones: ["+4520654321"], postalCode: "4700", city: "Næstved",
                      birthDate: Day(year: 1971, month: 5, day: 6), workplaceIDs: [bibliotek.id],
                      emergencyContacts: [EmergencyContact(name: "Lone Østergaard", relation: "hustru", phone: "+4530654321")]),
        ], workplaces: [kildebakken, bibliotek]))
    }

    override func tearDown() { cli?.remove() }

    private func start() throws -> TmuxSession {
        try TmuxSession(
            command: [CLIRunner.binary.path, "--store", cli.store.path],
            environment: ["LANG": "C.UTF-8", "FRIVILLIG_TODAY": "2026-11-22", "HOME": cli.home.path, "TERM": "tmux-256color"],
            directory: cli.home)
    }

    func testF2InsideAHalfFilledFormFindsTheSorenAtKildebakkenAndEscReturnsToTheForm() throws {
        let tmux = try start()
        try tmux.waitFor("1 Overblik")
        try tmux.keys("2")
        try tmux.waitFor("1–2 af 2")
        try tmux.keys("a")
        try tmux.waitFor("Ny frivillig")
        try tmux.type("Karen Lund")
        try tmux.keys("Tab")
        try tmux.type("2011")
        let form = try tmux.waitFor("2011")

        try tmux.keys("F2")
        try tmux.waitFor("NØDOPSLAG")
        try tmux.type("søren kildebakken")
        let lookup = try tmux.waitUntil(description: "the whole query searched") { $0.contains("søren kildebakken") && $0.contains("1 fundet") }
        XCTAssertTrue(lookup.contains("Dagcenter Kildebakken · f. 1956 · 4690 Haslev"), lookup)
        XCTAssertTrue(lookup.contains("1. Mette Østergaard (datter)  +45 30 12 34 56"), lookup)
        XCTAssertFalse(lookup.contains("Lone") || lookup.contains("Bibliotek"), lookup)

        try tmux.keys("Escape")
        let back = try tmux.waitUntil(description: "the form again") { !$0.contains("NØDOPSLAG") && $0.contains("Ny frivillig") }
        XCTAssertEqual(back, form, "the form as it was left")

        try tmux.keys("C-n")
        try tmux.waitFor("NØDOPSLAG")
        try tmux.type("bibliotek søren")
        let other = try tmux.waitUntil(description: "the other Søren") { $0.contains("bibliotek søren") && $0.contains("1 fundet") }
        XCTAssertTrue(other.contains("1. Lone Østergaard (hustru)  +45 30 65 43 21"), other)
        try tmux.keys("C-n")
        let again = try tmux.waitUntil(description: "the form again") { !$0.contains("NØDOPSLAG") && $0.contains("Ny frivillig") }
        XCTAssertEqual(again, form, "Ctrl-N opens the lookup and closes it again")

        try tmux.keys("Escape")
        try tmux.waitFor("j/n")
        try tmux.keys("j")
        try tmux.waitFor("1–2 af 2")
        try tmux.keys("q")
        XCTAssertEqual(try tmux.waitForExit(), 0, (try? tmux.transcript()) ?? "")
        XCTAssertEqual(try Store.open(at: cli.store).register.volunteers.count, 2, "nothing was saved by the way")
    }
}
