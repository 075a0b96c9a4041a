import Foundation

/// The stretch of days the statistics count over: a calendar year (the yearly report)
/// or the twelve months up to a day (the tab's default), both ends included.
public struct StatisticsPeriod: Hashable, Sendable {
    /// What the period is, for its name on screen and in the report.
    public enum Kind: Hashable, Sendable {
        case year(Int)
        case last12Months
    }

    public let kind: Kind
    public let first: Day
    public let last: Day

    /// The calendar year `year`, 1 January to 31 December.
    public static func year(_ year: Int) -> StatisticsPeriod {
        StatisticsPeriod(kind: .year(year), first: Day(year: year, month: 1, day: 1)!, last: Day(year: year, month: 12, day: 31)!)
    }

    /// The twelve months up to and including `today`.
    public static func last12Months(endingOn today: Day) -> StatisticsPeriod {
        StatisticsPeriod(kind: .last12Months, first: today.adding(months: -12).adding(days: 1), last: today)
    }

    public func contains(_ day: Day) -> Bool { day >= first && day <= last }

    /// The day the register is read as of: the period's last day, or `today` when the
    /// period has not ended yet (a status or a check cannot be known ahead).
    public func asOf(today: Day) -> Day { min(last, today) }
}
