import Foundation
import FrivilligCore
import XCTest

/// The loader meets whatever is on disk: half-written files, hand edits in the wrong
/// editor, other programs' output. These tests throw thousands of seeded mutations of valid
/// stores, a few extreme inputs and a corpus of hand-picked nasty files at
/// `StoreCodec.decode`, and require that it never crashes or hangs, that whatever loads
/// survives a save and a reload unchanged, and that everything else is refused with a
/// `StoreError` that says what is wrong and, for broken JSON, points inside the file.
final class StoreFuzzTests: XCTestCase {
    /// The run stops at whichever limit comes first, so it stays under 20 s in a debug build
    /// on a slow machine and covers the same cases on a fast one.
    private static let maxCases = 20_000
    private static let budget: TimeInterval = 17

    func testMutatedStoresLoadOrFailClearly() throws {
        let bases = try Self.validStores().map(Base.init)
        let run = FuzzRun(maxCases: Self.maxCases, budget: Self.budget) { FuzzCase(index: $0, bases: bases) }
        guard watch(run) else { return }
        for outcome in [Outcome.loaded, .malformed, .invalidContent, .newerVersion] {
            XCTAssertGreaterThan(run.tally[outcome, default: 0], 0, "no case ended as \(outcome): the generator lost its reach")
        }
    }

    /// The sizes too slow to draw often: a 10 MB name (whole and cut off), 100 000 levels of
    /// nesting, 10 MB that are not UTF-8, numbers with a million digits.
    func testExtremeInputsLoadOrFailClearly() throws {
        let tree = try Base(Self.validStores()[0]).tree
        let hugeName = TreeMutation.splicing(
            TreeMutation.hugeString(bytes: 10 << 20, of: UInt8(ascii: "a")),
            at: [.key("volunteers"), .index(0), .key("name")], into: tree)
        let nested = TreeMutation.nesting(depth: 100_000)
        let zeros = [UInt8](repeating: UInt8(ascii: "0"), count: 1 << 20)
        func version(_ raw: [UInt8]) -> [UInt8] { TreeMutation.splicing(raw, at: [.key("schemaVersion")], into: tree) }
        let cases = [
            FuzzCase(name: "10 MB name", bytes: hugeName),
            FuzzCase(name: "10 MB name, cut off in the middle", bytes: Array(hugeName.prefix(hugeName.count / 2))),
            FuzzCase(name: "100 000 open arrays", bytes: nested.arrays),
            FuzzCase(name: "100 000 closed arrays", bytes: nested.arrays + nested.closeArrays),
            FuzzCase(name: "100 000 nested objects", bytes: nested.objects + nested.closeObjects),
            FuzzCase(name: "volunteers in 100 000 arrays",
                     bytes: TreeMutation.splicing(nested.arrays + nested.closeArrays, at: [.key("volunteers")], into: tree)),
            FuzzCase(name: "10 MB of 0xFF", bytes: [UInt8](repeating: 0xFF, count: 10 << 20)),
            FuzzCase(name: "schemaVersion of a million digits", bytes: version(Array("1".utf8) + zeros)),
            FuzzCase(name: "schemaVersion 0.000…1", bytes: version(Array("0.".utf8) + zeros + Array("1".utf8))),
            FuzzCase(name: "schemaVersion with a 1000-digit exponent",
                     bytes: version(Array("1e".utf8) + [UInt8](repeating: UInt8(ascii: "9"), count: 1_000))),
        ]
        let run = FuzzRun(maxCases: cases.count, budget: 60) { cases[$0] }
        guard watch(run) else { return }
        XCTAssertEqual(run.executions, cases.count)
        if case .loaded(let register) = Answer(decoding: Data(hugeName), path: "huge.json") {
            XCTAssertEqual(register.volunteers.first?.name.utf8.count, 10 << 20, "the name came back cut")
        } else {
            XCTFail("a 10 MB name is valid JSON of the right shape and must load")
        }
    }

