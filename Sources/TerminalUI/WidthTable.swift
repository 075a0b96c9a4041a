/// Code point ranges whose display width cannot be read from the standard library's
/// Unicode properties, kept in step with glibc's `wcwidth` (which is what ncurses and
/// most terminals use to move the cursor).
enum WidthTable {
    /// East Asian Wide and Fullwidth ranges (UAX #11) that are not emoji; emoji are
    /// recognised by `isEmojiPresentation` instead. Sorted, non-overlapping.
    static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F,    // Hangul Jamo leading consonants
        0x2329...0x232A,    // angle brackets
        0x2E80...0x303E,    // CJK radicals, Kangxi, ideographic description, CJK punctuation
        0x3041...0xA4CF,    // kana, Bopomofo, enclosed CJK, CJK ideographs, hexagrams, Yi
        0xA960...0xA97F,    // Hangul Jamo extended A
        0xAC00...0xD7A3,    // Hangul syllables
        0xF900...0xFAFF,    // CJK compatibility ideographs
        0xFE10...0xFE19,    // vertical forms
        0xFE30...0xFE6F,    // CJK compatibility forms, small form variants
        0xFF00...0xFF60,    // fullwidth forms
        0xFFE0...0xFFE6,    // fullwidth signs
        0x16FE0...0x16FFF,  // ideographic symbols
        0x17000...0x18CFF,  // Tangut, Khitan
        0x18D00...0x18D8F,  // Tangut supplement
        0x1AFF0...0x1B2FF,  // kana extended and supplement, Nushu
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD,  // CJK extensions B to F
        0x30000...0x3FFFD,  // CJK extensions G and H
    ]

    /// Ranges that take no column although their general category would say otherwise:
    /// Hangul medial vowels and final consonants, which combine with the leading Jamo.
    static let zero: [ClosedRange<UInt32>] = [
        0x1160...0x11FF,
        0xD7B0...0xD7FF,
    ]

    /// Format characters that are printed rather than invisible: the prepended
    /// concatenation marks, such as the Arabic number sign, which span the digits after.
    static let printedFormat: [ClosedRange<UInt32>] = [
        0x0600...0x0605,
        0x06DD...0x06DD,
        0x070F...0x070F,
        0x0890...0x0891,
        0x08E2...0x08E2,
        0x110BD...0x110BD,
        0x110CD...0x110CD,
    ]

    /// Regional indicators have emoji presentation, but each one is a single column;
    /// two of them make a flag that is two columns in all.
    static let regionalIndicators: ClosedRange<UInt32> = 0x1F1E6...0x1F1FF

    /// Whether `value` falls in one of the sorted `ranges`, by binary search.
    static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = ranges[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
