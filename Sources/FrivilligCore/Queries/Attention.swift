import Foundation

/// The Monday-morning overview: what in the register needs the coordinator to act this
/// week, each as a list ready to show.
///
/// Worked out once from a register and a day, in O(n log n), because the TUI opens on it
/// with 100 000 volunteers. Lists of volunteers are in Danish name order (æ, ø, å after z);
/// ties are broken by id so the order never depends on the order of the file.
public struct Attention: Sendable {
    /// How far ahead reviews and anniversaries are announced, and how far back an event
    /// counts as recent, in days.
    public static let windowDays = 30
    /// How long a consent request for a record check may go unanswered before it is chased.
    public static let chaseAfterDays = 14
    /// How long a volunteer may go without being at a recognition event.
    public static let thanksMonths = 12

    public let today: Day
    /// Agreements not yet signed by both the volunteer and the contact person, except
    /// ended ones; by volunteer name.
    public let unsigned: [AgreementItem]
    /// Signed agreements whose review date is within `Agreement.reviewWindowDays`
    /// (status `reviewDue`); soonest first.
    public let reviewsDue: [AgreementItem]
    /// Signed agreements whose review date has passed (status `expired`); longest overdue first.
    public let reviewsOverdue: [AgreementItem]
    /// Agreements, except ended ones, whose required børneattest has not been received;
    /// by volunteer name.
    public let childChecksOutstanding: [AgreementItem]
    /// The outstanding child checks whose consent was requested more than
    /// `chaseAfterDays` days ago; longest waiting first.
    public let childChecksToChase: [AgreementItem]
    /// Active volunteers with no emergency contact that has a phone number. Here and in
    /// the other lists of people (not thanked, anniversaries, consent missing) anonymised
    /// records are left out: they count in the numbers, but nobody can call them.
    public let withoutEmergencyContact: [Volunteer]
    /// Active volunteers who attended no recognition event in the last `thanksMonths`
    /// months (after today minus 12 months, up to and including today).
    public let notThanked: [Volunteer]
    /// Active volunteers' round service anniversaries from today to `windowDays` days ahead;
    /// soonest first.
    public let anniversaries: [Anniversary]
    /// Recognition events in the last `windowDays` days, today included; newest first.
    public let recentEvents: [RecognitionEvent]
    /// Consent and access requests (`Attention+Privacy.swift`).
    public let privacy: Privacy
    /// Missing and due child-protection checks at workplaces with children (see `ChildChecks`).
    public let childChecks: ChildChecks
    /// The volunteers and contacts due to be anonymised or erased (see `Retention`).
    public let retention: Retention

    public init(register: Register, today: Day) {
        self.today = today
        // Three parts that only read the register, worked out on all cores at once
        // (`ParallelParts`): at 100 000 volunteers the overview is what the first screen waits for.
        let (agreementLists, people, records) = ParallelParts.run(
            { Attention.agreementLists(register, today: today) },
            { Attention.peopleLists(register, today: today) },
            { (privacy: Privacy(register: register, today: today), retention: Retention(register: register, today: today)) })
        (unsigned, reviewsDue, reviewsOverdue) = (agreementLists.unsigned, agreementLists.reviewsDue, agreementLists.reviewsOverdue)
        (childChecksOutstanding, childChecksToChase, childChecks) =
            (agreementLists.outstanding, agreementLists.toChase, agreementLists.childChecks)
        (withoutEmergencyContact, notThanked, anniversaries, recentEvents) =
            (people.withoutEmergencyContact, people.notThanked, people.anniversaries, people.recentEvents)
        (privacy, retention) = records
    }

