import FrivilligCore

/// How a two-digit year (`09-06-87`, as LibreOffice in Danish re-saves a sheet) gets its
/// century: the latest century that keeps the date within a limit, so a rule a person can
/// state decides it rather than a fixed pivot year.
public enum TwoDigitYear: Sendable, Equatable {
    /// A birth date is never in the future: `87` is 1987, `09` is 2009 until a date in
    /// 2009 would lie after today.
    case notInFuture
    /// A start, status or consent date is at most a year ahead of today.
    case atMostAYearAhead

    /// The rule for a date field: birth dates look back, every other date may be planned.
    static func rule(for field: CsvField) -> TwoDigitYear {
        field == .birthDate ? .notInFuture : .atMostAYearAhead
    }

    /// The latest day a date read by this rule may be.
    func limit(today: Day) -> Day {
        self == .notInFuture ? today : today.adding(years: 1)
    }

    /// The day of `year` (0…99) in the latest century that keeps it within the limit;
    /// nil when the month and day do not exist in that year.
    func day(year: Int, month: Int, day: Int, today: Day) -> Day? {
        let limit = limit(today: today)
        let century = limit.year / 100 * 100
        guard let candidate = Day(year: century + year, month: month, day: day) else {
            return Day(year: century - 100 + year, month: month, day: day)
        }
        return candidate > limit ? Day(year: century - 100 + year, month: month, day: day) : candidate
    }
}
