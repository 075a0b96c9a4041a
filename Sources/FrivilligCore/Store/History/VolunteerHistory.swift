import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One thing that happened to a volunteer, as the coordinator would say it: added,
/// changed (which fields), came to an event, an agreement saved, deleted.
public struct HistoryEntry: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// The volunteer was added.
        case created
        /// The volunteer was saved with these fields changed, by their names in
        /// `Volunteer.schema` ("phone", "emergency-contacts"), in its order. Empty when the
        /// version before is not in the history (it predates the journal).
        case changed([String])
        case deleted
        /// A recognition event listing the volunteer was saved (once per event).
        case attended(title: String, date: Day)
        case agreementSaved
        case agreementDeleted
    }

    /// When the change was saved.
    public let at: Date
    public let what: Kind

    public init(at: Date, what: Kind) {
        self.at = at
        self.what = what
    }
}

extension Store {
    /// Everything the journal and its archive (`store.json.history`) say about one
    /// volunteer, oldest first. Changes saved before the journal existed (the first
    /// snapshot, demo data, a restore) are not recorded.
    ///
    /// Reads the journal first and the archive second, without a lock: a compaction
    /// archives the journal's lines before it removes the journal, so every change saved
    /// before the call is in one of the two (or both: exact repeats are dropped). Only
    /// lines that can concern the volunteer (they name its id, or an agreement of theirs
    /// is changed) are decoded, so the cost is one pass over the bytes.
    ///
    /// A damaged journal line is skipped only when it is the journal's last line (a torn
    /// write); an unfinished last line of the archive is skipped too (its lines are still
    /// in the journal). An archive line glued to the start of a torn one, left by a
    /// compaction that stopped mid-write and ran again, is read from where it starts.
    /// Other damaged lines throw `StoreError.journalDamaged`. The lines of a commit
    /// count only once its last line is there, as when the store loads.
    public func history(ofVolunteer id: UUID) throws -> [HistoryEntry] {
        let journal = try Self.readIfPresent(files.journal)
        let archive = try Self.readIfPresent(files.history)
        var reader = VolunteerHistoryReader(id: id)
        try reader.read(archive, path: files.history.path, isJournal: false)
        try reader.read(journal, path: files.journal.path, isJournal: true)
        return reader.entries
    }

    private static func readIfPresent(_ url: URL) throws(StoreError) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            if !FileManager.default.fileExists(atPath: url.path) { return Data() }
            throw .unreadable(path: url.path, reason: (error as NSError).localizedDescription)
        }
    }
}

