import Foundation
@testable import FrivilligCore
import XCTest

/// The fast reader and writer must give exactly what the straightforward path
/// (JSONEncoder and JSONDecoder through the model's Codable conformances) gives.
/// StoreFuzzTests holds the reader to JSONDecoder's answer on thousands of damaged files.
final class StoreCodecTests: XCTestCase {
    private let today = Day(year: 2026, month: 11, day: 23)!

    func testDemoStoreReadsTheSameThroughBothReaders() throws {
        for seed: UInt64 in [1, 2, 3] {
            let register = DemoGenerator(seed: seed, volunteers: 400, today: today).make()
            let bytes = StoreCodec.encode(register)
            let fast = try XCTUnwrap(StoreReader.register(from: bytes), "seed \(seed): the fast reader gave up on its own output")
            let straight = try StoreCodec.decodeWithFoundation(bytes, path: "demo.json")
            XCTAssertEqual(fast, straight, "seed \(seed)")
            XCTAssertEqual(fast.volunteers.count, 400)
            XCTAssertEqual(StoreCodec.encode(fast), bytes, "seed \(seed): a save of what was read changes the file")
        }
    }

    /// Lists of a megabyte or more are read in two halves at once.
    func testLongListsReadInHalvesReadBackTheSame() throws {
        let register = DemoGenerator(seed: 6, volunteers: 5_000, today: today).make()
        XCTAssertGreaterThan(register.agreements.count, 4_096)
        let bytes = StoreCodec.encode(register)
        let straight = try StoreCodec.decodeWithFoundation(bytes, path: "long.json")
        XCTAssertEqual(straight.volunteers.map(\.id), register.volunteers.map(\.id))
        XCTAssertEqual(straight.agreements.map(\.id), register.agreements.map(\.id))
        XCTAssertEqual(StoreReader.register(from: bytes), straight)
        XCTAssertEqual(StoreCodec.encode(straight), bytes)
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self).split(separator: "\n").filter { $0.hasPrefix("    {") }.count,
                       register.volunteers.count + register.contacts.count + register.workplaces.count
                       + register.agreements.count + register.events.count + register.associations.count)
    }

    /// A compaction streams the snapshot to its file a megabyte at a time, with the long
    /// lists' second halves written on another core into a scratch file: the file must
    /// be byte for byte what the in-memory writer gives, and be named the same.
    func testStreamingToAFileWritesTheSameBytesAndFingerprint() throws {
        let register = DemoGenerator(seed: 8, volunteers: 5_000, today: today).make()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("s.json")
        let fd = open(file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        XCTAssertGreaterThanOrEqual(fd, 0)
        let written = try StoreWriter.write(register, to: fd, files: StoreFiles(snapshot: file), path: file.path)
        close(fd)
        let expected = StoreWriter.encode(register)
        XCTAssertGreaterThan(expected.count, 2 << 20, "more than one chunk")
        XCTAssertEqual(Array(try Data(contentsOf: file)), expected)
        XCTAssertEqual(written.size, expected.count)
        XCTAssertEqual(written.fingerprint, Journal.fingerprint(expected))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["s.json"], "no scratch file left")

        let readOnly = open(file.path, O_RDONLY)
        defer { close(readOnly) }
        XCTAssertThrowsError(try StoreWriter.write(register, to: readOnly, files: StoreFiles(snapshot: file), path: file.path)) { error in
            guard case StoreError.writeFailed(let path, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(path, file.path)
        }
    }

    /// A long list is read in two halves from a guessed record boundary; a line break
    /// followed by `    {` inside a record (a hand-formatted file) must not fool it.
    func testAFalseRecordBoundaryInALongListReadsTheSame() throws {
        let register = DemoGenerator(seed: 7, volunteers: 3_000, today: today).make()
        var text = String(decoding: StoreCodec.encode(register), as: UTF8.self)
        let open = try XCTUnwrap(text.range(of: "\"volunteers\": [")).upperBound
        let end = try XCTUnwrap(text.range(of: "\n  ]", range: open..<text.endIndex)).lowerBound
        let list = text.utf8.distance(from: text.index(before: open), to: end)
        let middle = text.utf8.index(text.index(before: open), offsetBy: list / 2)
        let lineEnd = try XCTUnwrap(text.range(of: "},\n", range: middle..<end)).lowerBound
        text.insert(contentsOf: ",\"extra\":\n    {\"a\":1}", at: lineEnd)
        let bytes = Data(text.utf8)
        let fast = try XCTUnwrap(StoreReader.register(from: bytes))
        XCTAssertEqual(fast, try StoreCodec.decodeWithFoundation(bytes, path: "hand.json"))
        XCTAssertEqual(fast.volunteers.count, 3_000)
    }

    func testFilesWrittenByJSONEncoderReadTheSame() throws {
        let register = DemoGenerator(seed: 4, volunteers: 200, today: today).make()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let pretty = try encoder.encode(register)
        let fast = try XCTUnwrap(StoreReader.register(from: pretty), "the fast reader gave up on the earlier pretty-printed format")
        XCTAssertEqual(fast, try StoreCodec.decodeWithFoundation(pretty, path: "pretty.json"))
    }

    func testHostileTextSurvivesAndReadsTheSame() throws {
        let texts = ["\u{0}", "\"quoted\" \\ back/slash", "line\nbreak\r\ttab", "\u{1B}]0;title\u{07}\u{1B}[31m",
                     "\u{202E}reversed", "👩‍👩‍👧 Ægir Åse Søren", "\u{7F}\u{85}\u{2028}", String(repeating: "ø", count: 5_000)]
        var register = Register()
        for (i, text) in texts.enumerated() {
            register.volunteers.append(Volunteer(
                name: text, phones: [text], emergencyContacts: [EmergencyContact(name: text, relation: text, phone: text)],
                notes: text, tags: [text],
                created: Date(timeIntervalSince1970: TimeInterval(1_700_000_000 + i))))
        }
        let bytes = StoreCodec.encode(register)
        XCTAssertEqual(try StoreCodec.decodeWithFoundation(bytes, path: "hostile.json"), register)
        XCTAssertEqual(StoreReader.register(from: bytes), register)
    }

    func testTimestampsAreWrittenAsJSONEncoderWritesThem() throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        for seconds in [0, 1.9, 59.999, 1_700_000_000.5, 4_102_444_799.7, -0.5, -86_400.25] {
            var register = Register()
            register.volunteers = [Volunteer(name: "Tid", created: Date(timeIntervalSince1970: seconds))]
            let ours = try StoreCodec.decodeWithFoundation(StoreCodec.encode(register), path: "ours.json")
            let theirs = try StoreCodec.decodeWithFoundation(try encoder.encode(register), path: "theirs.json")
            XCTAssertEqual(ours.volunteers[0].created, theirs.volunteers[0].created, "\(seconds)")
        }
    }

    func testEachRecordIsOneLine() throws {
        let register = DemoGenerator(seed: 5, volunteers: 50, today: today).make()
        let text = String(decoding: StoreCodec.encode(register), as: UTF8.self)
        let lines = text.split(separator: "\n")
        XCTAssertEqual(lines.filter { $0.hasPrefix("    {\"address\"") && $0.contains("\"emergencyContacts\"") }.count, 50)
        let records = register.volunteers.count + register.contacts.count + register.workplaces.count
            + register.agreements.count + register.events.count + register.associations.count
        XCTAssertGreaterThan(register.associations.count, 0, "the demo's memberships are association records")
        XCTAssertEqual(lines.filter { $0.hasPrefix("    {") }.count, records)
        XCTAssertEqual(lines.first, "{")
        XCTAssertTrue(lines.contains("  \"schemaVersion\": 1,"))
    }

    func testUnknownFieldsAndNullsFollowTheModel() throws {
        let id = "6F9619FF-8B86-D011-B42D-00C04FC964FF"
        let json = """
        {"schemaVersion":1,"future":{"a":[1,true,null,"x"]},"volunteers":[{"id":"\(id.lowercased())","name":"Ny",
        "status":"active","phones":null,"availability":null,"membership":{"kind":null},"extra":[]}]}
        """
        let data = Data(json.utf8)
        let fast = try XCTUnwrap(StoreReader.register(from: data))
        XCTAssertEqual(fast, try StoreCodec.decodeWithFoundation(data, path: "nulls.json"))
        XCTAssertEqual(fast.volunteers[0].id.uuidString, id)
    }

    func testDuplicateKeysAndFloatsAreLeftToJSONDecoder() {
        XCTAssertNil(StoreReader.register(from: Data(#"{"schemaVersion":1,"schemaVersion":1}"#.utf8)))
        XCTAssertNil(StoreReader.register(from: Data(#"{"schemaVersion":1.0}"#.utf8)))
        XCTAssertNil(StoreReader.register(from: Data(#"{"schemaVersion":1,}"#.utf8)))
        XCTAssertNotNil(StoreReader.register(from: Data(#" {"schemaVersion":1} "#.utf8)))
    }
}
