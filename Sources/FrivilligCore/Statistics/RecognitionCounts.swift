import Foundation

/// Recognition in the period: events per kind and per month, the attendances (one per
/// volunteer per event, only volunteers in scope), and the volunteers active at the end
/// who were at no event in the `Attention.thanksMonths` months before it, by the
/// overview's rule (`Attention.thankedVolunteers`).
public struct RecognitionCounts: Sendable {
    public let byKind: StatisticsSection
    public let byMonth: StatisticsSection
    public let thanks: StatisticsSection

    public init(_ scope: StatisticsScope, allEvents: [RecognitionEvent]) {
        var kinds: [EventKind: [UUID]] = [:]
        for e in scope.events { kinds[e.kind, default: []].append(e.id) }
        byKind = StatisticsSection(.eventsByKind, EventKind.allCases.map { StatisticsCount(.eventKind($0), ids: kinds[$0] ?? [], records: .events) })

        var months: [(year: Int, month: Int)] = []
        var day = scope.period.first
        while day <= scope.period.last, months.count < 12 {
            months.append((day.year, day.month))
            day = day.adding(months: 1)
        }
        var perMonth: [Int: [UUID]] = [:]
        for e in scope.events { perMonth[e.date.year * 12 + e.date.month, default: []].append(e.id) }
        byMonth = StatisticsSection(.eventsPerMonth, months.map {
            StatisticsCount(.month(year: $0.year, month: $0.month), ids: perMonth[$0.year * 12 + $0.month] ?? [], records: .events)
        })

        // The attendances of each attendee; the volunteers in scope then take theirs, so
        // an id that names no volunteer (or one outside the filter) counts nothing, and
        // no set of every volunteer's id is made.
        var perAttendee: [UUID: Int] = [:]
        for e in scope.events {
            for id in e.attendeeIDs { perAttendee[id, default: 0] += 1 }
        }
        var attended: [UUID] = []
        var attendances = 0
        for v in scope.volunteers {
            if perAttendee.isEmpty { break }
            if let n = perAttendee.removeValue(forKey: v.id) {
                attended.append(v.id)
                attendances += n
            }
        }
        let thanked = Attention.thankedVolunteers(in: allEvents, today: scope.asOf)
        thanks = StatisticsSection(.thanks, [
            StatisticsCount(.attendances, ids: attended, records: .volunteers, value: attendances),
            StatisticsCount(.notThanked, ids: scope.active.filter { !thanked.contains($0.id) }.map(\.id), records: .volunteers),
        ])
    }
}
