import Foundation

/// Active volunteers per workplace, most first (then by name, the Danish way), so the
/// places that carry the effort head the bars; a volunteer at two workplaces counts at each.
public struct WorkplaceCounts: Sendable {
    public let section: StatisticsSection

    public init(_ scope: StatisticsScope) {
        var ids: [UUID: [UUID]] = [:]
        for v in scope.active {
            for w in v.workplaceIDs { ids[w, default: []].append(v.id) }
        }
        let places = scope.workplaces.map { (place: $0, count: ids[$0.id]?.count ?? 0, key: SearchFold.sortKey($0.name)) }
            .sorted { ($1.count, $0.key) < ($0.count, $1.key) }
        section = StatisticsSection(.workplaces, places.map {
            StatisticsCount(.workplace($0.place.id, name: $0.place.name), ids: ids[$0.place.id] ?? [], records: .volunteers)
        })
    }
}
