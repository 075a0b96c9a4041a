import Foundation

/// The framing of one change line in a journal of format 2:
/// `{"sum":"<16 hex>","line":K,["more":N,]"at":…,"change":{…}}` and a newline.
///
/// The sum is the store's wide hash of every byte after `",` up to the newline, so a line
/// that is complete but damaged (one byte changed, a block of zeros) is told apart from a
/// line cut short by a crash: only the second is torn. `"more":N` counts the lines of the
/// same commit still to come, on every line of a commit but its last, so a commit of many
/// changes (an import) is kept whole or dropped whole, and a line missing from its middle
/// is damage. `"line":K` is the line's own number in the file (the header is line 1), so a
/// line deleted anywhere, a whole commit included, leaves the next one out of place. The
/// line stays one JSON object that jq reads and JSONDecoder decodes as an
/// `Entry` (unknown keys are ignored).
enum JournalLine {
    static let prefix = Array(#"{"sum":""#.utf8)
    private static let more = Array(#""more":"#.utf8)
    private static let lineKey = Array(#""line":"#.utf8)
    /// Where the summed bytes begin: after the prefix, 16 hex digits and `",`.
    static let bodyOffset = prefix.count + 16 + 2

    /// The line for an encoded entry (`{"at":…}`), with its newline: line `number` of the
    /// file, with `remaining` lines of the same commit after it.
    static func seal(_ entry: Data, number: Int, remaining: Int) -> Data {
        var body = lineKey + Array("\(number),".utf8)
        if remaining > 0 { body += more + Array("\(remaining),".utf8) }
        body.append(contentsOf: entry.dropFirst())
        var line = prefix
        line.append(contentsOf: Journal.hex(sum(body)).utf8)
        line.append(contentsOf: Array(#"","#.utf8))
        line.append(contentsOf: body)
        line.append(0x0A)
        return Data(line)
    }

    enum Check: Equatable {
        /// Sealed and intact: line `number` of its file, `remaining` lines of the same
        /// commit after it.
        case intact(number: Int, remaining: Int)
        /// Not sealed, or the bytes no longer match the sum.
        case damaged
    }

    /// Whether a line is sealed at all (a journal of format 1 has plain lines, which
    /// begin `{"at":`): a sealed line is checked whatever the header says.
    static func isSealed(_ line: Data) -> Bool {
        line.starts(with: prefix)
    }

    /// Checks a line without its newline.
    static func check(_ line: UnsafeRawBufferPointer) -> Check {
        guard line.count > bodyOffset, line.prefix(prefix.count).elementsEqual(prefix) else { return .damaged }
        let digits = line[prefix.count..<prefix.count + 16]
        guard line[prefix.count + 16] == UInt8(ascii: "\""), line[prefix.count + 17] == UInt8(ascii: ","),
              let stated = UInt64(String(decoding: digits, as: UTF8.self), radix: 16) else { return .damaged }
        let body = UnsafeRawBufferPointer(rebasing: line[bodyOffset...])
        guard sum(body) == stated, let (number, rest) = value(lineKey, at: body) else { return .damaged }
        return .intact(number: number, remaining: value(more, at: rest)?.0 ?? 0)
    }

    static func check(_ line: Data) -> Check {
        line.withUnsafeBytes { check($0) }
    }

    /// How many lines of its commit a sealed line says follow, from its layout alone (for
    /// readers of lines the store has already checked).
    static func remaining(after line: UnsafeRawBufferPointer) -> Int {
        guard line.count > bodyOffset, line.prefix(prefix.count).elementsEqual(prefix),
              let (_, rest) = value(lineKey, at: UnsafeRawBufferPointer(rebasing: line[bodyOffset...])) else { return 0 }
        return value(more, at: rest)?.0 ?? 0
    }

    /// The whole number of `"key":N,` at the start of `bytes`, and the bytes after it.
    private static func value(_ key: [UInt8], at bytes: UnsafeRawBufferPointer) -> (Int, UnsafeRawBufferPointer)? {
        guard bytes.starts(with: key) else { return nil }
        let digits = bytes.dropFirst(key.count).prefix { (0x30...0x39).contains($0) }
        let end = key.count + digits.count
        guard !digits.isEmpty, end < bytes.count, bytes[end] == UInt8(ascii: ","),
              let n = Int(String(decoding: digits, as: UTF8.self)) else { return nil }
        return (n, UnsafeRawBufferPointer(rebasing: bytes[(end + 1)...]))
    }

    private static func sum(_ bytes: some ContiguousBytes) -> UInt64 {
        bytes.withUnsafeBytes(Journal.wideHash)
    }
}
