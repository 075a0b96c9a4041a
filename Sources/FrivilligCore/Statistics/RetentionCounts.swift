import Foundation

/// Fastholdelse: of the volunteers who first became active 12 to 24 months before the
/// end of the period, how many are still active at its end.
public struct RetentionCounts: Sendable {
    public let section: StatisticsSection

    public init(_ scope: StatisticsScope) {
        let end = scope.asOf
        let earliest = end.adding(months: -24), latest = end.adding(months: -12)
        let began = scope.volunteers.indices.filter { i in
            guard let first = scope.volunteers[i].firstBecameActive else { return false }
            return first >= earliest && first <= latest
        }
        section = StatisticsSection(.retention, [
            StatisticsCount(.began, ids: began.map { scope.volunteers[$0].id }, records: .volunteers),
            StatisticsCount(.stillActive, ids: began.filter { scope.statuses[$0] == .active }.map { scope.volunteers[$0].id }, records: .volunteers),
        ])
    }
}
