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
    }

    public let items: [Item]
    public var viewport: ListViewport

    var selectedItem: Item? { viewport.isEmpty ? nil : items[viewport.selected] }

    init(register: Register, today: Day, l10n: Localizer, keeping previous: OverviewScreen? = nil) {
        let a = Attention(register: register, today: today)
        let agreements: ([Attention.AgreementItem]) -> [RecordRef] = { $0.map { .agreement($0.agreement.id) } }
        let volunteers: ([Volunteer]) -> [RecordRef] = { $0.map { .volunteer($0.id) } }
        items = [
            Item(title: l10n(.overviewUnsigned), kind: .agreements, refs: agreements(a.unsigned)),
            Item(title: l10n(.overviewReviewsDue, Attention.windowDays), kind: .agreements, refs: agreements(a.reviewsDue)),
            Item(title: l10n(.overviewReviewsOverdue), kind: .agreements, refs: agreements(a.reviewsOverdue)),
            Item(title: l10n(.overviewChildChecks), kind: .agreements, refs: agreements(a.childChecksOutstanding)),
            Item(title: l10n(.overviewChildChecksChase, Attention.chaseAfterDays), kind: .agreements, refs: agreements(a.childChecksToChase)),
            Item(title: l10n(.overviewNoEmergencyContact), kind: .volunteers, refs: volunteers(a.withoutEmergencyContact)),
            Item(title: l10n(.overviewNotThanked, Attention.thanksMonths), kind: .volunteers, refs: volunteers(a.notThanked)),
            Item(title: l10n(.overviewAnniversaries, Attention.windowDays), kind: .volunteers, refs: a.anniversaries.map { .volunteer($0.volunteer.id) }),
            Item(title: l10n(.overviewRecentEvents, Attention.windowDays), kind: .events, refs: a.recentEvents.map { .event($0.id) }),
        ] + [
            Item(title: l10n(.overviewChildCheckMissing, Attention.ChildChecks.aheadDays), kind: .agreements,
                 refs: agreements(a.childChecks.missing)),
            Item(title: l10n(.overviewChildCheckRenewalDue, Attention.ChildChecks.renewalWindowDays), kind: .agreements,
                 refs: agreements(a.childChecks.renewalDue)),
            Item(title: l10n(.overviewChildCheckRenewalOverdue), kind: .agreements, refs: agreements(a.childChecks.renewalOverdue)),
        ] + OverviewScreen.privacyItems(a.privacy, retention: a.retention, today: today, l10n: l10n)
        viewport = ListViewport(count: items.count, height: previous?.viewport.height ?? 1, selected: previous?.viewport.selected ?? 0)
    }
}
