import Foundation

/// The part of the register the statistics count: every record, or those of one
/// workplace, with the period and the day the register is read as of. Anonymised
/// volunteers are in it: they count in the numbers, which is why anonymisation keeps
/// their status periods.
public struct StatisticsScope: Sendable {
    public let period: StatisticsPeriod
    /// The period's last day, or today if that is earlier.
    public let asOf: Day
    public let workplaceID: UUID?
    /// The volunteers linked to the workplace (all without a filter), in register order.
    public let volunteers: [Volunteer]
    /// The agreements at the workplace (all without a filter).
    public let agreements: [Agreement]
    public let workplaces: [Workplace]
    /// The events in the period that at least one volunteer in scope attended (all the
    /// period's events without a filter).
    public let events: [RecognitionEvent]
    /// The volunteers in scope who were active on `asOf`.
    public let active: [Volunteer]
    /// Each of `volunteers`' status on `asOf` (nil before their first period), read once
    /// here so that the counts do not each read the status periods again.
    let statuses: [VolunteerStatus?]
    public let settings: Settings
    /// The whole register's volunteers' and workplaces' names, for the child-check rule.
    let register: Register

    public init(register: Register, period: StatisticsPeriod, today: Day, workplaceID: UUID? = nil) {
        self.register = register
        self.period = period
        self.workplaceID = workplaceID
        asOf = period.asOf(today: today)
        settings = register.settings
        if let workplaceID {
            volunteers = register.volunteers.filter { $0.workplaceIDs.contains(workplaceID) }
            agreements = register.agreements.filter { $0.workplaceID == workplaceID }
            workplaces = register.workplaces.filter { $0.id == workplaceID }
        } else {
            volunteers = register.volunteers
            agreements = register.agreements
            workplaces = register.workplaces
        }
        let day = asOf
        statuses = volunteers.map { $0.status(on: day) }
        active = zip(volunteers, statuses).compactMap { $0.1 == .active ? $0.0 : nil }
        let ids = workplaceID == nil ? nil : Set(volunteers.map(\.id))
        let period = self.period
        events = register.events.filter { e in
            period.contains(e.date) && (ids.map { e.attendeeIDs.contains(where: $0.contains) } ?? true)
        }
    }
}
