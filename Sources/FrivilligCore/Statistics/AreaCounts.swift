import Foundation

/// Active volunteers per workplace area (ældre, børn, …), each volunteer once per area
/// however many of its workplaces they are at; areas in the order first named.
public struct AreaCounts: Sendable {
    public let section: StatisticsSection

    public init(_ scope: StatisticsScope) {
        var areaOf: [UUID: String] = [:]
        var order: [String] = []
        for w in scope.workplaces {
            let area = w.area.trimmingWhitespace
            areaOf[w.id] = area
            if !order.contains(area) { order.append(area) }
        }
        var ids: [String: [UUID]] = [:]
        for v in scope.active {
            var seen = Set<String>()
            for w in v.workplaceIDs {
                if let area = areaOf[w], seen.insert(area).inserted { ids[area, default: []].append(v.id) }
            }
        }
        section = StatisticsSection(.areas, order.map { StatisticsCount(.area($0), ids: ids[$0] ?? [], records: .volunteers) })
    }
}
