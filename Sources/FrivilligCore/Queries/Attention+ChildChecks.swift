import Foundation

extension Attention {
    /// The child-protection rules (LBK nr. 362 af 2. april 2014, with the practice in
    /// shared/DANISH-RULES.md): who at a workplace with children under 15 lacks a check,
    /// and whose check is due for renewal. One line per volunteer, on the agreement at such
    /// a workplace the coordinator acts on.
    ///
    /// A volunteer's newest received check, on any of their agreements, counts for all of
    /// them. A return after a break (`Settings.returnGapMonths`) is read both from the
    /// status periods (active again more than the gap after they last stopped being
    /// active) and from the agreements, since status periods go back only to the version
    /// that began keeping them (an older record has one): the newest agreement starts more
    /// than the gap after every earlier one ended. A check then counts only if it was
    /// received after the break began.
    public struct ChildChecks: Sendable {
        /// How far ahead a start (or the trigger's deadline) puts a missing check on the list.
        public static let aheadDays = 14
        /// How far ahead a renewal is announced.
        public static let renewalWindowDays = 30

        /// Active volunteers with an agreement at a workplace with children whose check is
        /// due within `aheadDays` days or already was, and who have no check that counts;
        /// soonest deadline first.
        public let missing: [AgreementItem]
        /// Checks whose renewal falls from today to `renewalWindowDays` days ahead; soonest first.
        public let renewalDue: [AgreementItem]
        /// Checks whose renewal date has passed; longest overdue first.
        public let renewalOverdue: [AgreementItem]

        init(register: Register, today: Day, items: AgreementItem.Lookup) {
            let settings = register.settings
            let childPlaces = Set(register.workplaces.filter(\.worksWithChildren).map(\.id))
            let active = Set(register.volunteers.filter { $0.status == .active }.map(\.id))
            let periods = Dictionary(register.volunteers.filter { $0.status == .active }.map { ($0.id, $0.statusPeriods) },
                                     uniquingKeysWith: { a, _ in a })
            var byVolunteer: [UUID: [Agreement]] = [:]
            for a in register.agreements where active.contains(a.volunteerID) {
                byVolunteer[a.volunteerID, default: []].append(a)
            }
            var missing: [(AgreementItem, Day)] = [], due: [(AgreementItem, Day)] = [], overdue: [(AgreementItem, Day)] = []
            for (volunteer, agreements) in byVolunteer {
                let atChildren = agreements.filter {
                    $0.workplaceID.map(childPlaces.contains) == true && $0.status(on: today) != .ended
                }
                guard !atChildren.isEmpty else { continue }
                let check = ChildChecks.countingCheck(agreements, periods: periods[volunteer] ?? [], settings: settings)
                if let check {
                    let renewal = check.adding(years: settings.childCheckRenewalYears)
                    let item = items.item(ChildChecks.earliestStart(atChildren))
                    if renewal < today {
                        overdue.append((item, renewal))
                    } else if renewal <= today.adding(days: ChildChecks.renewalWindowDays) {
                        due.append((item, renewal))
                    }
                } else {
                    let deadlines = atChildren.map { ($0, ChildChecks.deadline($0, settings: settings, today: today)) }
                    let first = deadlines.min { ($0.1, $0.0.id.orderKey) < ($1.1, $1.0.id.orderKey) }!
                    if first.1 <= today.adding(days: ChildChecks.aheadDays) { missing.append((items.item(first.0), first.1)) }
                }
            }
            let byDay = { (list: [(AgreementItem, Day)]) -> [AgreementItem] in
                let days = Dictionary(list.map { ($0.0.agreement.id, $0.1.ordinal) }, uniquingKeysWith: { a, _ in a })
                return Attention.sorted(list.map(\.0)) { days[$0.agreement.id] ?? Int.max }
            }
            self.missing = byDay(missing)
            renewalDue = byDay(due)
            renewalOverdue = byDay(overdue)
        }

        /// The day a check counts from: the newest received on any of the volunteer's
        /// agreements, unless the volunteer came back after a longer break than the
        /// setting allows and it was received before the break began; nil for none. With
        /// `day` (the statistics of a past period), a check received later does not count.
        static func countingCheck(_ agreements: [Agreement], periods: [StatusPeriod], settings: Settings, asOf day: Day? = nil) -> Day? {
            guard let newest = agreements.compactMap(\.childCheck.received).filter({ day == nil || $0 <= day! }).max() else { return nil }
            let breaks = [returnBreak(agreements, settings: settings), statusBreak(periods, settings: settings)].compactMap { $0 }
            guard settings.returnNeedsNewCheck, let began = breaks.max() else { return newest }
            return newest > began ? newest : nil
        }

        /// The day the volunteer last stopped being active, when their current active
        /// period began more than `returnGapMonths` later (paused, stopped or anything else
        /// in between); nil when they are not active now or never had such a break.
        static func statusBreak(_ periods: [StatusPeriod], settings: Settings) -> Day? {
            let sorted = periods.sorted { $0.from < $1.from }
            guard let current = sorted.last, current.status == .active,
                  let previous = sorted.dropLast().lastIndex(where: { $0.status == .active }) else { return nil }
            let left = sorted[previous].to ?? sorted[previous + 1].from
            return current.from > left.adding(months: settings.returnGapMonths) ? left : nil
        }

        /// The end of the earlier engagement when the volunteer's newest agreement starts
        /// more than `returnGapMonths` after every other agreement ended; nil otherwise.
        static func returnBreak(_ agreements: [Agreement], settings: Settings) -> Day? {
            let started = agreements.filter { $0.startDate != nil }
            guard let newest = started.max(by: { ($0.startDate!, $0.id.orderKey) < ($1.startDate!, $1.id.orderKey) }),
                  let start = newest.startDate else { return nil }
            let earlier = agreements.filter { $0.id != newest.id }
            guard !earlier.isEmpty else { return nil }
            var lastEnd: Day?
            for a in earlier {
                guard let end = a.endDate, end < start else { return nil }
                lastEnd = max(lastEnd ?? end, end)
            }
            guard let lastEnd, start > lastEnd.adding(months: settings.returnGapMonths) else { return nil }
            return lastEnd
        }

        /// When the check is due: before the start of a regular attachment; otherwise
        /// `occasionalWithinWeeks` weeks after `occasionalAfterMonths` months from the start
        /// (the program cannot count the times served, so it takes the trigger as met). An
        /// agreement without a start date is taken as started.
        static func deadline(_ a: Agreement, settings: Settings, today: Day) -> Day {
            let start = a.startDate ?? today
            guard !a.regularAttachment else { return start }
            return start.adding(months: settings.occasionalAfterMonths).adding(days: 7 * settings.occasionalWithinWeeks)
        }

        private static func earliestStart(_ agreements: [Agreement]) -> Agreement {
            agreements.min { ($0.startDate?.ordinal ?? Int.min, $0.id.orderKey) < ($1.startDate?.ordinal ?? Int.min, $1.id.orderKey) }!
        }
    }
}
