import Foundation

/// Active volunteers per workplace, in the register's workplace order; a volunteer at
/// two workplaces counts at each.
public struct WorkplaceCounts: Sendable {
    public let section: StatisticsSection

    public init(_ scope: StatisticsScope) {
        var ids: [UUID: [UUID]] = [:]
        for v in scope.active {
            for w in v.workplaceIDs { ids[w, default: []].append(v.id) }
        }
        section = StatisticsSection(.workplaces, scope.workplaces.map {
            StatisticsCount(.workplace($0.id, name: $0.name), ids: ids[$0.id] ?? [], records: .volunteers)
        })
    }
}
