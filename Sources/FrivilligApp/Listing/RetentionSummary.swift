import FrivilligCore

/// What carrying out rows of the retention list does, in counts: the preview a single
/// erasure shows per file would be a page per person. `frivillig retention --apply` and
/// the list's `X` dialog say the same.
public struct RetentionSummary {
    public let lines: [String]

    public init(_ items: [Retention.Item], register: Register, l10n: Localizer) {
        let volunteers = items.filter { if case .volunteer = $0.record { return true } else { return false } }
        let anonymise = volunteers.filter { $0.action == .anonymise }.count
        let erase = volunteers.count - anonymise
        let contacts = items.count - volunteers.count
        var out: [String] = []
        if anonymise > 0 { out.append(l10n(.retentionApplyAnonymise, l10n.count(.countVolunteers, anonymise))) }
        if erase > 0 { out.append(l10n(.retentionApplyErase, l10n.count(.countVolunteers, erase))) }
        if contacts > 0 { out.append(l10n(.retentionApplyErase, l10n.count(.countContacts, contacts))) }
        let relatives = volunteers.contains { item in
            guard let v = register.volunteer(item.record.id) else { return false }
            return !Store.relativeOf(Erasure(volunteer: v, agreementIDs: [], relatives: .keep), in: register).isEmpty
        }
        if relatives { out.append(l10n(.retentionApplyRelatives)) }
        lines = out
    }
}
