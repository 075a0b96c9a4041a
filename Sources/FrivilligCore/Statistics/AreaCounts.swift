import Foundation

/// Active volunteers per workplace area (ældre, børn, …), each volunteer once per area
/// however many of its workplaces they are at; areas in the order first named.
public struct AreaCounts: Sendable {
    public let section: StatisticsSection

    public init(_ scope: StatisticsScope) {
        var areaOf: [UUID: Int] = [:]
        var order: [String] = []
        for w in scope.workplaces {
            let area = w.area.trimmingWhitespace
            if let known = order.firstIndex(of: area) {
                areaOf[w.id] = known
            } else {
                areaOf[w.id] = order.count
                order.append(area)
            }
        }
        var ids = Array(repeating: [UUID](), count: order.count)
        var seen: [Int] = []
        for v in scope.active {
            seen.removeAll(keepingCapacity: true)
            for w in v.workplaceIDs {
                if let area = areaOf[w], !seen.contains(area) {
                    seen.append(area)
                    ids[area].append(v.id)
                }
            }
        }
        section = StatisticsSection(.areas, order.indices.map { StatisticsCount(.area(order[$0]), ids: ids[$0], records: .volunteers) })
    }
}
