import Foundation

extension Volunteer {
    /// The status periods as kept, or for a record without any (made in memory, not yet
    /// saved) the one period a record from before periods is read with.
    var periodsOrLegacy: [StatusPeriod] {
        statusPeriods.isEmpty
            ? StatusPeriod.legacy(status: status, statusChanged: statusChanged, startDate: startDate, created: created)
            : statusPeriods
    }

    /// The status the volunteer had on `day`, read from the status periods; nil before
    /// the first one began (they were not in the register yet).
    public func status(on day: Day) -> VolunteerStatus? {
        periodsOrLegacy.last { $0.from <= day }?.status
    }

    /// The first day the volunteer became active (the first active period's), nil if never.
    var firstBecameActive: Day? {
        periodsOrLegacy.first { $0.status == .active }?.from
    }

    /// Calls `body` with each day the volunteer became active (the first active period
    /// and every return to active from another status) and each day a period of
    /// `stopped` began, in period order, without gathering them in arrays.
    func forEachChange(becameActive: (Day) -> Void, stopped: (Day) -> Void) {
        var previous: VolunteerStatus?
        for p in periodsOrLegacy {
            if p.status == .active, previous != .active { becameActive(p.from) }
            if p.status == .stopped { stopped(p.from) }
            previous = p.status
        }
    }
}
