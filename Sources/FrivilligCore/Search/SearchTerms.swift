/// The parts of a query that must each be found somewhere in a volunteer's text: its
/// words, in any order and in any field (`kildebakken søren`, `søren 4690`, `holger
/// niel`), or the whole query when it reads as a phone number, whose spaces only group
/// the digits.
///
/// Every term is folded as the query is, and all of them sit back to back in one byte
/// buffer, so a search takes them out in place once (`VolunteerIndex.withNeedles`).
struct SearchTerms: Hashable, Sendable {
    /// Words after this many are not looked at: a bit per term marks which were found.
    static let maximum = 64

    /// Each term's plain and collapsed fold and its digits, one after the other.
    let bytes: [UInt8]
    /// Per term, the start and end in `bytes` of its plain fold, its collapsed fold and
    /// its digits (an empty range when the term is not all digits).
    let bounds: [Int]

    var count: Int { bounds.count / 6 }

    /// The bits of every term.
    var all: UInt64 { count == SearchTerms.maximum ? ~0 : (1 << UInt64(count)) - 1 }

    init(plain: [UInt8], collapsed: [UInt8], phoneDigits: String?) {
        var bytes: [UInt8] = []
        var bounds: [Int] = []
        func add(_ parts: [UInt8]...) {
            for part in parts {
                bounds.append(bytes.count)
                bytes.append(contentsOf: part)
                bounds.append(bytes.count)
            }
        }
        if let phoneDigits {
            add(plain, collapsed, Array(phoneDigits.utf8))
        } else {
            let plainWords = SearchTerms.words(plain), collapsedWords = SearchTerms.words(collapsed)
            // Collapsing joins letters, never a space, so the two folds have the same words.
            for (p, c) in zip(plainWords, collapsedWords).prefix(SearchTerms.maximum) {
                add(p, c, p.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } ? p : [])
            }
        }
        self.bytes = bytes
        self.bounds = bounds
    }

    /// The words of folded text, split at spaces and tabs.
    private static func words(_ folded: [UInt8]) -> [[UInt8]] {
        folded.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 }).map(Array.init)
    }
}
