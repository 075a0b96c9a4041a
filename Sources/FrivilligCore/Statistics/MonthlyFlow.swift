import Foundation

/// New and stopped volunteers per month for the `months` months up to the period's
/// end (today's month in a period not yet over), read from the status periods: new is becoming active (the first time, or back
/// from a pause or a stop), stopped is a period of `stopped` beginning.
public struct MonthlyFlow: Sendable {
    public static let months = 24

    public let new: StatisticsSection
    public let stopped: StatisticsSection

    public init(_ scope: StatisticsScope, months: Int = MonthlyFlow.months) {
        let end = scope.asOf
        let keys = (0..<months).reversed().map { back -> (year: Int, month: Int) in
            let d = end.adding(months: -back)
            return (d.year, d.month)
        }
        let firstMonth = keys[0].year * 12 + keys[0].month
        let slot = { (d: Day) -> Int? in
            let i = d.year * 12 + d.month - firstMonth
            return d <= end && i >= 0 && i < months ? i : nil
        }
        var new = Array(repeating: [UUID](), count: months)
        var stopped = Array(repeating: [UUID](), count: months)
        for v in scope.volunteers {
            v.forEachChange(becameActive: { if let i = slot($0) { new[i].append(v.id) } },
                            stopped: { if let i = slot($0) { stopped[i].append(v.id) } })
        }
        let series = { (ids: [[UUID]]) in
            zip(keys, ids).map { StatisticsCount(.month(year: $0.0.year, month: $0.0.month), ids: $0.1, records: .volunteers) }
        }
        self.new = StatisticsSection(.newPerMonth, series(new))
        self.stopped = StatisticsSection(.stoppedPerMonth, series(stopped))
    }
}
