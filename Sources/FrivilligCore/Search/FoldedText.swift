/// A piece of text folded once, when the index is built, and matched per keystroke.
public struct FoldedText: Hashable, Sendable {
    public let plain: String
    public let collapsed: String

    public init(_ text: String) {
        plain = SearchFold.plain(text)
        collapsed = SearchFold.collapsed(plain: plain)
    }

    public func contains(_ query: SearchQuery) -> Bool {
        plain.contains(query.plain) || collapsed.contains(query.collapsed)
    }

    public func hasPrefix(_ query: SearchQuery) -> Bool {
        plain.hasPrefix(query.plain) || collapsed.hasPrefix(query.collapsed)
    }

    /// True when some word of the text starts with the query ("ander" in "Jens Andersen").
    public func hasWordPrefix(_ query: SearchQuery) -> Bool {
        plain.split(separator: " ").contains { $0.hasPrefix(query.plain) }
            || collapsed.split(separator: " ").contains { $0.hasPrefix(query.collapsed) }
    }
}
