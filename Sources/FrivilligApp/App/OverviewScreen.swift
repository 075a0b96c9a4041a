import FrivilligCore
import TerminalUI

/// The Monday-morning screen: what needs attention, one line per kind with a count;
/// Enter opens the records behind a line.
public struct OverviewScreen: Sendable {
    /// One line of the overview and the records it counts.
    public struct Item: Sendable {
        public let title: String
        public let kind: ListKind
        public let refs: [RecordRef]
        /// What the count column shows when it is not the number of records behind the
        /// line (access requests from people not in the register have none).
        public var count: Int?
        /// Shown in red: a deadline is near or has passed.
        public var isUrgent = false
        /// The column the list behind the line shows to say why each record is on it.
        public var reason: ReasonColumn?
    }

    public let items: [Item]
    public var viewport: ListViewport

    var selectedItem: Item? { viewport.isEmpty ? nil : items[viewport.selected] }

    init(register: Register, today: Day, l10n: Localizer, keeping previous: OverviewScreen? = nil) {
        let a = Attention(register: register, today: today)
        let agreements: ([Attention.AgreementItem]) -> [RecordRef] = { $0.map { .agreement($0.agreement.id) } }
        let volunteers: ([Volunteer]) -> [RecordRef] = { $0.map { .volunteer($0.id) } }
        let why = ReasonColumns(register: register, today: today, l10n: l10n)
        let checks = a.childChecks
        items = [
            Item(title: l10n(.overviewUnsigned), kind: .agreements, refs: agreements(a.unsigned), reason: why.unsigned(a.unsigned)),
            Item(title: l10n(.overviewReviewsDue, Attention.windowDays), kind: .agreements, refs: agreements(a.reviewsDue),
                 reason: why.reviews(a.reviewsDue)),
            Item(title: l10n(.overviewReviewsOverdue), kind: .agreements, refs: agreements(a.reviewsOverdue),
                 reason: why.reviews(a.reviewsOverdue)),
            Item(title: l10n(.overviewChildChecks), kind: .agreements, refs: agreements(a.childChecksOutstanding),
                 reason: why.childCheckConsent(a.childChecksOutstanding)),
            Item(title: l10n(.overviewChildChecksChase, Attention.chaseAfterDays), kind: .agreements, refs: agreements(a.childChecksToChase),
                 reason: why.childCheckConsent(a.childChecksToChase)),
            Item(title: l10n(.overviewNoEmergencyContact), kind: .volunteers, refs: volunteers(a.withoutEmergencyContact)),
            Item(title: l10n(.overviewNotThanked, Attention.thanksMonths), kind: .volunteers, refs: volunteers(a.notThanked),
                 reason: why.lastRecognised(a.notThanked)),
            Item(title: l10n(.overviewAnniversaries, Attention.windowDays), kind: .volunteers, refs: a.anniversaries.map { .volunteer($0.volunteer.id) },
                 reason: why.anniversaries(a.anniversaries)),
            Item(title: l10n(.overviewRecentEvents, Attention.windowDays), kind: .events, refs: a.recentEvents.map { .event($0.id) }),
        ] + [
            Item(title: l10n(.overviewChildCheckMissing, Attention.ChildChecks.aheadDays), kind: .agreements,
                 refs: agreements(checks.missing), reason: why.childCheckStart(checks.missing)),
            Item(title: l10n(.overviewChildCheckRenewalDue, Attention.ChildChecks.renewalWindowDays), kind: .agreements,
                 refs: agreements(checks.renewalDue), reason: why.renewals(checks.renewalDue)),
            Item(title: l10n(.overviewChildCheckRenewalOverdue), kind: .agreements, refs: agreements(checks.renewalOverdue),
                 reason: why.renewals(checks.renewalOverdue)),
        ] + OverviewScreen.privacyItems(a.privacy, retention: a.retention, today: today, l10n: l10n, reasons: why) + [
            Item(title: l10n(.overviewOpenTasksWithoutVolunteers), kind: .tasks,
                 refs: register.tasks.filter(\.isOpenWithoutVolunteers).sorted { SearchFold.sortKey($0.title) < SearchFold.sortKey($1.title) }
                    .map { .task($0.id) }),
        ]
        viewport = ListViewport(count: items.count, height: previous?.viewport.height ?? 1, selected: previous?.viewport.selected ?? 0)
    }
}
