import FrivilligCore

/// A date cell taken apart before its order and century are known: `09-06-87`,
/// `2/3/1954`, `1987-06-09`. Only the shape is read here; `ImportDateColumn` decides what
/// the parts mean for the whole column.
struct ImportDateText: Equatable {
    enum Separator: Equatable { case dash, dot, slash }

    let separator: Separator
    /// The first two numbers as written; in an ISO date the month and the day.
    let first: Int, second: Int
    let year: Int
    /// Whether the year is written with two digits, whose century a rule decides.
    let shortYear: Bool
    /// `yyyy-mm-dd`, which has a fixed order.
    let iso: Bool

    /// Nil for anything but three runs of digits joined by one kind of separator, with a
    /// year of two or four digits (first in ISO form, last otherwise).
    init?(_ text: String) {
        let trimmed = text.trimmingWhitespace
        let kinds: [(Character, Separator)] = [("-", .dash), (".", .dot), ("/", .slash)]
        let present = kinds.filter { trimmed.contains($0.0) }
        guard present.count == 1 else { return nil }
        let parts = trimmed.split(separator: present[0].0, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        separator = present[0].1
        if parts[0].count == 4, separator == .dash {
            guard parts[1].count <= 2, parts[2].count <= 2 else { return nil }
            (year, first, second, shortYear, iso) = (Int(parts[0])!, Int(parts[1])!, Int(parts[2])!, false, true)
            return
        }
        guard parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 || parts[2].count == 2 else { return nil }
        (first, second, year, shortYear, iso) = (Int(parts[0])!, Int(parts[1])!, Int(parts[2])!, parts[2].count == 2, false)
    }

    /// The order this cell proves for a `/` column: a first number above 12 can only be a
    /// day, a second one only a day too; nil when both could be a month (or are equal).
    var provenOrder: DateOrder? {
        guard separator == .slash, first != second else { return nil }
        if first > 12 && second <= 12 { return .dmy }
        if second > 12 && first <= 12 { return .mdy }
        return nil
    }

    /// Whether the cell could be read either way (`2/3/1954`).
    var isAmbiguous: Bool {
        separator == .slash && first != second && first <= 12 && second <= 12
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
