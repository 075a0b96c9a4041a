import Foundation

/// Volunteers by the status they had at the end of the period, in the order people
/// pass through the statuses; those not yet in the register then are not counted.
public struct StatusCounts: Sendable {
    public let section: StatisticsSection

    public init(_ scope: StatisticsScope) {
        var ids: [VolunteerStatus: [UUID]] = [:]
        for (v, status) in zip(scope.volunteers, scope.statuses) {
            if let status { ids[status, default: []].append(v.id) }
        }
        section = StatisticsSection(.status, VolunteerStatus.lifecycle.map {
            StatisticsCount(.status($0), ids: ids[$0] ?? [], records: .volunteers)
        })
    }
}
