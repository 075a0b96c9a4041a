import Foundation

/// The append-only journal beside the snapshot (`store.json.journal`, JSON Lines): one
/// line per saved change, so a save costs one short write and fsync instead of
/// rewriting the whole file.
///
/// The first line names the snapshot it continues by a fingerprint of its bytes, so a
/// journal that does not belong to the snapshot (the snapshot was replaced by hand) is
/// refused instead of being applied to the wrong data or silently dropped.
public enum Journal {
    static let formatVersion = 1

    struct Header: Codable {
        let frivilligJournal: Int
        let snapshot: String
    }

    /// One saved change and when it was made (for a volunteer's history).
    struct Entry: Codable {
        let at: Date
        let change: Change
    }

    /// The complete lines of a journal, and where the last complete line ends.
    struct Contents {
        var entries: [Entry]
        var header: Header?
        /// Bytes up to the end of the last complete, readable line.
        var goodLength: Int
        /// A last line cut short by a crash or power cut: ignored.
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

    private static func hex(_ value: UInt64) -> String {
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

    static func lines(_ changes: [Change], at date: Date) throws -> Data {
        let encoder = encoder()
        var data = Data()
        for change in changes {
            data.append(try encoder.encode(Entry(at: date, change: change)))
            data.append(0x0A)
        }
        return data
    }

    /// Reads lines from `data` (the whole journal when `startsAtHeader`, else a tail
    /// that begins after known-good lines). A damaged line before the last one is an
    /// error naming the line; a damaged last line is a torn write and is ignored.
    static func parse(_ data: Data, path: String, startsAtHeader: Bool, firstLineNumber: Int = 1) throws(StoreError) -> Contents {
        var contents = Contents(entries: [], header: nil, goodLength: 0, tornTail: false)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        var lineStart = data.startIndex
        var number = firstLineNumber
        while lineStart < data.endIndex {
            guard let newline = data[lineStart...].firstIndex(of: 0x0A) else {
                contents.tornTail = true
                return contents
            }
            let line = data[lineStart..<newline]
            let isLast = newline == data.index(before: data.endIndex)
            do {
                if startsAtHeader && number == firstLineNumber {
                    let header = try decoder.decode(Header.self, from: line)
                    guard header.frivilligJournal <= formatVersion else {
                        throw StoreError.journalUnreadable(path: path, line: number, detail: "format \(header.frivilligJournal) is newer than this program")
                    }
                    contents.header = header
                } else {
                    contents.entries.append(try decoder.decode(Entry.self, from: line))
                }
            } catch let error as StoreError {
                throw error
            } catch {
                if isLast && !(startsAtHeader && number == firstLineNumber) {
                    contents.tornTail = true
                    return contents
                }
                throw .journalUnreadable(path: path, line: number, detail: "\(error)")
            }
            lineStart = data.index(after: newline)
            contents.goodLength = data.distance(from: data.startIndex, to: lineStart)
            number += 1
        }
        return contents
    }
}
