import FrivilligCore

extension OverviewScreen {
    /// The overview's lines about personal data, below the others: consent, what is due
    /// to be anonymised or erased (`Retention`, withdrawn consents included), and access
    /// requests with the first deadline, red when fewer than `AccessRequest.urgentDays`
    /// days are left or one has passed.
    static func privacyItems(_ p: Attention.Privacy, retention: Retention, today: Day, l10n: Localizer, reasons why: ReasonColumns) -> [Item] {
        let people: ([AccessRequest]) -> [RecordRef] = { $0.compactMap { $0.volunteerID.map(RecordRef.volunteer) } }
        let first = p.accessRequestsOpen.first
        let openTitle = first.map { l10n(.overviewAccessOpenFirst, l10n.date($0.deadline), l10n.accessState($0, today: today)) }
            ?? l10n(.overviewAccessOpen)
        return [
            Item(title: l10n(.overviewConsentMissing), kind: .volunteers, refs: p.consentMissing.map { .volunteer($0.id) },
                 reason: why.consentMissing(p.consentMissing)),
            Item(title: l10n(.overviewRetention), kind: .retention, refs: retention.items.map { RecordRef($0.record) }),
            Item(title: openTitle, kind: .volunteers, refs: people(p.accessRequestsOpen), count: p.accessRequestsOpen.count,
                 isUrgent: first?.isUrgent(on: today) ?? false, reason: why.accessDeadlines(p.accessRequestsOpen)),
            Item(title: l10n(.overviewAccessOverdue), kind: .volunteers, refs: people(p.accessRequestsOverdue),
                 count: p.accessRequestsOverdue.count, isUrgent: !p.accessRequestsOverdue.isEmpty,
                 reason: why.accessDeadlines(p.accessRequestsOverdue)),
        ]
    }
}

extension RecordRef {
    /// The row of a record on the retention list.
    init(_ record: Retention.Record) {
        switch record {
        case .volunteer(let id): self = .volunteer(id)
        case .contact(let id): self = .contact(id)
        }
    }
}
