import FrivilligCore

extension OverviewScreen {
    /// The overview's lines about personal data, below the others.
    static func privacyItems(_ p: Attention.Privacy, l10n: Localizer) -> [Item] {
        [
            Item(title: l10n(.overviewConsentMissing), kind: .volunteers, refs: p.consentMissing.map { .volunteer($0.id) }),
            Item(title: l10n(.overviewConsentWithdrawn), kind: .volunteers, refs: p.consentWithdrawn.map { .volunteer($0.id) }),
        ]
    }
}
