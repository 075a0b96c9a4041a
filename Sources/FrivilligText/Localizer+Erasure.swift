import FrivilligCore

extension Localizer {
    /// The places an erasure reaches, one line each, only those the person occurs in.
    public func erasurePreview(_ p: ErasurePreview, name: String, relatives: Erasure.Relatives) -> [String] {
        var lines = [self(.erasePreviewTitle, name), self(.erasePreviewRecord)]
        if p.agreements > 0 { lines.append(self(.erasePreviewAgreements, count(.countAgreements, p.agreements))) }
        if p.eventsAttended > 0 { lines.append(self(.erasePreviewEvents, count(.countEvents, p.eventsAttended))) }
        return lines + relativeLine(p, relatives: relatives) + filePlaces(p)
    }

    /// The places erasing a contact reaches: the records that refer to them, then as
    /// for a volunteer.
    public func contactErasurePreview(_ p: ErasurePreview, name: String, relatives: Erasure.Relatives) -> [String] {
        var lines = [self(.eraseContactPreviewTitle, name), self(.eraseContactPreviewRecord)]
        if !p.contactOf.isEmpty { lines.append(self(.eraseContactPreviewWorkplaces, p.contactOf.joined(separator: ", "))) }
        if p.contactOnAgreements > 0 {
            lines.append(self(.eraseContactPreviewAgreements, count(.countAgreements, p.contactOnAgreements)))
        }
        return lines + relativeLine(p, relatives: relatives) + filePlaces(p)
    }

    /// The places erasing a bare emergency contact reaches: the volunteers listing them,
    /// then as for a volunteer.
    public func relativeErasurePreview(_ p: ErasurePreview, name: String) -> [String] {
        [self(.eraseRelativePreviewTitle, name), self(.eraseRelativePreviewEntries, p.relativeOf.joined(separator: ", "))]
            + filePlaces(p)
    }

    /// Where the person is another volunteer's emergency contact, and what becomes of it.
    private func relativeLine(_ p: ErasurePreview, relatives: Erasure.Relatives) -> [String] {
        guard !p.relativeOf.isEmpty else { return [] }
        return [self(relatives == .keep ? .erasePreviewRelativeKeep : .erasePreviewRelativeRemove, p.relativeOf.joined(separator: ", "))]
    }

    /// The other records' text and the files that hold the person, and the exports out of reach.
    private func filePlaces(_ p: ErasurePreview) -> [String] {
        var lines: [String] = []
        if p.mentionedIn > 0 { lines.append(count(.erasePreviewMentioned, p.mentionedIn)) }
        if p.journalLines > 0 { lines.append(self(.erasePreviewJournal, count(.countLines, p.journalLines))) }
        if p.historyLines > 0 { lines.append(self(.erasePreviewHistory, count(.countLines, p.historyLines))) }
        if p.backups > 0 { lines.append(self(.erasePreviewBackups, p.backups, p.backupsTotal)) }
        if p.inBak { lines.append(self(.erasePreviewBak)) }
        if p.inIndex { lines.append(self(.erasePreviewIndex)) }
        if p.damagedCopies > 0 { lines.append(self(.erasePreviewDamaged, p.damagedCopies)) }
        if !p.exports.isEmpty {
            lines.append(self(.erasePreviewExports))
            for e in p.exports { lines.append(self(.erasePreviewExport, dateTime(e.at), e.path)) }
        }
        lines.append(self(.erasePreviewOutside))
        return lines
    }

    /// What anonymising changes, then the files it reaches (the places of `p`).
    public func anonymisationPreview(_ p: ErasurePreview, name: String, label: String) -> [String] {
        var lines = [self(.anonymisePreviewTitle, name, label), self(.anonymisePreviewGoes), self(.anonymisePreviewStays)]
        if p.journalLines > 0 { lines.append(self(.erasePreviewJournal, count(.countLines, p.journalLines))) }
        if p.historyLines > 0 { lines.append(self(.erasePreviewHistory, count(.countLines, p.historyLines))) }
        if p.backups > 0 { lines.append(self(.erasePreviewBackups, p.backups, p.backupsTotal)) }
        if p.inBak { lines.append(self(.erasePreviewBak)) }
        if p.inIndex { lines.append(self(.erasePreviewIndex)) }
        if !p.exports.isEmpty {
            lines.append(self(.erasePreviewExports))
            for e in p.exports { lines.append(self(.erasePreviewExport, dateTime(e.at), e.path)) }
        }
        lines.append(self(.erasePreviewOutside))
        return lines
    }

    /// What an erasure is doing now, for its progress line.
    public func erasureStep(_ step: Store.ErasureStep) -> String {
        switch step {
        case .snapshot: return self(.eraseStepSnapshot)
        case .history: return self(.eraseStepHistory)
        case .backup(let done, let total): return self(.eraseStepBackup, done + 1, total)
        case .damagedCopies: return self(.eraseStepDamagedCopies)
        }
    }
}
