import Foundation

/// An association's name as the conversion compares it, and the record id it gives.
///
/// Spellings that differ only in case, spacing, hyphens or how æ ø å are typed
/// ("Ældre Sagen", "ældre  sagen", "Aeldre-Sagen") are one name; any other difference
/// ("Ældre Sagen Aarhus") is another association, which the coordinator can merge by
/// moving its members. The id is derived from the compared form, so two programs that
/// convert the same store at once make the same records, and the second save is a
/// no-op merge rather than a duplicate.
public struct AssociationName: Hashable, Sendable {
    /// The compared form: plain-folded, hyphens as spaces, runs of space as one.
    public let key: String

    public init(_ name: String) {
        let folded = SearchFold.plain(name).replacingOccurrences(of: "-", with: " ")
        key = folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    public var isEmpty: Bool { key.isEmpty }

    /// The record id for this name: 128 bits of two hashes of the key, marked as a
    /// version 8 (custom) UUID so it never collides with a random version 4 one.
    public var recordID: UUID {
        var first = WideHasher(), second = WideHasher()
        first.update(Array(("frivillig.association.1:" + key).utf8))
        second.update(Array(("frivillig.association.2:" + key).utf8))
        var bytes = withUnsafeBytes(of: first.finish().bigEndian) { Array($0) } + withUnsafeBytes(of: second.finish().bigEndian) { Array($0) }
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
