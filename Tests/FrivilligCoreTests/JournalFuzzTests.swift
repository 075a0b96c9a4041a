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

    /// A commit of several changes (an import) cut anywhere, by a crash during its
    /// write, is dropped whole: never half an import.
    func testACommitCutAnywhereIsKeptWholeOrNotAtAll() throws {
        let store = try Store.open(at: url)
        try store.commit([.putVolunteer(Volunteer(name: "Før"))])
        let before = try Data(contentsOf: journal)
        try store.commit((1...5).map { .putVolunteer(Volunteer(name: "Import \($0)")) })
        let snapshot = try Data(contentsOf: url), whole = try Data(contentsOf: journal)
        for cut in before.count...whole.count {
            try snapshot.write(to: url)
            try whole.prefix(cut).write(to: journal)
            let names = try Store.open(at: url).register.volunteers.map(\.name)
            // Only the final newline missing: the commit's last line is whole, so all of it stands.
            let expected = cut >= whole.count - 1 ? ["Før"] + (1...5).map { "Import \($0)" } : ["Før"]
            XCTAssertEqual(names, expected, "cut at \(cut) of \(whole.count)")
        }
    }

    /// A complete line whose bytes changed (the newline intact) is damage, not a torn
    /// write: it is refused, naming the line, instead of being dropped with its change.
    func testADamagedCompleteLastLineIsRefusedNotDropped() throws {
        let (snapshot, original, _) = try makeJournal(count: 4)
        let lastLineStart = original.dropLast().lastIndex(of: 0x0A)! + 1
        var bytes = [UInt8](original)
        for i in stride(from: lastLineStart + 10, to: original.count - 1, by: 37) {
            let keep = bytes[i]
            bytes[i] = keep == UInt8(ascii: "7") ? UInt8(ascii: "8") : UInt8(ascii: "7")
            try snapshot.write(to: url)
            try Data(bytes).write(to: journal)
            XCTAssertThrowsError(try Store.open(at: url), "byte \(i) changed") { error in
                XCTAssertEqual(error as? StoreError, .journalDamaged(path: journal.path, line: 5, damage: .checksum))
            }
            XCTAssertEqual(try Data(contentsOf: journal), Data(bytes), "byte \(i): nothing is written")
            bytes[i] = keep
        }
        try Data().write(to: journal)
        XCTAssertThrowsError(try Store.open(at: url), "an empty journal is damage, not \"no changes\"")
    }

    func testACutAnywhereInTheLastLineKeepsEveryEarlierChange() throws {
        let (snapshot, original, names) = try makeJournal(count: 8)
        let lastLineStart = original.dropLast().lastIndex(of: 0x0A)! + 1
        for cut in lastLineStart..<original.count - 1 {
            try snapshot.write(to: url)
            try original.prefix(cut).write(to: journal)
            let store = try Store.open(at: url)
            XCTAssertEqual(Set(store.register.volunteers.map(\.name)), Set(names), "cut at \(cut)")
            XCTAssertEqual(store.register.volunteers.last?.notes, "", "cut at \(cut): the cut change is not applied")
            XCTAssertEqual(store.notices.isEmpty, cut == lastLineStart, "cut at \(cut)")
        }
        // Whole but for its newline: the line's checksum holds, so the change is kept,
        // and the next save adds the newline before its own line.
        try snapshot.write(to: url)
        try original.dropLast().write(to: journal)
        let unterminated = try Store.open(at: url)
        XCTAssertEqual(unterminated.register.volunteers.last?.notes, "ændret 7")
        XCTAssertEqual(unterminated.notices, [])
        try unterminated.commit([.putVolunteer(Volunteer(name: "Efter"))])
        XCTAssertEqual(try Store.open(at: url).register.volunteers.map(\.name).last, "Efter")
        XCTAssertEqual(try Store.open(at: url).register.volunteers.first { $0.name == names.last }?.notes ?? "ændret 7", "ændret 7")
        try original.write(to: journal)
        XCTAssertEqual(try Store.open(at: url).register.volunteers.last?.notes, "ændret 7", "whole, the last change applies")
    }
}
