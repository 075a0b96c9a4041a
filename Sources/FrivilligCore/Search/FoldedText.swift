/// A piece of text folded once, when the index is built, and matched per keystroke.
///
/// Both folds are kept as UTF-8 bytes: matching is then a plain byte scan, far faster
/// than String comparison over a large register.
public struct FoldedText: Hashable, Sendable {
    let plainBytes: [UInt8]
    let collapsedBytes: [UInt8]

    public init(_ text: String) {
        let plain = SearchFold.plain(text)
        plainBytes = Array(plain.utf8)
        collapsedBytes = Array(SearchFold.collapsed(plain: plain).utf8)
    }

    public var plain: String { String(decoding: plainBytes, as: UTF8.self) }
    public var collapsed: String { String(decoding: collapsedBytes, as: UTF8.self) }

    /// How well the query matches: `.start` when the text starts with it, `.wordStart`
    /// when a later word does ("ander" in "Jens Andersen"), `.inside` anywhere else.
    public enum Match: Int, Comparable, Sendable {
        case start, wordStart, inside

        public static func < (a: Match, b: Match) -> Bool { a.rawValue < b.rawValue }
    }

    public func match(_ query: SearchQuery) -> Match? {
        let a = FoldedText.match(query.plainBytes, in: plainBytes)
        let b = FoldedText.match(query.collapsedBytes, in: collapsedBytes)
        switch (a, b) {
        case let (x?, y?): return min(x, y)
        case let (x?, nil): return x
        case let (nil, y): return y
        }
    }

    public func contains(_ query: SearchQuery) -> Bool { match(query) != nil }

    public func hasPrefix(_ query: SearchQuery) -> Bool { match(query) == .start }

    /// The best place `needle` occurs in `haystack`.
    static func match(_ needle: [UInt8], in haystack: [UInt8]) -> Match? {
        if needle.isEmpty { return .start }
        guard needle.count <= haystack.count else { return nil }
        return haystack.withUnsafeBufferPointer { hay -> Match? in
            needle.withUnsafeBufferPointer { ndl -> Match? in
                let first = ndl[0]
                var best: Match?
                var position = 0
                let last = hay.count - ndl.count
                while position <= last {
                    if hay[position] == first && FoldedText.rest(of: ndl, matches: hay, at: position) {
                        if position == 0 { return .start }
                        let before = hay[position - 1]
                        if before == 0x20 || before == 0x0A || before == 0x2D { return .wordStart }
                        best = .inside
                    }
                    position += 1
                }
                return best
            }
        }
    }

    @inline(__always)
    private static func rest(of needle: UnsafeBufferPointer<UInt8>, matches hay: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        var k = 1
        while k < needle.count {
            if hay[position + k] != needle[k] { return false }
            k += 1
        }
        return true
    }
}