    /// What each corpus file must give. A new file needs a line here, so the corpus cannot
    /// grow without someone deciding what the right answer is.
    private static let corpusExpectations: [String: Expected] = [
        "empty.json": .malformed(line: 1),
        "truncated-mid-string.json": .malformed(line: 5),
        "nul-byte-in-name.json": .malformed(line: 5),
        "invalid-utf8-ff-in-name.json": .malformed(line: 5),
        "overlong-utf8-in-name.json": .malformed(line: 5),
        "lone-surrogate-escape.json": .malformed(line: 5),
        "deep-nesting.json": .malformed(line: 1),
        "schema-version-missing.json": .invalidContent(field: "schemaVersion"),
        "schema-version-string.json": .invalidContent(field: "schemaVersion"),
        "schema-version-fraction.json": .invalidContent(field: "schemaVersion"),
        "schema-version-huge.json": .invalidContent(field: "schemaVersion"),
        "schema-version-newer.json": .newerVersion(found: 2),
        "top-level-array.json": .invalidContent(field: "(top level)"),
        "phones-not-a-list.json": .invalidContent(field: "volunteers[0].phones"),
        "required-name-null.json": .invalidContent(field: "volunteers[0].name"),
        "impossible-birth-date.json": .invalidContent(field: "volunteers[0].birthDate"),
        "bom-utf8.json": .loads,
        "utf16le-with-bom.json": .loads,
        // JSON forbids both, but Foundation's parser takes them; a save writes them away.
        "trailing-comma.json": .loads,
        "duplicate-keys.json": .loads,
    ]

    func testCorpusFilesGiveTheirExpectedAnswer() throws {
        let files = try Self.corpusFiles()
        XCTAssertEqual(Set(files.map(\.lastPathComponent)), Set(Self.corpusExpectations.keys), "corpus and expectations differ")
        for file in files {
            let name = file.lastPathComponent
            let data = try Data(contentsOf: file)
            XCTAssertLessThanOrEqual(data.count, 1_000, "\(name): corpus files stay small enough to read")
            let answer = Answer(decoding: data, path: name)
            if let flaw = answer.flaw(for: data, path: name) { XCTFail("\(name): \(flaw)") }
            XCTAssertEqual(answer.summary, Self.corpusExpectations[name], "\(name): \(answer)")
        }
    }

    func testOpeningACorpusFileThatFailsLeavesItUntouched() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for file in try Self.corpusFiles() where Self.corpusExpectations[file.lastPathComponent] != .loads {
            let url = dir.appendingPathComponent(file.lastPathComponent)
            let original = try Data(contentsOf: file)
            try original.write(to: url)
            XCTAssertThrowsError(try Store.open(at: url), file.lastPathComponent)
            XCTAssertEqual(try Data(contentsOf: url), original, "\(file.lastPathComponent) was changed by a failed open")
        }
    }

    // MARK: Running

    /// A case still running this long after the run's budget is spent counts as a hang.
    private static let hangGrace: TimeInterval = 30

    /// Runs on a worker thread so a hang fails the test instead of stalling it, then turns
    /// the run's findings into failures. False when the run hung.
    private func watch(_ run: FuzzRun, line: UInt = #line) -> Bool {
        let finished = DispatchSemaphore(value: 0)
        let worker = Thread {
            run.go()
            finished.signal()
        }
        // The app decodes on the main thread; the worker gets the same 8 MB of stack, so
        // a stack overflow here is one the app would have too, and not an artefact.
        worker.stackSize = 8 << 20
        worker.start()
        guard finished.wait(timeout: .now() + run.budget + Self.hangGrace) == .success else {
            XCTFail("decode did not return; hanging on \(run.current)", line: line)
            return false
        }
        print("\(name): \(run.executions) executions in \(String(format: "%.1f", run.elapsed)) s: \(run.tallyText)")
        for failure in run.failures.prefix(20) { XCTFail(failure, line: line) }
        XCTAssertEqual(run.failures.count, 0, "wrong answers in total", line: line)
        return true
    }

    // MARK: Inputs

    /// The README example and two demo registers of different sizes: small enough to
    /// mutate thousands of times, varied enough to hold every record kind and field.
    private static func validStores() throws -> [Data] {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../README.md").standardized
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try XCTUnwrap(text.range(of: "```json\n"))
        let end = try XCTUnwrap(text.range(of: "\n```", range: start.upperBound..<text.endIndex))
        let today = try XCTUnwrap(Day(year: 2026, month: 3, day: 2))
        let demos = [(seed: UInt64(1), volunteers: 5), (seed: 2, volunteers: 12)].map {
            StoreCodec.encode(DemoGenerator(seed: $0.seed, volunteers: $0.volunteers, today: today).make())
        }
        return [Data(text[start.upperBound..<end.lowerBound].utf8)] + demos
    }

    private static func corpusFiles() throws -> [URL] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fuzz-corpus")
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}

