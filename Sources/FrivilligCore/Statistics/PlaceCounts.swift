import Foundation

/// Active volunteers per workplace and per workplace area (ældre, børn, …), found in one
/// pass over the active volunteers' workplaces: each workplace id is looked up once and
/// gives both its position and its area's.
///
/// Workplaces come most first (then by name, the Danish way), so the places that carry
/// the effort head the bars; a volunteer at two workplaces counts at each. Areas come in
/// the order first named, each volunteer once per area however many of its workplaces
/// they are at.
public struct PlaceCounts: Sendable {
    public let workplaces: StatisticsSection
    public let areas: StatisticsSection

    public init(_ scope: StatisticsScope) {
        var place: [UUID: (position: Int, area: Int)] = [:]
        var areaNames: [String] = []
        for (i, w) in scope.workplaces.enumerated() {
            let name = w.area.trimmingWhitespace
            let area = areaNames.firstIndex(of: name) ?? areaNames.count
            if area == areaNames.count { areaNames.append(name) }
            // An id listed twice keeps its first position and takes the last area, as before.
            place[w.id] = (place[w.id]?.position ?? i, area)
        }
        var atPlace = Array(repeating: [UUID](), count: scope.workplaces.count)
        var inArea = Array(repeating: [UUID](), count: areaNames.count)
        var seen: [Int] = []
        for v in scope.active {
            seen.removeAll(keepingCapacity: true)
            for w in v.workplaceIDs {
                guard let p = place[w] else { continue }
                atPlace[p.position].append(v.id)
                if !seen.contains(p.area) {
                    seen.append(p.area)
                    inArea[p.area].append(v.id)
                }
            }
        }
        // A workplace listed twice (the same id) shares the first one's volunteers.
        let ids = scope.workplaces.map { atPlace[place[$0.id]!.position] }
        let order = scope.workplaces.indices.map { (index: $0, count: ids[$0].count, key: SearchFold.sortKey(scope.workplaces[$0].name)) }
            .sorted { ($1.count, $0.key) < ($0.count, $1.key) }
        workplaces = StatisticsSection(.workplaces, order.map {
            let w = scope.workplaces[$0.index]
            return StatisticsCount(.workplace(w.id, name: w.name), ids: ids[$0.index], records: .volunteers)
        })
        areas = StatisticsSection(.areas, areaNames.indices.map { StatisticsCount(.area(areaNames[$0]), ids: inArea[$0], records: .volunteers) })
    }
}
