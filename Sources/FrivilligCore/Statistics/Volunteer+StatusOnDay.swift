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

    /// The days the volunteer became active: the first active period and every return
    /// to active from another status.
    var daysBecameActive: [Day] {
        var out: [Day] = []
        var previous: VolunteerStatus?
        for p in periodsOrLegacy {
            if p.status == .active, previous != .active { out.append(p.from) }
            previous = p.status
        }
        return out
    }

    /// The days the volunteer stopped (a period of `stopped` began).
    var daysStopped: [Day] {
        periodsOrLegacy.filter { $0.status == .stopped }.map(\.from)
    }
}