// MARK: - The answer and what makes it acceptable

/// How a corpus file is expected to end; the line only for broken JSON, where it is what
/// the user is told to look at.
private enum Expected: Equatable {
    case loads
    case malformed(line: Int?)
    case invalidContent(field: String)
    case newerVersion(found: Int)
    case other
}

/// The kinds of answer a run counts, to show it reaches all of them.
private enum Outcome: String, CaseIterable {
    case loaded, malformed, malformedWithoutPlace, invalidContent, newerVersion, other
}

/// What `StoreCodec.decode` said about one input.
private enum Answer: CustomStringConvertible {
    case loaded(Register)
    case refused(StoreError)

    init(decoding data: Data, path: String) {
        do throws(StoreError) {
            self = .loaded(try StoreCodec.decode(data, path: path))
        } catch {
            self = .refused(error)
        }
    }

    var summary: Expected {
        switch self {
        case .loaded: return .loads
        case .refused(.malformed(_, let line, _, _)): return .malformed(line: line)
        case .refused(.invalidContent(_, let field, _)): return .invalidContent(field: field)
        case .refused(.newerVersion(_, let found, _)): return .newerVersion(found: found)
        case .refused: return .other
        }
    }

    var outcome: Outcome {
        switch self {
        case .loaded: return .loaded
        case .refused(.malformed(_, nil, _, _)): return .malformedWithoutPlace
        case .refused(.malformed): return .malformed
        case .refused(.invalidContent): return .invalidContent
        case .refused(.newerVersion): return .newerVersion
        case .refused: return .other
        }
    }

    var description: String {
        switch self {
        case .loaded(let register): return "loaded \(register.volunteers.count) volunteers"
        case .refused(let error): return String("\(error)".prefix(300))
        }
    }