/// Turns journal lines into one volunteer's history entries.
struct VolunteerHistoryReader {
    let id: UUID
    private(set) var entries: [HistoryEntry] = []
    /// The volunteer as last saved, to tell which fields a save changed.
    private var previous: Volunteer?
    private var agreements: Set<UUID> = []
    private var events: Set<UUID> = []
    /// Relevant lines already read: a compaction retried after archiving repeats them.
    private var seen: Set<Data> = []
    private let needles: [[UInt8]]
    private let agreementNeedles = [Array(#""op":"putAgreement""#.utf8), Array(#""op":"deleteAgreement""#.utf8)]
    /// How a line begins: sealed (format 2) or plain (format 1).
    private let lineStarts = [JournalLine.prefix, Array(#"{"at":""#.utf8)]
    private let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    init(id: UUID) {
        self.id = id
        let upper = id.uuidString.uppercased(), lower = id.uuidString.lowercased()
        needles = [Array(upper.utf8), Array(lower.utf8)]
    }

    /// Reads one file's lines (the journal's after its header).
    mutating func read(_ data: Data, path: String, isJournal: Bool) throws {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.baseAddress, raw.count > 0 else { return }
            var start = 0, number = 0
            var commit: [(entry: Journal.Entry, bytes: Data)] = []
            while start < raw.count {
                number += 1
                let newline = memchr(base + start, 0x0A, raw.count - start)
                let end = newline.map { base.distance(to: UnsafeRawPointer($0)) } ?? raw.count
                let line = UnsafeRawBufferPointer(rebasing: raw[start..<end])
                let isLast = end + 1 >= raw.count
                start = end + 1
                // A line without its newline is torn, in the journal as in its archive.
                if (isJournal && number == 1) || newline == nil { continue }
                let continued = JournalLine.remaining(after: line) > 0
                if isRelevant(line) {
                    let bytes = Data(line)
                    guard let entry = decode(bytes, recovering: !isJournal) else {
                        if isJournal && isLast { continue }
                        throw StoreError.journalDamaged(path: path, line: number, damage: .notAChange)
                    }
                    commit.append(entry)
                }
                guard !continued else { continue }
                for entry in commit where seen.insert(entry.bytes).inserted { add(entry.entry) }
                commit.removeAll()
            }
        }
    }

    private func isRelevant(_ line: UnsafeRawBufferPointer) -> Bool {
        if needles.contains(where: { Self.contains(line, $0) }) { return true }
        return !agreements.isEmpty && agreementNeedles.contains(where: { Self.contains(line, $0) })
    }

    /// The line's change, and the bytes it was read from (the key for dropping repeats).
    private func decode(_ line: Data, recovering: Bool) -> (entry: Journal.Entry, bytes: Data)? {
        if let entry = try? decoder.decode(Journal.Entry.self, from: line) { return (entry, line) }
        guard recovering else { return nil }
        // A line's start (`{"sum":"`, `{"at":"`) cannot occur inside a JSON string (its
        // quotes would be escaped), so its last occurrence after the start is where a
        // whole line begins.
        let bytes = [UInt8](line)
        var i = bytes.count - lineStarts[1].count
        while i > 0 {
            for start in lineStarts where i + start.count <= bytes.count && bytes[i] == start[0] && Array(bytes[i..<i + start.count]) == start {
                let rest = Data(bytes[i...])
                return (try? decoder.decode(Journal.Entry.self, from: rest)).map { ($0, rest) }
            }
            i -= 1
        }
        return nil
    }

    private mutating func add(_ entry: Journal.Entry) {
        let at = entry.at
        switch entry.change {
        case .putVolunteer(let v) where v.id == id:
            if let previous {
                let fields = VolunteerHistoryReader.changedFields(previous, v)
                if !fields.isEmpty { entries.append(HistoryEntry(at: at, what: .changed(fields))) }
            } else {
                // A volunteer is stamped `created` when the form or command saves it the
                // first time; a first line much later is an edit of an older record.
                let isNew = abs(v.created.timeIntervalSince(at)) <= 120
                entries.append(HistoryEntry(at: at, what: isNew ? .created : .changed([])))
            }
            previous = v
        case .deleteVolunteer(let deleted) where deleted == id:
            entries.append(HistoryEntry(at: at, what: .deleted))
            previous = nil
            agreements.removeAll()
        case .putEvent(let e):
            if e.attendeeIDs.contains(id) {
                if events.insert(e.id).inserted {
                    entries.append(HistoryEntry(at: at, what: .attended(title: e.title, date: e.date)))
                }
            } else {
                events.remove(e.id)
            }
        case .putAgreement(let a):
            if a.volunteerID == id {
                agreements.insert(a.id)
                entries.append(HistoryEntry(at: at, what: .agreementSaved))
            } else {
                agreements.remove(a.id)
            }
        case .deleteAgreement(let agreement):
            if agreements.remove(agreement) != nil {
                entries.append(HistoryEntry(at: at, what: .agreementDeleted))
            }
        default:
            break
        }
    }

    /// The fields that differ between two versions, by name (`Volunteer.schema`'s
    /// `name`), in the order of the schema. A field that follows another (the status's
    /// date) is named only when that one did not change.
    static func changedFields(_ a: Volunteer, _ b: Volunteer) -> [String] {
        let changed = Set(Volunteer.schema.filter { $0.differs(a, b) }.map(\.key))
        return Volunteer.schema.filter { field in
            field.history && changed.contains(field.key) && !(field.follows.map(changed.contains) ?? false)
        }.map(\.name)
    }

    /// Whether `needle` occurs in `haystack`: memchr for its first byte, then compare.
    private static func contains(_ haystack: UnsafeRawBufferPointer, _ needle: [UInt8]) -> Bool {
        guard let base = haystack.baseAddress, let first = needle.first, haystack.count >= needle.count else { return false }
        var offset = 0
        let lastStart = haystack.count - needle.count
        return needle.withUnsafeBytes { n in
            while offset <= lastStart {
                guard let hit = memchr(base + offset, Int32(first), lastStart - offset + 1) else { return false }
                let at = base.distance(to: UnsafeRawPointer(hit))
                if memcmp(base + at, n.baseAddress!, needle.count) == 0 { return true }
                offset = at + 1
            }
            return false
        }
    }
}
