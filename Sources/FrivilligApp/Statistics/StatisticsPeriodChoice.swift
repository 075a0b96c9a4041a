import FrivilligCore

/// The periods `p` steps through on the statistics tab.
enum StatisticsPeriodChoice: CaseIterable, Sendable {
    case last12Months, thisYear, lastYear

    var next: StatisticsPeriodChoice {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    func period(today: Day) -> StatisticsPeriod {
        switch self {
        case .last12Months: return .last12Months(endingOn: today)
        case .thisYear: return .year(today.year)
        case .lastYear: return .year(today.year - 1)
        }
    }
}
