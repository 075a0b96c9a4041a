import Foundation
import FrivilligCore

/// The retention list (`Retention`) as people read it: a name, the reason, the day its
/// clock started, the day it became due and what is to be done. Shared by
/// `frivillig retention` and the list behind the overview's line, so both say the same.
public struct RetentionListing {
    public let retention: Retention
    public let l10n: Localizer

    public init(register: Register, today: Day, l10n: Localizer) {
        retention = Retention(register: register, today: today)
        self.l10n = l10n
    }

    public var headers: [String] {
        [l10n.field("name"), l10n(.retentionHeaderReason), l10n(.retentionHeaderSince), l10n(.retentionHeaderDue),
         l10n(.retentionHeaderAction)]
    }

    public func row(_ item: Retention.Item) -> [String] {
        [item.name, reason(item.reason), l10n.date(item.since), l10n.date(item.due), action(item.action)]
    }

    public func reason(_ reason: Retention.Reason) -> String {
        switch reason {
        case .consentWithdrawn: return l10n(.retentionReasonConsentWithdrawn)
        case .stopped: return l10n(.retentionReasonStopped)
        case .pausedInactive: return l10n(.retentionReasonPausedInactive)
        case .declined: return l10n(.retentionReasonDeclined)
        case .unlinkedContact: return l10n(.retentionReasonUnlinkedContact)
        }
    }

    public func action(_ action: Retention.Action) -> String {
        switch action {
        case .anonymise: return l10n(.retentionActionAnonymise)
        case .erase: return l10n(.retentionActionErase)
        }
    }
}
