extension Attention {
    /// What the register's handling of personal data needs from the coordinator: consent
    /// missing, access requests to answer. A withdrawn consent puts the volunteer on the
    /// retention list (`Retention`).
    public struct Privacy: Sendable {
        /// Active volunteers, anonymised ones aside, whose consent does not cover the
        /// register: never recorded, recorded without that scope, or withdrawn. By name.
        public let consentMissing: [Volunteer]
        /// Unanswered access requests whose deadline is today or later; soonest first.
        public let accessRequestsOpen: [AccessRequest]
        /// Unanswered access requests past their deadline; longest overdue first.
        public let accessRequestsOverdue: [AccessRequest]

        init(register: Register, today: Day) {
            let volunteers = register.volunteers
            consentMissing = Attention.byName(volunteers.indices.filter {
                volunteers[$0].status == .active && !volunteers[$0].anonymised && !volunteers[$0].consent.covers(.register)
            }, in: volunteers)
            let open = register.accessRequests.filter(\.isOpen)
                .sorted { ($0.deadline, $0.received, $0.id.orderKey) < ($1.deadline, $1.received, $1.id.orderKey) }
            accessRequestsOpen = open.filter { $0.daysLeft(on: today) >= 0 }
            accessRequestsOverdue = open.filter { $0.daysLeft(on: today) < 0 }
        }
    }

    public var consentMissing: [Volunteer] { privacy.consentMissing }
    public var accessRequestsOpen: [AccessRequest] { privacy.accessRequestsOpen }
    public var accessRequestsOverdue: [AccessRequest] { privacy.accessRequestsOverdue }
}
