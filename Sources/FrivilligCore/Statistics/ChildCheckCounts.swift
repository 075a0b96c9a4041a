import Foundation

/// Child-protection checks (børneattester) at the end of the period, by the overview's
/// rules (`Attention.ChildChecks`) read as of that day: the volunteers then active, their
/// status periods begun by then and the checks received by then. Active volunteers at a
/// workplace with children whose
/// check counts (received), who lack one that is due (missing), and whose check is due
/// for renewal or overdue (due). One agreement per volunteer, as the overview lists them.
///
/// The three are found in one pass over the agreements of the volunteers the rule reads
/// (active ones with an open agreement at a workplace with children), grouped by sorting
/// positions rather than by copying agreements into a dictionary, and only the few
/// volunteers on the missing and due lists are named for the overview's order.
public struct ChildCheckCounts: Sendable {
    public enum State: String, CaseIterable, Hashable, Sendable {
        case received, missing, due
    }

    public let section: StatisticsSection

    public init(_ scope: StatisticsScope) {
        let found = Found(scope.register, on: scope.asOf, statuses: scope.workplaceID == nil ? scope.statuses : nil)
        let agreements = scope.register.agreements
        let ids = { (positions: [Int]) -> [UUID] in
            positions.compactMap { i in
                scope.workplaceID == nil || agreements[i].workplaceID == scope.workplaceID ? agreements[i].id : nil
            }
        }
        section = StatisticsSection(.childChecks, [
            StatisticsCount(.childCheck(.received), ids: ids(found.received), records: .agreements),
            StatisticsCount(.childCheck(.missing), ids: ids(found.missing), records: .agreements),
            StatisticsCount(.childCheck(.due), ids: ids(found.due), records: .agreements),
        ])
    }

    /// The agreements behind each state as positions in the register's agreements:
    /// received in register order (each volunteer's first open agreement at a workplace
    /// with children), missing and due in the overview's order (day, name, agreement).
    private struct Found {
        var received: [Int] = []
        var missing: [Int] = []
        var due: [Int] = []

        /// `statuses`, when given, are the register's volunteers' statuses on `day`, in
        /// register order, already read by the scope.
        init(_ register: Register, on day: Day, statuses: [VolunteerStatus?]?) {
            let volunteers = register.volunteers, agreements = register.agreements, settings = register.settings
            let childPlaces = Set(register.workplaces.lazy.filter(\.worksWithChildren).map(\.id))
            // The first volunteer with each id names it; the first active one's periods count.
            var people: [UUID: (first: Int, active: Int?)] = [:]
            people.reserveCapacity(volunteers.count)
            for (i, v) in volunteers.enumerated() {
                let active = statuses.map { $0[i] == .active } ?? (v.status(on: day) == .active)
                if let known = people[v.id] {
                    if known.active == nil, active { people[v.id] = (known.first, i) }
                } else {
                    people[v.id] = (i, active ? i : nil)
                }
            }
            var owned: [(owner: Int, agreement: Int)] = []
            for i in agreements.indices {
                if let owner = people[agreements[i].volunteerID]?.active { owned.append((owner, i)) }
            }
            owned.sort { ($0.owner, $0.agreement) < ($1.owner, $1.agreement) }

            var missing: [(Int, Day)] = [], due: [(Int, Day)] = [], overdue: [(Int, Day)] = []
            var start = owned.startIndex
            while start < owned.endIndex {
                let owner = owned[start].owner
                var end = start + 1
                while end < owned.endIndex, owned[end].owner == owner { end += 1 }
                let group = owned[start..<end]
                start = end
                let atChildren = group.compactMap { entry -> Int? in
                    let i = entry.agreement
                    return agreements[i].workplaceID.map(childPlaces.contains) == true && agreements[i].status(on: day) != .ended ? i : nil
                }
                guard let firstAtChildren = atChildren.first else { continue }
                let all = group.map { agreements[$0.agreement] }
                let periods = volunteers[owner].statusPeriods.filter { $0.from <= day }
                if let check = Attention.ChildChecks.countingCheck(all, periods: periods, settings: settings, asOf: day) {
                    received.append(firstAtChildren)
                    let renewal = check.adding(years: settings.childCheckRenewalYears)
                    let earliest = atChildren.min {
                        (agreements[$0].startDate?.ordinal ?? Int.min, agreements[$0].id.orderKey)
                            < (agreements[$1].startDate?.ordinal ?? Int.min, agreements[$1].id.orderKey)
                    }!
                    if renewal < day {
                        overdue.append((earliest, renewal))
                    } else if renewal <= day.adding(days: Attention.ChildChecks.renewalWindowDays) {
                        due.append((earliest, renewal))
                    }
                } else {
                    let deadlines = atChildren.map { ($0, Attention.ChildChecks.deadline(agreements[$0], settings: settings, today: day)) }
                    let first = deadlines.min { ($0.1, agreements[$0.0].id.orderKey) < ($1.1, agreements[$1.0].id.orderKey) }!
                    if first.1 <= day.adding(days: Attention.ChildChecks.aheadDays) { missing.append(first) }
                }
            }
            received.sort()
            let byDay = { (list: [(Int, Day)]) -> [Int] in
                list.map { entry -> (position: Int, day: Int, key: String, id: UInt128) in
                    let a = agreements[entry.0]
                    let name = people[a.volunteerID].map { volunteers[$0.first].name } ?? ""
                    return (entry.0, entry.1.ordinal, SearchFold.sortKey(name), a.id.orderKey)
                }
                .sorted { ($0.day, $0.key, $0.id) < ($1.day, $1.key, $1.id) }
                .map(\.position)
            }
            self.missing = byDay(missing)
            self.due = byDay(due) + byDay(overdue)
        }
    }
}
