import Foundation

/// Fastholdelse: of the volunteers who first became active 12 to 24 months before the
/// end of the period, how many are still active at its end.
public struct RetentionCounts: Sendable {
    public let section: StatisticsSection

    public init(_ scope: StatisticsScope) {
        let end = scope.asOf
        let earliest = end.adding(months: -24), latest = end.adding(months: -12)
        let began = scope.volunteers.filter { v in
            guard let first = v.daysBecameActive.first else { return false }
            return first >= earliest && first <= latest
        }
        section = StatisticsSection(.retention, [
            StatisticsCount(.began, ids: began.map(\.id), records: .volunteers),
            StatisticsCount(.stillActive, ids: began.filter { $0.status(on: end) == .active }.map(\.id), records: .volunteers),
        ])
    }
}
