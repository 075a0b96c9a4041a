import FrivilligCore
import Foundation
import XCTest

/// The journal replay under damaged input: whatever the bytes, opening the store either
/// loads (a torn last line skipped with a notice) or refuses with an error naming the
/// journal, and never crashes, hangs or writes.
final class JournalFuzzTests: XCTestCase {
    private var dir: URL!
    private var url: URL { dir.appendingPathComponent("store.json") }
    private var journal: URL { url.appendingPathExtension("journal") }

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-jfuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    /// A store whose journal holds `count` saved changes of every kind.
    private func makeJournal(count: Int) throws -> (snapshot: Data, journal: Data, names: [String]) {
        let store = try Store.open(at: url)
        var names: [String] = []
        var volunteers: [Volunteer] = []
        for i in 0..<count {
            switch i % 4 {
            case 0, 1:
                let v = Volunteer(name: "Frivillig \(i) Ærø", phones: ["+452000\(String(format: "%04d", i))"])
                volunteers.append(v)
                names.append(v.name)
                try store.commit([.putVolunteer(v)])
            case 2:
                try store.commit([.putEvent(RecognitionEvent(date: Day(year: 2026, month: 6, day: 1)!, kind: .gathering,
                                                             title: "Fest \(i)", attendeeIDs: volunteers.map(\.id)))])
            default:
                var v = volunteers[volunteers.count - 1]
                v.notes = "ændret \(i)"
                try store.commit([.putVolunteer(v)])
            }
        }
        return (try Data(contentsOf: url), try Data(contentsOf: journal), names)
    }

    func testDamagedJournalsLoadOrFailClearly() throws {
        let (snapshot, original, _) = try makeJournal(count: 24)
        var rng = SplitMix64(seed: 0x4A4F_5552_4E41_4C21)
        var loaded = 0, torn = 0, refused = 0
        for round in 0..<400 {
            var bytes = [UInt8](original)
            switch rng.int(0...5) {
            case 0: bytes = Array(bytes.prefix(rng.int(0...bytes.count)))
            case 1: for _ in 0...rng.int(0...4) { let i = rng.int(0...bytes.count - 1); bytes[i] ^= UInt8(rng.int(1...255)) }
            case 2: bytes.insert(contentsOf: [0xFF, 0xFE, 0x00, 0x0A, 0x7B], at: rng.int(0...bytes.count))
            case 3:
                let a = rng.int(0...bytes.count - 1), b = min(bytes.count, a + rng.int(1...300))
                bytes.insert(contentsOf: bytes[a..<b], at: rng.int(0...bytes.count))
            case 4: bytes.removeSubrange(rng.int(0...bytes.count / 2)..<rng.int(bytes.count / 2...bytes.count))
            default: bytes += Array("{\"at\":\"2026-11-22T10:00:00Z\",\"change\":{\"op\":\"deleteVolunteer\",\"id\":\"\(UUID())\"}}\n".utf8)
            }
            try snapshot.write(to: url)
            try Data(bytes).write(to: journal)
            do {
                let store = try Store.open(at: url)
                loaded += 1
                if !store.notices.isEmpty { torn += 1 }
            } catch {
                refused += 1
                switch error {
                case .journalDamaged(let path, let line, _):
                    XCTAssertEqual(path, journal.path, "round \(round)")
                    XCTAssertGreaterThanOrEqual(line, 1, "round \(round)")
                case .journalMismatch(let path, _):
                    XCTAssertEqual(path, journal.path, "round \(round)")
                default:
                    XCTFail("round \(round): the snapshot is intact, yet \(error)")
                }
            }
            XCTAssertEqual(try Data(contentsOf: url), snapshot, "round \(round): opening never writes the snapshot")
            XCTAssertEqual(try Data(contentsOf: journal), Data(bytes), "round \(round): opening never writes the journal")
        }
        print("journal fuzz: \(loaded) loaded (\(torn) with a torn last line), \(refused) refused")
        XCTAssertGreaterThan(loaded, 0)
        XCTAssertGreaterThan(refused, 0)
    }

    func testACutAnywhereInTheLastLineKeepsEveryEarlierChange() throws {
        let (snapshot, original, names) = try makeJournal(count: 8)
        let lastLineStart = original.dropLast().lastIndex(of: 0x0A)! + 1
        for cut in lastLineStart..<original.count {
            try snapshot.write(to: url)
            try original.prefix(cut).write(to: journal)
            let store = try Store.open(at: url)
            XCTAssertEqual(Set(store.register.volunteers.map(\.name)), Set(names), "cut at \(cut)")
            XCTAssertEqual(store.register.volunteers.last?.notes, "", "cut at \(cut): the cut change is not applied")
            XCTAssertEqual(store.notices.isEmpty, cut == lastLineStart, "cut at \(cut)")
        }
        try original.write(to: journal)
        XCTAssertEqual(try Store.open(at: url).register.volunteers.last?.notes, "ændret 7", "whole, the last change applies")
    }
}
