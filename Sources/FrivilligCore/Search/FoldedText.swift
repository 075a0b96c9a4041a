import Foundation

/// A piece of text folded once, when the index is built, and matched per keystroke.
///
/// Both folds are kept as UTF-8 bytes: matching is then a plain byte scan, far faster
/// than String comparison over a large register.
public struct FoldedText: Hashable, Sendable {
    let plainBytes: [UInt8]
    let collapsedBytes: [UInt8]

    public init(_ text: String) {
        plainBytes = SearchFold.plainBytes(text)
        collapsedBytes = SearchFold.collapsedBytes(plain: plainBytes)
    }

    public var plain: String { String(decoding: plainBytes, as: UTF8.self) }
    public var collapsed: String { String(decoding: collapsedBytes, as: UTF8.self) }

    /// How well the query matches: `.start` when the text starts with it, `.wordStart`
    /// when a later word does ("ander" in "Jens Andersen"), `.inside` anywhere else.
    public enum Match: Int, Comparable, Sendable {
        case start, wordStart, inside

        public static func < (a: Match, b: Match) -> Bool { a.rawValue < b.rawValue }

        /// The better of two folds' matches, if either matched.
        @inline(__always)
        static func better(_ a: Match?, _ b: Match?) -> Match? {
            switch (a, b) {
            case let (x?, y?): return min(x, y)
            case let (x?, nil): return x
            case let (nil, y): return y
            }
        }
    }

    public func match(_ query: SearchQuery) -> Match? {
        plainBytes.withUnsafeBufferPointer { plain in
            collapsedBytes.withUnsafeBufferPointer { FoldedText.match(query, plain: plain, collapsed: $0) }
        }
    }

    /// The better of the plain fold's and the collapsed fold's match, on raw bytes.
    static func match(_ query: SearchQuery, plain: UnsafeBufferPointer<UInt8>, collapsed: UnsafeBufferPointer<UInt8>) -> Match? {
        let a = query.plainBytes.withUnsafeBufferPointer { match($0, in: plain) }
        let b = query.collapsedBytes.withUnsafeBufferPointer { match($0, in: collapsed) }
        return Match.better(a, b)
    }

    public func contains(_ query: SearchQuery) -> Bool { match(query) != nil }

    /// Whether each word of the query (the whole of one that reads as a phone number) is
    /// found somewhere in the text, in any order: `kildebakken søren` in "Søren
    /// Østergaard · Dagcenter Kildebakken". An empty query is found everywhere.
    public func containsEveryWord(_ query: SearchQuery) -> Bool {
        plainBytes.withUnsafeBufferPointer { plain in
            collapsedBytes.withUnsafeBufferPointer { collapsed in
                VolunteerIndex.withNeedles(query) { VolunteerIndex.mask($0, plain: plain, collapsed: collapsed) == $0.all }
            }
        }
    }

    public func hasPrefix(_ query: SearchQuery) -> Bool { match(query) == .start }

    /// The best place `needle` occurs in `haystack`.
    static func match(_ needle: [UInt8], in haystack: [UInt8]) -> Match? {
        haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { match($0, in: hay) }
        }
    }

    /// The one matching routine, on raw bytes, so that the lookup index file (read in
    /// place) and the in-memory index answer with the same code.
    static func match(_ ndl: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Match? {
        if ndl.isEmpty { return .start }
        guard ndl.count <= hay.count, let base = hay.baseAddress else { return nil }
        let first = ndl[0]
        var best: Match?
        var position = 0
        let last = hay.count - ndl.count
        while position <= last {
            if last - position >= 48 {
                // A long stretch: let memchr find the next candidate.
                guard let found = memchr(base + position, Int32(first), last - position + 1) else { break }
                position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            } else if hay[position] != first {
                position += 1
                continue
            }
            if FoldedText.rest(of: ndl, matches: hay, at: position) {
                if position == 0 { return .start }
                let before = hay[position - 1]
                if before == 0x20 || before == 0x0A || before == 0x2D { return .wordStart }
                best = .inside
            }
            position += 1
        }
        return best
    }

    /// Whether `ndl` occurs anywhere in `hay`: `match` without looking on for a better
    /// place, for the fields where any place will do.
    static func occurs(_ ndl: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        if ndl.isEmpty { return true }
        guard ndl.count <= hay.count, let base = hay.baseAddress else { return false }
        let first = ndl[0]
        var position = 0
        let last = hay.count - ndl.count
        while position <= last {
            guard let found = memchr(base + position, Int32(first), last - position + 1) else { return false }
            position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if FoldedText.rest(of: ndl, matches: hay, at: position) { return true }
            position += 1
        }
        return false
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
