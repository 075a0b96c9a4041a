import FrivilligApp
import FrivilligCore
import Foundation
import TerminalUI
import XCTest

/// A form saved after another program saved the same record: the app shows what the
/// store's merge says, both values per field, and commits the choice.
final class AppConflictTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-conflict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    /// The runtime's part: the effect's changes through the store, the answer back.
    private func perform(_ effects: [Effect], _ store: Store, _ state: inout AppState) {
        for case .commit(let changes, let base) in effects {
            do {
                state.send(.committed(.saved(try store.commit(changes, base: base))))
            } catch let error as RegisterError {
                state.send(.committed(.refused(error)))
            } catch {
                XCTFail("\(error)")
            }
        }
    }

    private func openSoerensEmail(_ store: Store) -> AppState {
        var s = AppState(register: store.register, l10n: Localizer(.da), today: AppFixture.today, storePath: "~/store.json")
        s.press(.char("2"), .char("/"))
        s.type("søren")
        s.press(.enter, .char("e"), .down, .down)
        return s
    }

    func testTheSameFieldChangedMeanwhileShowsBothValuesAndTheChoiceIsSaved() throws {
        let url = dir.appendingPathComponent("store.json")
        let store = try Store.open(at: url)
        try store.replace(with: AppFixture.register())
        var s = openSoerensEmail(store)
        s.press(.ctrl("u"))
        s.type("tui@example.dk")

        let other = try Store.open(at: url)
        var soeren = try XCTUnwrap(other.register.volunteer(AppFixture.id(1)))
        soeren.email = "cli@example.dk"
        try other.commit([.putVolunteer(soeren)])

        perform(s.press(.enter), store, &s)
        XCTAssertEqual(s.screen, [
            " 1 Over… 2 Frivillige 3 Kont… 4 Arbe… 5 Afta… 6 Påsk… 7 Stat… 8 Opga… 9 Fore…",
            "Frivillige  /søren                                                      1–1 af 1",
            "  Navn                 Telefon         E-mail         Status Pårørende",
            "  Søren Østergaard     +45 20 12 34 56 soeren@exampl… aktiv  Mette Østergaard +…",
            "",
            "",
            "",
            "┌ Gemt af en anden imens ──────────────────────────────────────────────────────┐",
            "│ Frivillig Søren Østergaard er gemt af en anden, mens du redigerede, og I har │",
            "│ ændret det samme felt. Intet er gemt.                                        │",
            "│   E-mail: din værdi »tui@example.dk«, gemt imens »cli@example.dk«            │",
            "│                                                                              │",
            "│ 1  behold dine værdier i disse felter                                        │",
            "│ 2  behold de værdier, der blev gemt imens                                    │",
            "│ Esc  tilbage til formularen                                                  │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "", "", "", "", "", "", "",
            " 1 dine værdier · 2 de gemte værdier · Esc tilbage · F2 nødopslag  4 frivillige",
        ])
        XCTAssertEqual(try Store.open(at: url).register.volunteer(AppFixture.id(1))?.email, "cli@example.dk", "nothing written yet")

        s.press(.escape)
        XCTAssertTrue(s.screen.joined().contains("Rediger Søren Østergaard"), "Esc goes back to the form")
        perform(s.press(.enter), store, &s)
        perform(s.press(.char("2")), store, &s)
        XCTAssertFalse(s.screen.joined().contains("Rediger"), "the form closed once saved")
        XCTAssertEqual(try Store.open(at: url).register.volunteer(AppFixture.id(1))?.email, "cli@example.dk", "2 keeps the saved value")
    }

    func testARecordDeletedMeanwhileIsNotBroughtBack() throws {
        let url = dir.appendingPathComponent("store.json")
        let store = try Store.open(at: url)
        try store.replace(with: AppFixture.register())
        var s = openSoerensEmail(store)
        s.type("x")
        try Store.open(at: url).commit([.deleteVolunteer(AppFixture.id(1))])
        perform(s.press(.enter), store, &s)
        XCTAssertTrue(s.screen.joined().contains("er slettet, mens du redigerede"), s.screen.joined(separator: "\n"))
        s.press(.enter)
        XCTAssertNil(try Store.open(at: url).register.volunteer(AppFixture.id(1)), "the delete stands")
        XCTAssertFalse(s.screen.joined().contains("Rediger"))
    }
}
