/// A calendar date without time or zone.
///
/// Volunteer data is about days (a start date, a review date, a birthday), never instants,
/// so keeping them free of time zones avoids the classic off-by-one-day bugs. Stored in
/// the file as `yyyy-MM-dd`.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Returns nil for dates that do not exist (31 April, 29 February in a common year).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The ISO form used in the file.
    public var iso: String {
        Day.pad(year, 4) + "-" + Day.pad(month, 2) + "-" + Day.pad(day, 2)
    }

    /// The Danish everyday form `dd.mm.yyyy` (also what the Danish UI shows).
    public var danish: String {
        Day.pad(day, 2) + "." + Day.pad(month, 2) + "." + Day.pad(year, 4)
    }

    public var description: String { iso }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Parses the three forms people type: `dd.mm.yyyy`, `dd-mm-yyyy` and `yyyy-mm-dd`.
    public static func parse(_ text: String) -> Day? {
        let trimmed = text.trimmingWhitespace
        let parts: [Substring]
        if trimmed.contains(".") {
            parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[2].count == 4 else { return nil }
            return make(parts[2], parts[1], parts[0])
        }
        parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        if parts[0].count == 4 { return make(parts[0], parts[1], parts[2]) }
        if parts[2].count == 4 { return make(parts[2], parts[1], parts[0]) }
        return nil
    }

    private static func make(_ y: Substring, _ m: Substring, _ d: Substring) -> Day? {
        guard (1...2).contains(m.count), (1...2).contains(d.count),
              y.allSatisfy(\.isASCIIDigit), m.allSatisfy(\.isASCIIDigit), d.allSatisfy(\.isASCIIDigit),
              let yy = Int(y), let mm = Int(m), let dd = Int(d) else { return nil }
        return Day(year: yy, month: mm, day: dd)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard text.count == 10, let parsed = Day.parse(text), parsed.iso == text else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date as yyyy-MM-dd, found \"\(text)\"")
        }
        self = parsed
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    // MARK: Arithmetic on the proleptic Gregorian calendar

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The inverse of `ordinal`.
    public init(ordinal: Int) {
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb).
    public func adding(months: Int) -> Day {
        let total = year * 12 + (month - 1) + months
        let y = total / 12, m = total % 12 + 1
        return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y)))!
    }

    public func adding(years: Int) -> Day { adding(months: years * 12) }

    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    /// 0 = Monday … 6 = Sunday.
    public var weekdayIndex: Int { ((ordinal % 7) + 7 + 3) % 7 }

    /// Whole years from `self` to `other` (an age, or years of service).
    public func wholeYears(until other: Day) -> Int {
        var years = other.year - year
        if (other.month, other.day) < (month, day) { years -= 1 }
        return years
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
    /// Trims spaces, tabs and line breaks; names pasted from spreadsheets often carry them.
    public var trimmingWhitespace: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
