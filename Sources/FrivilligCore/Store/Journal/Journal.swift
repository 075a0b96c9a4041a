import Foundation

/// The append-only journal beside the snapshot (`store.json.journal`, JSON Lines): one
/// line per saved change, so a save costs one short write and fsync instead of
/// rewriting the whole file.
///
/// The first line names the snapshot it continues by a fingerprint of its bytes, so a
/// journal that does not belong to the snapshot (the snapshot was replaced by hand) is
/// refused instead of being applied to the wrong data or silently dropped.
public enum Journal {
    /// 2: lines are sealed with a sum and commits framed (`JournalLine`); 1: plain lines.
    static let formatVersion = 2

    struct Header: Codable {
        let frivilligJournal: Int
        let snapshot: String
    }

    /// One saved change and when it was made (for a volunteer's history).
    struct Entry: Codable {
        let at: Date
        let change: Change
        /// Where it stands in the file, for messages; not stored.
        var line = 0

        private enum CodingKeys: String, CodingKey { case at, change }

        init(at: Date, change: Change) {
            self.at = at
            self.change = change
        }
    }

    /// The complete lines of a journal, and where the last complete line ends.
    struct Contents {
        var entries: [Entry]
        var header: Header?
        /// The format of the lines (from the header, or as the caller knows it).
        var format: Int
        /// Bytes up to the end of the last complete commit.
        var goodLength: Int
        /// Change lines up to there.
        var goodLines: Int
        /// The last whole commit's last line lacks its newline: the next append adds it.
        var endsWithoutNewline = false
        /// A last line cut short, or a commit without its last line, by a crash or power
        /// cut: ignored.
        var tornTail: Bool
    }

    /// Names a snapshot by its bytes: a 64-bit hash of 8-byte words in four independent
    /// lanes (the structure of xxHash64), about 20 times faster than the byte-at-a-time
    /// FNV-1a that journals written before it used (`legacyFingerprint`); the prefix
    /// tells the two apart.
    public static func fingerprint(_ data: some ContiguousBytes) -> String {
        "w4:" + hex(data.withUnsafeBytes(wideHash))
    }

