/// What the user typed, folded the same way as the text it is matched against.
public struct SearchQuery: Hashable, Sendable {
    public let text: String
    public let plain: String
    public let collapsed: String
    let plainBytes: [UInt8]
    let collapsedBytes: [UInt8]
    /// The digits of the query when it looks like a phone number (only digits, spaces,
    /// `+`, `-`, `.`), without a leading 45 country code; nil otherwise.
    public let phoneDigits: String?
    /// What must each be found: the words, or the whole query when it is a phone number.
    let terms: SearchTerms

    public init(_ text: String) {
        self.text = text
        let folded = FoldedText(text.trimmingWhitespace)
        plain = folded.plain
        collapsed = folded.collapsed
        plainBytes = folded.plainBytes
        collapsedBytes = folded.collapsedBytes
        let trimmed = text.trimmingWhitespace
        let looksLikePhone = !trimmed.isEmpty
            && trimmed.allSatisfy { $0.isASCIIDigit || $0 == " " || $0 == "+" || $0 == "-" || $0 == "." }
            && trimmed.contains(where: \.isASCIIDigit)
        if looksLikePhone {
            var digits = SearchFold.digits(trimmed)
            if (trimmed.hasPrefix("+45") || trimmed.hasPrefix("0045")) {
                digits = String(digits.dropFirst(trimmed.hasPrefix("0045") ? 4 : 2))
            }
            phoneDigits = digits
        } else {
            phoneDigits = nil
        }
        terms = SearchTerms(plain: plainBytes, collapsed: collapsedBytes, phoneDigits: phoneDigits)
    }

    /// An empty query matches everything.
    public var isEmpty: Bool { plain.isEmpty }
}