    /// Why this answer is not acceptable for `data`, or nil when it is: a register that
    /// loads must be the one JSONDecoder reads (the fast reader may only take a shortcut,
    /// never give another answer), and come back equal after a save and reload; a refusal
    /// must name the file and
    /// say what is wrong, "malformed" only for text that is not JSON (checked on UTF-8,
    /// the encoding JSON files must have), with a place inside the file when it gives one.
    func flaw(for data: Data, path: String) -> String? {
        switch self {
        case .loaded(let register):
            do throws(StoreError) {
                let straight = try StoreCodec.decodeWithFoundation(data, path: path)
                if straight != register { return "the fast reader loaded another register than JSONDecoder" }
            } catch {
                return "loaded, but JSONDecoder refuses it: \(error)"
            }
            return Self.roundTripFlaw(register)
        case .refused(.malformed(let errorPath, let line, let column, let detail)):
            if errorPath != path { return "names \(errorPath), not \(path)" }
            if detail.trimmingWhitespace.isEmpty { return "malformed without a detail" }
            if String(data: data, encoding: .utf8) != nil, (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil {
                return "called malformed, but it is JSON: \(self)"
            }
            switch (line, column) {
            case (nil, nil): return nil
            case let (line?, column?):
                return Self.isPlace(line: line, column: column, in: data) ? nil : "line \(line) column \(column) is outside the input"
            default: return "only one of line and column: \(self)"
            }
        case .refused(.invalidContent(let errorPath, let field, let detail)):
            if errorPath != path { return "names \(errorPath), not \(path)" }
            if field.trimmingWhitespace.isEmpty { return "invalid content without a field" }
            return detail.trimmingWhitespace.isEmpty ? "invalid content without a detail" : nil
        case .refused(.newerVersion(let errorPath, let found, let supported)):
            if errorPath != path { return "names \(errorPath), not \(path)" }
            return found > supported ? nil : "version \(found) called newer than \(supported)"
        case .refused(let error):
            return "decoding has no file to read or write, yet said \(error)"
        }
    }

    private static func roundTripFlaw(_ register: Register) -> String? {
        let saved = StoreCodec.encode(register)
        do throws(StoreError) {
            let reloaded = try StoreCodec.decode(saved, path: "saved.json")
            return reloaded == register ? nil : "loaded, but the saved copy reloads different"
        } catch {
            return "loaded, but the saved copy does not reload: \(error)"
        }
    }

    /// Whether the place names an existing line and, on it, a character or the spot just
    /// past the last one (where an unexpected end is reported). Columns count characters
    /// the way the codec does: every byte that is not a UTF-8 continuation byte.
    private static func isPlace(line: Int, column: Int, in data: Data) -> Bool {
        guard line >= 1, column >= 1 else { return false }
        let newline = Data([0x0A])
        var start = data.startIndex
        for _ in 1..<line {
            guard let found = data.range(of: newline, in: start..<data.endIndex) else { return false }
            start = found.upperBound
        }
        let end = data.range(of: newline, in: start..<data.endIndex)?.lowerBound ?? data.endIndex
        let characters = data[start..<end].withUnsafeBytes { bytes in bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
        return column <= characters + 1
    }
}

// MARK: - The run

/// A run of cases on a worker thread; the test thread only waits, reads `current` when the
/// worker hangs, and reads the rest once the worker has signalled.
private final class FuzzRun: @unchecked Sendable {
    let maxCases: Int
    let budget: TimeInterval
    private let makeCase: (Int) -> FuzzCase
    private(set) var executions = 0
    private(set) var elapsed: TimeInterval = 0
    private(set) var tally: [Outcome: Int] = [:]
    private(set) var failures: [String] = []
    private let lock = NSLock()
    private var running = "nothing yet"

    init(maxCases: Int, budget: TimeInterval, makeCase: @escaping (Int) -> FuzzCase) {
        self.maxCases = maxCases
        self.budget = budget
        self.makeCase = makeCase
    }

    /// The case being decoded, for the report when decode never returns.
    var current: String { lock.withLock { running } }

    var tallyText: String {
        Outcome.allCases.map { "\($0.rawValue) \(tally[$0, default: 0])" }.joined(separator: ", ")
    }

    func go() {
        let start = Date()
        for index in 0..<maxCases {
            guard Date().timeIntervalSince(start) < budget else { break }
            let fuzzCase = makeCase(index)
            lock.withLock { running = fuzzCase.name }
            let answer = Answer(decoding: fuzzCase.input, path: "fuzz.json")
            executions += 1
            tally[answer.outcome, default: 0] += 1
            if let flaw = answer.flaw(for: fuzzCase.input, path: "fuzz.json") {
                failures.append("\(fuzzCase.name): \(flaw)")
            }
        }
        elapsed = Date().timeIntervalSince(start)
    }
}

// MARK: - Generating inputs

extension SplitMix64 {
    /// A number in `0..<count`.
    mutating func below(_ count: Int) -> Int { int(0...count - 1) }

    mutating func chance(percent: Int) -> Bool { below(100) < percent }
}

/// One input and the recipe that made it, so a failure can be understood and, through its
/// index, replayed.
private struct FuzzCase {
    let input: Data
    let name: String

    init(name: String, bytes: [UInt8]) {
        self.name = name
        input = Data(bytes)
    }

    /// A valid store with, six times in ten, one change to its content, then up to three
    /// changes to its bytes (at least one when the content was left alone).
    init(index: Int, bases: [Base]) {
        var rng = SplitMix64(seed: 0x4652_4956_4C4C_4947 ^ UInt64(index))
        let baseIndex = rng.below(bases.count)
        let base = bases[baseIndex]
        var bytes = base.bytes
        var recipe = ["case \(index)", "base \(baseIndex)"]
        let structural = rng.chance(percent: 60)
        if structural {
            recipe.append(TreeMutation.apply(to: base, giving: &bytes, rng: &rng))
        }
        for _ in 0..<(structural ? rng.below(3) : 1 + rng.below(3)) {
            recipe.append(ByteMutation.apply(to: &bytes, rng: &rng))
        }
        self.init(name: recipe.joined(separator: ", "), bytes: bytes)
    }
}

/// A valid store, parsed once: re-parsing it for every case would take most of the run.
private struct Base {
    let bytes: [UInt8]
    let tree: Any
    /// Every place in the tree, keys in sorted order: dictionary order changes from run to
    /// run, and the same seed must pick the same place.
    let paths: [[TreeMutation.Step]]

    init(_ data: Data) throws {
        bytes = [UInt8](data)
        tree = try JSONSerialization.jsonObject(with: data)
        var paths: [[TreeMutation.Step]] = []
        Self.collectPaths(in: tree, at: [], into: &paths)
        self.paths = paths
    }

    private static func collectPaths(in node: Any, at path: [TreeMutation.Step], into paths: inout [[TreeMutation.Step]]) {
        paths.append(path)
        if let object = node as? [String: Any] {
            for key in object.keys.sorted() { collectPaths(in: object[key]!, at: path + [.key(key)], into: &paths) }
        } else if let array = node as? [Any] {
            for (index, element) in array.enumerated() { collectPaths(in: element, at: path + [.index(index)], into: &paths) }
        }
    }
}

/// Mutations that keep the bytes JSON but change its content: a value of the wrong type,
/// or raw text JSONSerialization would never write (deep nesting, huge or odd literals,
/// bad escapes), spliced in where a value was.
private enum TreeMutation {
    /// A place in a parsed JSON tree, from the top.
    enum Step { case key(String), index(Int) }

    static func apply(to base: Base, giving bytes: inout [UInt8], rng: inout SplitMix64) -> String {
        let (tree, paths) = (base.tree, base.paths)
        var path = rng.pick(paths)
        let label: String
        switch rng.below(100) {
        case 0..<45:
            let wrong = wrongType(for: value(at: path[...], in: tree), rng: &rng)
            bytes = serialise(replacing(path[...], in: tree, with: wrong))
            label = "\(wrong)"
        case 45..<65:
            let text = rng.pick(oddLiterals)
            bytes = splicing(Array(text.utf8), at: path, into: tree)
            label = text
        case 65..<80:
            path = [.key("schemaVersion")]
            let text = rng.pick(schemaVersions)
            bytes = splicing(Array(text.utf8), at: path, into: tree)
            label = text
        case 80..<92:
            let depth = rng.pick([513, 5_000, 100_000])
            let nested = nesting(depth: depth)
            let (raw, kind) = rng.chance(percent: 50) ? (nested.arrays, "arrays") : (nested.objects, "objects")
            let closed = rng.chance(percent: 50)
            bytes = splicing(raw + (closed ? (kind == "arrays" ? nested.closeArrays : nested.closeObjects) : []), at: path, into: tree)
            label = "\(depth) nested \(kind)\(closed ? "" : ", unclosed")"
        default:
            let names = paths.filter { if case .key("name")? = $0.last { return true } else { return false } }
            guard !names.isEmpty else { return "tree: no name to grow" }
            path = rng.pick(names)
            let size = rng.pick([1 << 12, 1 << 16, 1 << 20])
            bytes = splicing(hugeString(bytes: size, of: rng.pick([0x61, 0x20])), at: path, into: tree)
            label = "\(size)-byte string"
        }
        return "tree: \(describe(path)) = \(label.prefix(60))"
    }

    /// Numbers too big for any type, bad escapes and lone surrogates: valid-looking text
    /// that JSONSerialization would never write itself.
    static let oddLiterals = [
        "1e400", "-1e400", "1e-400", "123456789012345678901234567890", "9223372036854775808",
        "-9223372036854775809", "-0", "1E+2", "0." + String(repeating: "0", count: 300) + "1",
        "\"\\uD800\"", "\"\\uDC00x\"", "\"\\uD83D\\uDE00\"", "\"\\u00\"", "\"\\x41\"", "\"a\\u0000b\"", "\"\\/\\b\\f\"",
    ]

    /// The values a version could have in a hand-edited or foreign file.
    static let schemaVersions = [
        "1.5", "\"1\"", "-1", "0", "2", "1e400", "99999999999999999999", "9223372036854775807",
        "1.0", "1e0", "null", "true", "[1]", "{}",
    ]

    /// `depth` levels of arrays or of objects and what closes them: a recursive parser
    /// without a depth limit runs out of stack long before 100 000.
    static func nesting(depth: Int) -> (arrays: [UInt8], closeArrays: [UInt8], objects: [UInt8], closeObjects: [UInt8]) {
        ([UInt8](repeating: UInt8(ascii: "["), count: depth), [UInt8](repeating: UInt8(ascii: "]"), count: depth),
         Array(String(repeating: "{\"a\":", count: depth).utf8) + [UInt8(ascii: "1")], [UInt8](repeating: UInt8(ascii: "}"), count: depth))
    }

    /// A JSON string of `bytes` copies of one ASCII byte.
    static func hugeString(bytes: Int, of byte: UInt8) -> [UInt8] {
        [UInt8(ascii: "\"")] + [UInt8](repeating: byte, count: bytes) + [UInt8(ascii: "\"")]
    }

    /// A value of another JSON type than `current`, chosen from values that each break
    /// something different (an empty string, a fraction, a huge number, an empty list).
    static func wrongType(for current: Any?, rng: inout SplitMix64) -> Any {
        let kinds: [[Any]] = [
            ["", "x", "not-a-uuid", "2026-02-30", "2026-03-01T25:00:00Z", "ÆØÅ æøå", "\u{0}", "volunteer-friday", "active "],
            [0, -1, 1.5, 1e300, Int64.max, Int64.min],
            [true, false],
            [NSNull()],
            [[Any](), [1], ["x"], [[String: Any]()]],
            [[String: Any](), ["id": "x"]],
        ]
        let currentKind: Int? = switch current {
        case is String: 0
        case is NSNull: 3
        case is [Any]: 4
        case is [String: Any]: 5
        default: nil
        }
        return rng.pick(kinds[rng.pick(kinds.indices.filter { $0 != currentKind })])
    }

    static func value(at path: ArraySlice<Step>, in node: Any) -> Any? {
        guard let step = path.first else { return node }
        switch step {
        case .key(let key): return (node as? [String: Any])?[key].flatMap { value(at: path.dropFirst(), in: $0) }
        case .index(let index): return (node as? [Any]).flatMap { value(at: path.dropFirst(), in: $0[index]) }
        }
    }

    static func replacing(_ path: ArraySlice<Step>, in node: Any, with replacement: Any) -> Any {
        guard let step = path.first else { return replacement }
        switch step {
        case .key(let key):
            guard var object = node as? [String: Any] else { return node }
            object[key] = replacing(path.dropFirst(), in: object[key] as Any, with: replacement)
            return object
        case .index(let index):
            guard var array = node as? [Any] else { return node }
            array[index] = replacing(path.dropFirst(), in: array[index], with: replacement)
            return array
        }
    }

    /// Stands in for a value in the re-serialised tree until the raw text replaces it.
    static let placeholder = "fuzz-placeholder-5e1f"

    /// The tree serialised with `raw` in place of the value at `path`.
    static func splicing(_ raw: [UInt8], at path: [Step], into tree: Any) -> [UInt8] {
        let bytes = serialise(replacing(path[...], in: tree, with: placeholder))
        guard let at = bytes.firstRange(of: Array("\"\(placeholder)\"".utf8)) else { return bytes }
        return Array(bytes[..<at.lowerBound]) + raw + bytes[at.upperBound...]
    }

    /// Pretty-printed with sorted keys, like the store itself, so the line-based byte
    /// mutations find lines and the same seed gives the same bytes.
    static func serialise(_ tree: Any) -> [UInt8] {
        [UInt8](try! JSONSerialization.data(withJSONObject: tree, options: [.prettyPrinted, .sortedKeys, .fragmentsAllowed]))
    }

    static func describe(_ path: [Step]) -> String {
        path.map { step in
            switch step {
            case .key(let key): return "." + key
            case .index(let index): return "[\(index)]"
            }
        }.joined()
    }
}

/// Mutations of the raw bytes: what a crash mid-write, a bad copy or the wrong editor does.
private enum ByteMutation {
    /// Bytes that are not UTF-8 or not JSON: 0xFF, lone continuation bytes, overlong and
    /// surrogate encodings, a cut-off sequence, NUL, a BOM mid-file, and JSON punctuation.
    static let nastyBytes: [[UInt8]] = [
        [0xFF], [0xFE], [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0xAF],
        [0xF0, 0x80, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC3],
        [0x00], [0xEF, 0xBB, 0xBF], Array("\\u0000".utf8),
    ] + "{}[]\",:\\".utf8.map { [$0] }

    /// What may sit in front of the JSON: byte-order marks of three encodings, whitespace, NUL.
    static let prefixes: [[UInt8]] = [
        [0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF], [0xFE, 0xFF], [0xFF, 0xFE],
        [0x20, 0x0A, 0x09], [0x00],
    ]

    static func apply(to bytes: inout [UInt8], rng: inout SplitMix64) -> String {
        switch rng.below(8) {
        case 0:
            let at = rng.below(bytes.count + 1)
            bytes.removeSubrange(at...)
            return "truncate at \(at)"
        case 1:
            guard !bytes.isEmpty else { return "flip: empty" }
            let at = rng.below(bytes.count)
            let mask = UInt8(1 + rng.below(255))
            bytes[at] ^= mask
            return "flip \(at) ^ \(mask)"
        case 2:
            let at = rng.below(bytes.count + 1)
            let insert = rng.chance(percent: 70) ? rng.pick(nastyBytes) : (0...rng.below(8)).map { _ in UInt8(rng.below(256)) }
            bytes.insert(contentsOf: insert, at: at)
            return "insert \(insert) at \(at)"
        case 3:
            let slice = randomSlice(of: bytes, rng: &rng)
            bytes.removeSubrange(slice)
            return "delete \(slice)"
        case 4:
            let slice = randomSlice(of: bytes, rng: &rng)
            let at = rng.below(bytes.count + 1)
            bytes.insert(contentsOf: Array(bytes[slice]), at: at)
            return "copy \(slice) to \(at)"
        case 5:
            return duplicateLine(in: &bytes, rng: &rng)
        case 6:
            let prefix = rng.pick(prefixes)
            bytes.insert(contentsOf: prefix, at: 0)
            return "prefix \(prefix)"
        default:
            return transcode(&bytes, rng: &rng)
        }
    }

    /// Up to 64 bytes, possibly none.
    static func randomSlice(of bytes: [UInt8], rng: inout SplitMix64) -> Range<Int> {
        let start = rng.below(bytes.count + 1)
        return start..<min(bytes.count, start + rng.below(65))
    }

    /// A copied line in a pretty-printed object repeats its key: a duplicate key, which
    /// JSON allows and parsers resolve differently.
    static func duplicateLine(in bytes: inout [UInt8], rng: inout SplitMix64) -> String {
        let at = rng.below(bytes.count + 1)
        let start = bytes[..<at].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let end = bytes[at...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
        bytes.insert(contentsOf: Array(bytes[start..<end]), at: end)
        return "duplicate line \(start)..<\(end)"
    }

    /// The same text saved as UTF-16 or UTF-32, as some Windows editors do.
    static func transcode(_ bytes: inout [UInt8], rng: inout SplitMix64) -> String {
        guard let text = String(bytes: bytes, encoding: .utf8) else { return "transcode: not UTF-8" }
        let encoding = rng.pick([String.Encoding.utf16, .utf16LittleEndian, .utf16BigEndian, .utf32])
        guard let data = text.data(using: encoding) else { return "transcode: failed" }
        bytes = [UInt8](data)
        return "transcode to \(encoding)"
    }
}
