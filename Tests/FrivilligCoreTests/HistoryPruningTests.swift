import Foundation
@testable import FrivilligCore
import XCTest

/// The history keeps a change for `Settings.historyMonths` (24 by default): older lines go
/// at the next compaction, their deletes aside, and what stays still reads.
final class HistoryPruningTests: XCTestCase {
    private var dir: URL!
    private var url: URL { dir.appendingPathComponent("store.json") }
    private var historyURL: URL { dir.appendingPathComponent("store.json.history") }
    private let now = Date()

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-prune-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    /// `months` months before now, to the second, as the journal stamps a save.
    private func ago(months: Int, days: Int = 0) -> Date {
        let today = Day(now, timeZone: TimeZone(identifier: "UTC")!)
        let then = today.adding(months: -months).adding(days: -days)
        return Date(timeIntervalSince1970: TimeInterval(then.ordinal * 86_400 + 12 * 3600))
    }

    private var bo: Volunteer { Volunteer(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000B0")!, name: "Bo Berg") }
    private let gone = UUID(uuidString: "00000000-0000-0000-0000-0000000000DD")!

    /// A history of three commits: one older than two years with a put and a delete, one
    /// just inside the two years, and one from last month.
    private func writeHistory() throws -> (old: Data, kept: Data) {
        var old = bo
        old.phones = ["+4511111111"]
        var inside = bo
        inside.phones = ["+4522222222"]
        var recent = bo
        recent.phones = ["+4533333333"]
        let first = try Journal.lines([.putVolunteer(old), .deleteVolunteer(gone)], at: ago(months: 24, days: 1), firstLine: 2)
        let kept = try Journal.lines([.putVolunteer(inside)], at: ago(months: 24).addingTimeInterval(12 * 3600), firstLine: 4)
            + Journal.lines([.putVolunteer(recent)], at: ago(months: 1), firstLine: 5)
        try (first + kept).write(to: historyURL)
        return (first, kept)
    }

    func testACompactionDropsLinesOlderThanTwoYearsButKeepsTheirDeletes() throws {
        let store = try Store.open(at: url)
        try store.replace(with: Register(volunteers: [bo]))
        let history = try writeHistory()
        var edited = store.register.volunteers[0]
        edited.email = "bo@example.dk"
        try store.commit([.putVolunteer(edited)])
        try store.compact()
        let text = try String(contentsOf: historyURL, encoding: .utf8)
        XCTAssertFalse(text.contains("+4511111111"), "the put from more than two years ago is gone")
        XCTAssertTrue(text.contains(gone.uuidString), "its delete stays")
        XCTAssertTrue(text.hasSuffix(String(decoding: history.kept, as: UTF8.self) + String(text.split(separator: "\n").last!) + "\n"),
                      "the rest is as it was, the new commit appended")
        let delete = try XCTUnwrap(text.split(separator: "\n").first.map { Data($0.utf8) })
        XCTAssertEqual(JournalLine.check(delete), .intact(number: 3, remaining: 0), "sealed again, alone in its commit")
        let entries = try store.history(ofVolunteer: bo.id)
        XCTAssertEqual(entries.count, 3, "\(entries)")
        XCTAssertEqual(entries.first?.what, .changed([]), "the history now starts inside the two years")
        var back = Volunteer(id: gone, name: "Dan")
        back.revision = 3
        XCTAssertThrowsError(try store.commit([.putVolunteer(back)]), "the kept delete still keeps an old copy out")
    }

    func testTheMonthsAreASettingAndNothingIsRewrittenWhenNothingIsOld() throws {
        let store = try Store.open(at: url)
        var register = Register(volunteers: [bo])
        register.settings.historyMonths = 36
        try store.replace(with: register)
        let history = try writeHistory()
        try store.commit([.putVolunteer(store.register.volunteers[0])])
        let inode = try FileManager.default.attributesOfItem(atPath: historyURL.path)[.systemFileNumber] as? Int
        try store.compact()
        let text = try Data(contentsOf: historyURL)
        XCTAssertTrue(text.starts(with: history.old + history.kept), "three years keep all of it")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: historyURL.path)[.systemFileNumber] as? Int, inode,
                       "appended to, not replaced")
    }

    /// A line that cannot be read ends the pruning there: nothing after it goes.
    func testPruningStopsAtALineItCannotRead() throws {
        let history = try writeHistory()
        let torn = Data(#"{"sum":"0123456789abcdef","line":9,"at":"2001-01-01T00:00:00Z""#.utf8) + [0x0A]
        let data = torn + history.old + history.kept
        let pruning = HistoryPruning(cutoff: ago(months: 24))
        XCTAssertNil(pruning.prune(data))
        XCTAssertFalse(pruning.hasOldLines([data]))
        XCTAssertTrue(pruning.hasOldLines([history.old.prefix(100), history.old.dropFirst(100) + history.kept]), "read in pieces")
    }
}
