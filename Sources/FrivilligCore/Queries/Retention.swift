import Foundation

/// What the register may no longer keep (GDPR art. 5(1)(e), storage limitation): each
/// volunteer or contact whose time is up under the register's rules (`Settings`), with
/// why, since when, the day it became due and what to do.
///
/// The rules, each counted in calendar months from the day its clock started and due on
/// the day it ends (12 months after 1 March 2025 is due on 1 March 2026):
/// - consent to the register withdrawn: due that same day; anonymise (erase an applicant
///   or a declined one, who never volunteered);
/// - stopped: `anonymiseStoppedMonths` after the stop; anonymise;
/// - paused: `anonymisePausedMonths` after the latest of the pause, an event they were at,
///   a date on one of their agreements and the last save of their record; anonymise;
/// - declined: `eraseDeclinedMonths` after the refusal; erase;
/// - a contact nothing refers to (no workplace lists them, no agreement names them, no
///   volunteer is a member of the association they represent): `eraseContactsMonths`
///   after `Contact.unlinkedSince`; erase.
///
/// One row per record: when two rules are due (a stopped volunteer who also withdrew),
/// the one due first; the two never disagree on the action, as a withdrawal erases
/// exactly those the declined rule does. Anonymised volunteers are done and never
/// listed; active volunteers and applicants are listed only for a withdrawn consent.
public struct Retention: Sendable {
    public enum Reason: String, Sendable, CaseIterable {
        case consentWithdrawn, stopped, pausedInactive, declined, unlinkedContact
    }

    public enum Action: String, Sendable, CaseIterable {
        case anonymise, erase
    }

    /// The record a row is about.
    public enum Record: Hashable, Sendable {
        case volunteer(UUID)
        case contact(UUID)

        public var id: UUID {
            switch self {
            case .volunteer(let id), .contact(let id): return id
            }
        }
    }

    /// One record that is due.
    public struct Item: Hashable, Sendable {
        public let record: Record
        public let name: String
        public let reason: Reason
        /// The day the rule's clock started: the status change, the last activity, the
        /// withdrawal, the day the contact was left linked to nothing.
        public let since: Day
        /// The day it became due.
        public let due: Day
        public let action: Action
    }

    public let today: Day
    /// Oldest due first, then by name (Danish order), then by id.
    public let items: [Item]

    public init(register: Register, today: Day) {
        self.today = today
        let rules = register.settings
        let activity = LastActivity(register)
        var found: [Item] = []
        for v in register.volunteers where !v.anonymised {
            if let item = Retention.due(Retention.candidates(v, rules: rules, activity: activity), today: today) {
                found.append(item)
            }
        }
        let linked = register.referencedContactIDs
        for c in register.contacts where !linked.contains(c.id) {
            guard let since = c.unlinkedSince else { continue }
            let item = Item(record: .contact(c.id), name: c.name, reason: .unlinkedContact, since: since,
                            due: since.adding(months: rules.eraseContactsMonths), action: .erase)
            if item.due <= today { found.append(item) }
        }
        items = found
            .map { (item: $0, key: SearchFold.sortKey($0.name), id: $0.record.id.orderKey) }
            .sorted { ($0.item.due, $0.key, $0.id) < ($1.item.due, $1.key, $1.id) }
            .map(\.item)
    }

    /// Every rule that applies to the volunteer, due or not.
    private static func candidates(_ v: Volunteer, rules: Settings, activity: LastActivity) -> [Item] {
        let never = v.status == .applicant || v.status == .declined
        let since = v.statusPeriods.last.flatMap { $0.status == v.status ? $0.from : nil }
            ?? StatusPeriod.legacy(status: v.status, statusChanged: v.statusChanged, startDate: v.startDate, created: v.created)[0].from
        let item = { (reason: Reason, since: Day, months: Int, action: Action) in
            Item(record: .volunteer(v.id), name: v.name, reason: reason, since: since, due: since.adding(months: months), action: action)
        }
        var out: [Item] = []
        if let withdrawn = v.consent.withdrawn {
            out.append(item(.consentWithdrawn, withdrawn, 0, never ? .erase : .anonymise))
        }
        switch v.status {
        case .stopped: out.append(item(.stopped, since, rules.anonymiseStoppedMonths, .anonymise))
        case .paused:
            out.append(item(.pausedInactive, max(since, activity.latest(of: v)), rules.anonymisePausedMonths, .anonymise))
        case .declined: out.append(item(.declined, since, rules.eraseDeclinedMonths, .erase))
        case .active, .applicant: break
        }
        return out
    }

    /// The rule to act on among those due today: the one due first.
    private static func due(_ candidates: [Item], today: Day) -> Item? {
        candidates.filter { $0.due <= today }.min { $0.due < $1.due }
    }
}

extension Retention {
    /// The latest day each volunteer showed any sign of life: an event they were listed
    /// at, a date on one of their agreements (start, review, end, a signature), or a
    /// save of their record (its `updated` day in UTC, so every process agrees).
    struct LastActivity {
        private var days: [UUID: Day] = [:]

        /// Gathered for paused volunteers only, the one rule that reads it.
        init(_ register: Register) {
            let paused = Set(register.volunteers.lazy.filter { $0.status == .paused && !$0.anonymised }.map(\.id))
            guard !paused.isEmpty else { return }
            for e in register.events {
                for id in e.attendeeIDs where paused.contains(id) { note(e.date, for: id) }
            }
            for a in register.agreements where paused.contains(a.volunteerID) {
                for day in [a.startDate, a.reviewDate, a.endDate, a.signedByVolunteer, a.signedByContact].compactMap({ $0 }) {
                    note(day, for: a.volunteerID)
                }
            }
        }

        private mutating func note(_ day: Day, for id: UUID) {
            if days[id].map({ $0 < day }) ?? true { days[id] = day }
        }

        func latest(of v: Volunteer) -> Day {
            let saved = Day(v.updated, timeZone: .utc)
            return days[v.id].map { max($0, saved) } ?? saved
        }
    }
}