    /// FNV-1a, 64 bits, as journals and markers written by earlier versions name their
    /// snapshot; such a name has no prefix.
    static func legacyFingerprint(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { raw in
            for byte in raw {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        return hex(hash)
    }

    /// Whether `name` (from a journal header or a marker) names the snapshot `data`,
    /// whose current fingerprint is `fingerprint`.
    static func name(_ name: String, matches fingerprint: String, of data: Data) -> Bool {
        name == fingerprint || (!name.contains(":") && name == legacyFingerprint(data))
    }

    /// 16 lower-case hex digits.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    static func wideHash(_ raw: UnsafeRawBufferPointer) -> UInt64 {
        var hasher = WideHasher()
        hasher.update(raw)
        return hasher.finish()
    }

    /// The fingerprint of bytes that arrive in pieces (a snapshot streamed to its file).
    static func fingerprint(of hasher: WideHasher) -> String {
        var copy = hasher
        return "w4:" + hex(copy.finish())
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static func headerLine(snapshot fingerprint: String) -> Data {
        var data = (try? encoder().encode(Header(frivilligJournal: formatVersion, snapshot: fingerprint))) ?? Data()
        data.append(0x0A)
        return data
    }

    /// The sealed lines of one commit (`JournalLine`): every line but the last says more
    /// follow, so the commit is read back whole or not at all.
    static func lines(_ changes: [Change], at date: Date, firstLine: Int) throws -> Data {
        let encoder = encoder()
        var data = Data()
        for (i, change) in changes.enumerated() {
            data.append(JournalLine.seal(try encoder.encode(Entry(at: date, change: change)), number: firstLine + i,
                                         remaining: changes.count - 1 - i))
        }
        return data
    }

    /// Reads lines from `data` (the whole journal when `startsAtHeader`, else a tail that
    /// begins after known-good lines of a journal in `format`).
    ///
    /// In format 2 only an end without its newline, or a commit whose last line is
    /// missing, is torn (a crash during a save) and left out; any complete line whose sum
    /// does not hold is damage, refused with its line number, since dropping it would
    /// lose a change the user was told was saved. A journal without a complete header is
    /// damage too: journals are created with their header in one rename. Format 1 (no
    /// sums) keeps its rule: an unreadable last line is torn.
    static func parse(_ data: Data, path: String, startsAtHeader: Bool, format knownFormat: Int = formatVersion,
                      firstLineNumber: Int = 1) throws(StoreError) -> Contents {
        var contents = Contents(entries: [], header: nil, format: knownFormat, goodLength: 0, goodLines: 0, tornTail: false)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        var lineStart = data.startIndex
        var number = firstLineNumber
        var pending: [Entry] = []
        var pendingLines = 0
        /// The count the last line of an unfinished commit gave.
        var pendingRemaining: Int?
        if startsAtHeader {
            guard let newline = data.firstIndex(of: 0x0A),
                  let header = try? decoder.decode(Header.self, from: data[lineStart..<newline]) else {
                throw .journalDamaged(path: path, line: number, damage: .header)
            }
            guard header.frivilligJournal <= formatVersion else {
                throw .journalDamaged(path: path, line: number, damage: .newerFormat(header.frivilligJournal))
            }
            contents.header = header
            contents.format = header.frivilligJournal
            lineStart = data.index(after: newline)
            contents.goodLength = data.distance(from: data.startIndex, to: lineStart)
            number += 1
        }
        let sealedFormat = contents.format >= 2
        while lineStart < data.endIndex {
            guard let newline = data[lineStart...].firstIndex(of: 0x0A) else {
                // A sealed line that ends a commit and is whole but for its newline (the
                // newline lost, or a write stopped just before it) is kept, not dropped.
                let line = data[lineStart...]
                if JournalLine.isSealed(line), case .intact(number, 0) = JournalLine.check(line), pendingRemaining.map({ $0 == 1 }) ?? true,
                   var entry = try? decoder.decode(Entry.self, from: line) {
                    entry.line = number
                    contents.entries += pending + [entry]
                    contents.goodLines += pendingLines + 1
                    contents.goodLength = data.count
                    contents.endsWithoutNewline = true
                    return contents
                }
                contents.tornTail = true
                return contents
            }
            let line = data[lineStart..<newline]
            let isLast = newline == data.index(before: data.endIndex)
            let sealed = sealedFormat || JournalLine.isSealed(line)
            var remaining = 0
            if sealed {
                switch JournalLine.check(line) {
                case .damaged: throw .journalDamaged(path: path, line: number, damage: .checksum)
                case .intact(let stated, let more):
                    // A line deleted before this one, or one moved, leaves it out of place.
                    guard stated == number else { throw .journalDamaged(path: path, line: number, damage: .outOfPlace) }
                    remaining = more
                }
                // Within a commit each line counts down to its last; a line missing from
                // the middle, or one of another commit in between, breaks the count.
                if let expected = pendingRemaining, remaining != expected - 1 {
                    throw .journalDamaged(path: path, line: number, damage: .commitBroken)
                }
            }
            guard var entry = try? decoder.decode(Entry.self, from: line) else {
                if !sealed && isLast {
                    contents.tornTail = true
                    return contents
                }
                throw .journalDamaged(path: path, line: number, damage: sealed ? .unknownChange : .notAChange)
            }
            entry.line = number
            pending.append(entry)
            pendingLines += 1
            lineStart = data.index(after: newline)
            number += 1
            pendingRemaining = remaining > 0 ? remaining : nil
            if remaining == 0 {
                contents.entries += pending
                contents.goodLines += pendingLines
                pending = []
                pendingLines = 0
                contents.goodLength = data.distance(from: data.startIndex, to: lineStart)
            }
        }
        if !pending.isEmpty { contents.tornTail = true }
        return contents
    }
}
