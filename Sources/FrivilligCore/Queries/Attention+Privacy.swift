extension Attention {
    /// What the register's handling of personal data needs from the coordinator: consent
    /// missing or withdrawn.
    public struct Privacy: Sendable {
        /// Active volunteers whose consent does not cover the register: never recorded,
        /// recorded without that scope, or withdrawn. By name.
        public let consentMissing: [Volunteer]
        /// Volunteers of any status who withdrew their consent: the register may no longer
        /// keep them, so they are to be anonymised or erased. By name.
        public let consentWithdrawn: [Volunteer]

        init(register: Register, today: Day) {
            let volunteers = register.volunteers
            consentMissing = Attention.byName(volunteers.indices.filter {
                volunteers[$0].status == .active && !volunteers[$0].consent.covers(.register)
            }, in: volunteers)
            consentWithdrawn = Attention.byName(volunteers.indices.filter { volunteers[$0].consent.isWithdrawn }, in: volunteers)
        }
    }

    public var consentMissing: [Volunteer] { privacy.consentMissing }
    public var consentWithdrawn: [Volunteer] { privacy.consentWithdrawn }
}