    /// The lists of agreements and child checks.
    private static func agreementLists(_ register: Register, today: Day)
        -> (unsigned: [AgreementItem], reviewsDue: [AgreementItem], reviewsOverdue: [AgreementItem],
            outstanding: [AgreementItem], toChase: [AgreementItem], childChecks: ChildChecks) {
        let agreements = register.agreements
        let status = agreements.map { $0.status(on: today) }
        let items = AgreementItem.Lookup(register)
        let open = agreements.indices.filter { status[$0] != .ended }
        let outstanding = open.filter { agreements[$0].childCheck.isOutstanding }.map { items.item(agreements[$0]) }
        return (
            unsigned: byName(open.filter { !agreements[$0].isSignedByBoth }.map { items.item(agreements[$0]) }),
            reviewsDue: byReview(agreements.indices.filter { status[$0] == .reviewDue }.map { items.item(agreements[$0]) }),
            reviewsOverdue: byReview(agreements.indices.filter { status[$0] == .expired }.map { items.item(agreements[$0]) }),
            outstanding: byName(outstanding),
            toChase: byConsentRequest(outstanding.filter {
                guard let asked = $0.agreement.childCheck.consentRequested else { return false }
                return asked.days(until: today) > chaseAfterDays
            }),
            childChecks: ChildChecks(register: register, today: today, items: items))
    }

    /// The lists of active volunteers and the recent events.
    private static func peopleLists(_ register: Register, today: Day)
        -> (withoutEmergencyContact: [Volunteer], notThanked: [Volunteer], anniversaries: [Anniversary], recentEvents: [RecognitionEvent]) {
        let volunteers = register.volunteers
        let active = volunteers.indices.filter { volunteers[$0].status == .active && !volunteers[$0].anonymised }
        let thanked = thankedVolunteers(in: register.events, today: today)
        let oldest = today.adding(days: -windowDays)
        return (
            withoutEmergencyContact: byName(active.filter { i in
                !volunteers[i].emergencyContacts.contains { !$0.phone.trimmingWhitespace.isEmpty }
            }, in: volunteers),
            notThanked: byName(active.filter { !thanked.contains(volunteers[$0].id) }, in: volunteers),
            anniversaries: Anniversary.upcoming(of: active.lazy.map { volunteers[$0] }, today: today, days: windowDays),
            recentEvents: register.events
                .filter { $0.date >= oldest && $0.date <= today }
                .map { (event: $0, key: SearchFold.sortKey($0.title), id: $0.id.orderKey) }
                .sorted { ($1.event.date, $0.key, $0.id) < ($0.event.date, $1.key, $1.id) }
                .map(\.event))
    }

    /// Everyone who was at an event that has taken place within the last `thanksMonths` months.
    static func thankedVolunteers(in events: [RecognitionEvent], today: Day) -> Set<UUID> {
        let cutoff = today.adding(months: -thanksMonths)
        var thanked = Set<UUID>()
        for event in events where event.date > cutoff && event.date <= today {
            thanked.formUnion(event.attendeeIDs)
        }
        return thanked
    }

    /// The volunteers at `positions`, in Danish name order.
    static func byName(_ positions: [Int], in volunteers: [Volunteer]) -> [Volunteer] {
        positions.map { (position: $0, key: SearchFold.sortKey(volunteers[$0].name), id: volunteers[$0].id.orderKey) }
            .sorted { ($0.key, $0.id) < ($1.key, $1.id) }
            .map { volunteers[$0.position] }
    }

    private static func byName(_ items: [AgreementItem]) -> [AgreementItem] {
        sorted(items) { _ in 0 }
    }

    private static func byReview(_ items: [AgreementItem]) -> [AgreementItem] {
        sorted(items) { $0.agreement.reviewDate?.ordinal ?? Int.max }
    }

    private static func byConsentRequest(_ items: [AgreementItem]) -> [AgreementItem] {
        sorted(items) { $0.agreement.childCheck.consentRequested?.ordinal ?? Int.max }
    }

    /// By a day (as an ordinal), then volunteer name, then agreement id.
    static func sorted(_ items: [AgreementItem], by day: (AgreementItem) -> Int) -> [AgreementItem] {
        items.map { (item: $0, day: day($0), key: SearchFold.sortKey($0.volunteerName), id: $0.agreement.id.orderKey) }
            .sorted { ($0.day, $0.key, $0.id) < ($1.day, $1.key, $1.id) }
            .map(\.item)
    }
}
