@testable import FrivilligApp
@testable import FrivilligCore
import Foundation
import TerminalUI
import XCTest

/// `X` on the overview's retention list: the marked rows summed up, the number typed,
/// then each anonymised or erased through the store as `frivillig retention --apply` does.
final class AppRetentionBatchTests: XCTestCase {
    private var dir: URL!
    private var store: Store!
    private var state: AppState!
    /// The screen at each progress step of a run.
    private var progressScreens: [String] = []

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-retention-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent("store.json")
        try StoreCodec.encode(ReasonFixture.register()).write(to: url)
        store = try Store.open(at: url)
        state = AppState(register: store.register, l10n: Localizer(.da), today: AppFixture.today,
                         storePath: "~/store.json", width: 100, height: 30)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    private func press(_ keys: Key...) {
        for key in keys { perform(state.update(.key(key))) }
    }

    private func type(_ text: String) {
        for c in text { press(.char(c)) }
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects {
            guard case .removal(let request) = effect else { return XCTFail("asked for \(effect)") }
            let answers = RemovalPerformer(store: store).perform(request) { step in
                _ = state.update(step)
                progressScreens.append(screen)
            }
            for answer in answers { perform(state.update(answer)) }
        }
    }

    private var screen: String { state.screen.joined(separator: "\n") }

    private func openTheRetentionList() {
        let line = state.overview.items.firstIndex { $0.kind == .retention }!
        for _ in 0 ..< line { press(.down) }
        press(.enter)
    }

    func testTheMarkedRowsAreCarriedOutOnceTheirNumberIsTyped() throws {
        openTheRetentionList()
        XCTAssertTrue(screen.contains("Anders Jensen") && screen.contains("Bent Holm"), screen)
        press(.char("*"), .char("X"))
        XCTAssertTrue(screen.contains("┌ Udfør listen"), screen)
        XCTAssertTrue(screen.contains("Anonymiseres i registeret og alle dets filer: 2 frivillige."), screen)
        XCTAssertTrue(screen.contains("  Anders Jensen – anonymiseres"), screen)
        XCTAssertTrue(screen.contains("Skriv antallet (2) og Enter for at gøre det for altid:"), screen)
        XCTAssertTrue(state.screen.last?.hasPrefix(" skriv antallet · Enter udfør · Esc fortryd") ?? false, state.screen.last ?? "")

        type("1")
        press(.enter)
        XCTAssertTrue(screen.contains("Skriv tallet 2, præcis antallet af poster."), screen)
        XCTAssertEqual(try Store.open(at: store.url).register.volunteers.filter(\.anonymised).count, 0, "nothing done yet")

        press(.backspace)
        type("2")
        press(.enter)
        XCTAssertTrue(progressScreens.contains { $0.contains("│ Udfører (2 af 2) Anonymiserer: registeret og journalen …") },
                      progressScreens.joined(separator: "\n\n"))
        XCTAssertFalse(progressScreens.contains { $0.contains("Sletter") }, "anonymising is never said as erasing")
        XCTAssertNil(state.overlay)
        XCTAssertTrue(state.screen.last?.hasPrefix(" Færdig: 2 anonymiseret, 0 slettet.") ?? false, state.screen.last ?? "")
        let reopened = try Store.open(at: store.url).register
        XCTAssertEqual(reopened.volunteers.filter(\.anonymised).count, 2)
        XCTAssertNil(reopened.volunteers.first { $0.name == "Bent Holm" || $0.name == "Anders Jensen" })
        XCTAssertEqual(state.currentList?.refs, [], "the list follows the register: nobody is due now")
    }

    func testEscapeChangesNothingOnDisk() throws {
        let before = try Data(contentsOf: store.url)
        openTheRetentionList()
        press(.char("X"))
        XCTAssertTrue(screen.contains("Anders Jensen – anonymiseres") && !screen.contains("Bent Holm – "), "only the selected row")
        type("1")
        press(.escape)
        XCTAssertNil(state.overlay)
        XCTAssertTrue(state.screen.last?.hasPrefix(" Intet er ændret.") ?? false, state.screen.last ?? "")
        XCTAssertEqual(try Data(contentsOf: store.url), before)
    }
}
