import Foundation

/// The framing of one change line in a journal of format 2:
/// `{"sum":"<16 hex>",["more":true,]"at":…,"change":{…}}` and a newline.
///
/// The sum is the store's wide hash of every byte after `",` up to the newline, so a line
/// that is complete but damaged (one byte changed, a block of zeros) is told apart from a
/// line cut short by a crash: only the second is torn. `"more":true` marks every line of a
/// commit but its last, so a commit of many changes (an import) is kept whole or dropped
/// whole. The line stays one JSON object that jq reads and JSONDecoder decodes as an
/// `Entry` (unknown keys are ignored).
enum JournalLine {
    static let prefix = Array(#"{"sum":""#.utf8)
    static let more = Array(#""more":true,"#.utf8)
    /// Where the summed bytes begin: after the prefix, 16 hex digits and `",`.
    static let bodyOffset = prefix.count + 16 + 2

    /// The line for an encoded entry (`{"at":…}`), with its newline.
    static func seal(_ entry: Data, continued: Bool) -> Data {
        var body = continued ? more : []
        body.append(contentsOf: entry.dropFirst())
        var line = prefix
        line.append(contentsOf: Journal.hex(sum(body)).utf8)
        line.append(contentsOf: Array(#"","#.utf8))
        line.append(contentsOf: body)
        line.append(0x0A)
        return Data(line)
    }

    enum Check: Equatable {
        /// Sealed and intact; `continued` when more lines of the same commit follow.
        case intact(continued: Bool)
        /// Not sealed, or the bytes no longer match the sum.
        case damaged
    }

    /// Checks a line without its newline.
    static func check(_ line: UnsafeRawBufferPointer) -> Check {
        guard line.count > bodyOffset, line.prefix(prefix.count).elementsEqual(prefix) else { return .damaged }
        let digits = line[prefix.count..<prefix.count + 16]
        guard line[prefix.count + 16] == UInt8(ascii: "\""), line[prefix.count + 17] == UInt8(ascii: ","),
              let stated = UInt64(String(decoding: digits, as: UTF8.self), radix: 16) else { return .damaged }
        let body = UnsafeRawBufferPointer(rebasing: line[bodyOffset...])
        guard sum(body) == stated else { return .damaged }
        return .intact(continued: body.starts(with: more))
    }

    /// Whether a sealed line says more lines of its commit follow, from its layout alone
    /// (for readers of lines the store has already checked).
    static func continues(_ line: UnsafeRawBufferPointer) -> Bool {
        line.count > bodyOffset + more.count && line.prefix(prefix.count).elementsEqual(prefix)
            && line[bodyOffset..<bodyOffset + more.count].elementsEqual(more)
    }

    static func check(_ line: Data) -> Check {
        line.withUnsafeBytes { check($0) }
    }

    private static func sum(_ bytes: some ContiguousBytes) -> UInt64 {
        bytes.withUnsafeBytes(Journal.wideHash)
    }
}
