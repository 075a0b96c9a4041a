@testable import FrivilligApp
import FrivilligCore
import Foundation
import TerminalUI
import XCTest

/// `update` and `view` touch no disk and read no clock: what they need of files, the
/// history and the time reaches them as messages or through the environment.
final class AppMessageTests: XCTestCase {
    /// Every closure stored anywhere in `value`, by its path; cycles are not followed.
    private func closures(in value: Any, path: String = "", depth: Int = 0, seen: inout Set<ObjectIdentifier>) -> [String] {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .class, let object = value as AnyObject?, !seen.insert(ObjectIdentifier(object)).inserted { return [] }
        if "\(type(of: value))".contains("->") { return [path] }
        guard depth < 12 else { return [] }
        return mirror.children.flatMap { child in
            closures(in: child.value, path: path + "." + (child.label ?? "[]"), depth: depth + 1, seen: &seen)
        }
    }

    func testTheStateHoldsNoClosureButTheEnvironmentsAndTheLazyIndexes() {
        var s = AppFixture.state()
        s.press(.char("2"), .down, .enter)
        var seen = Set<ObjectIdentifier>()
        let found = Set(closures(in: s, seen: &seen))
        XCTAssertEqual(found, [
            ".environment.today", ".environment.now", ".environment.newID",
            // Builds the volunteer search index from the register in memory, on first use.
            ".context.lazyVolunteerIndex.make",
            // Works out the retention list's rows from the register in memory, on first use.
            ".context.lazyRetention.make",
        ])
    }

    func testADetailsHistoryIsAskedForAndArrivesAsAMessage() {
        var s = AppFixture.state(height: 60)
        s.press(.char("2"))
        XCTAssertEqual(s.press(.down, .enter), [.loadHistory(AppFixture.id(1))])
        XCTAssertEqual(s.screen.firstIndex(of: "Historik").map { s.screen[$0 + 1] }, "  Ingen historik registreret")
        s.send(.historyLoaded(AppFixture.id(1), [HistoryEntry(at: Date(timeIntervalSince1970: 1_795_381_445), what: .created)]))
        XCTAssertTrue(s.screen.contains { $0.hasSuffix("  oprettet") }, s.screen.joined(separator: "\n"))
        s.send(.historyLoaded(AppFixture.id(2), []))
        XCTAssertTrue(s.screen.contains { $0.hasSuffix("  oprettet") }, "an answer about another volunteer is not shown here")
    }

    func testAnImportReadsItsFileOnlyThroughAnEffect() {
        var s = AppFixture.state()
        s.press(.char("2"), .char("I"))
        s.type("~/ark.csv")
        XCTAssertEqual(s.press(.enter), [.readFile("~/ark.csv")])
        XCTAssertTrue(s.isTextEntry, "no plan before the file is read")
        s.send(.fileRead(path: "~/ark.csv", .success(Data("Navn;Telefon\nKaren Lund;60 70 80 90\n".utf8))))
        XCTAssertFalse(s.isTextEntry, "the plan is shown")
        XCTAssertTrue(s.screen.contains { $0.contains("Tilføjes: 1") }, s.screen.joined(separator: "\n"))
    }

    func testANewRecordTakesItsIDAndTimeFromTheEnvironment() throws {
        let id = UUID(uuidString: "ABCDEF00-0000-0000-0000-000000000001")!
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        let environment = AppEnvironment(today: { AppFixture.today }, now: { now }, newID: { id })
        var s = AppState(register: AppFixture.register(), l10n: Localizer(.da), today: AppFixture.today, storePath: "s", environment: environment)
        s.press(.char("2"), .char("a"))
        s.type("Bent Hansen")
        guard case .commit(let changes, _)? = s.press(.enter).first, case .putVolunteer(let v)? = changes.first else {
            return XCTFail("no volunteer saved")
        }
        XCTAssertEqual(v.id, id)
        XCTAssertEqual(v.created, now)
        XCTAssertEqual(v.updated, now)
    }

    func testATickOnANewDayCountsWhatIsDueAgain() {
        final class Clock: @unchecked Sendable { var day = AppFixture.today }
        let clock = Clock()
        let environment = AppEnvironment(today: { clock.day }, now: { Date(timeIntervalSince1970: 0) }, newID: { AppFixture.id(99) })
        var s = AppState(register: AppFixture.register(), l10n: Localizer(.da), today: AppFixture.today, storePath: "s", environment: environment)
        s.send(.tick)
        XCTAssertEqual(s.screen[1], "Det kræver opmærksomhed i dag, 23.11.2026")
        clock.day = Day(year: 2026, month: 11, day: 24)!
        s.send(.tick)
        XCTAssertEqual(s.screen[1], "Det kræver opmærksomhed i dag, 24.11.2026")
    }
}
