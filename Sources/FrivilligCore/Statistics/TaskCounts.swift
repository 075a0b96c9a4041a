import Foundation

/// Open and filled tasks per workplace, most first (then by name, the Danish way), with
/// the tasks that name no workplace last. Tasks keep no history, so a task counts by its
/// status today, in every period its dates reach: one without dates (ongoing) counts in
/// all of them. Workplaces with no such task are left out, so the bars name only places
/// that have tasks.
public struct TaskCounts: Sendable {
    public let open: StatisticsSection
    public let filled: StatisticsSection

    public init(_ scope: StatisticsScope) {
        let period = scope.period
        let inScope = scope.register.tasks.filter { t in
            (scope.workplaceID == nil || t.workplaceID == scope.workplaceID)
                && (t.time.from.map { $0 <= period.last } ?? true)
                && (t.time.until.map { $0 >= period.first } ?? true)
        }
        open = TaskCounts.section(.openTasks, inScope.filter { $0.status == .open }, scope)
        filled = TaskCounts.section(.filledTasks, inScope.filter { $0.status == .filled }, scope)
    }

    private static func section(_ kind: StatisticsSection.Kind, _ tasks: [VolunteerTask], _ scope: StatisticsScope) -> StatisticsSection {
        let known = Set(scope.workplaces.map(\.id))
        var ids: [UUID: [UUID]] = [:]
        var without: [UUID] = []
        for t in tasks {
            if let w = t.workplaceID, known.contains(w) {
                ids[w, default: []].append(t.id)
            } else {
                without.append(t.id)
            }
        }
        let places = scope.workplaces.compactMap { w in ids[w.id].map { (place: w, ids: $0, key: SearchFold.sortKey(w.name)) } }
            .sorted { ($1.ids.count, $0.key) < ($0.ids.count, $1.key) }
        let counts = places.map { StatisticsCount(.workplace($0.place.id, name: $0.place.name), ids: $0.ids, records: .tasks) }
            + (without.isEmpty ? [] : [StatisticsCount(.withoutWorkplace, ids: without, records: .tasks)])
        return StatisticsSection(kind, counts)
    }
}
