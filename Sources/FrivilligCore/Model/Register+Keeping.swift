import Foundation

extension Register {
    /// A commit's changes as the store keeps them, applied to this register (the one on
    /// disk): every volunteer put with its status date and periods following its status
    /// (`Volunteer.keepingStatusPeriods`), and every contact's `unlinkedSince` true to
    /// what refers to it after the commit. The one place these fields are written, so a
    /// form, an import and every command get the same, and the journal records the
    /// result (a reader replays it and need not know the day it was saved).
    ///
    /// A contact whose state changes without a put of its own in the commit (a workplace
    /// no longer lists them) gets a put of its own, at its next revision. Only commits
    /// that can change what refers to a contact look at contacts (`referencedContactIDs`),
    /// so an ordinary save of a volunteer costs no pass over the agreements; such a
    /// commit also dates the contacts a store from before this field holds unlinked.
    public func keeping(_ changes: [Change], on today: Day) -> [Change] {
        let (kept, membershipChanged) = keepingStatusPeriods(changes, on: today)
        var out = kept
        guard membershipChanged || out.contains(where: \.canChangeWhatRefersToContacts),
              let after = try? applying(out) else { return out }
        let linked = after.referencedContactIDs
        let stored = Dictionary(contacts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var lastPut: [UUID: Int] = [:]
        for (i, change) in out.enumerated() {
            if case .putContact(let c) = change { lastPut[c.id] = i }
        }
        for contact in after.contacts {
            let wanted = linked.contains(contact.id) ? nil : stored[contact.id]?.unlinkedSince ?? today
            guard contact.unlinkedSince != wanted else { continue }
            if let i = lastPut[contact.id], case .putContact(var put) = out[i] {
                put.unlinkedSince = wanted
                out[i] = .putContact(put)
            } else {
                var put = contact
                put.unlinkedSince = wanted
                put.revision += 1
                out.append(.putContact(put))
            }
        }
        return out
    }

    /// The changes with each volunteer put's status periods kept, over the record as
    /// this register or an earlier put of the same commit has it; and whether a put
    /// changes the association a volunteer is a member of, which an association's
    /// contact is linked by.
    private func keepingStatusPeriods(_ changes: [Change], on today: Day) -> ([Change], membershipChanged: Bool) {
        guard changes.contains(where: { if case .putVolunteer = $0 { return true } else { return false } }) else { return (changes, false) }
        let byID = changes.count > 16
            ? Dictionary(volunteers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }) : nil
        var earlier: [UUID: Volunteer?] = [:]
        var membershipChanged = false
        var out = changes
        for (i, change) in changes.enumerated() {
            switch change {
            case .putVolunteer(let v):
                let stored: Volunteer?
                if let known = earlier[v.id] {
                    stored = known
                } else if let byID {
                    stored = byID[v.id]
                } else {
                    stored = volunteer(v.id)
                }
                let kept = v.keepingStatusPeriods(from: stored, on: today)
                if kept.membership != (stored?.membership ?? .individual) { membershipChanged = true }
                out[i] = .putVolunteer(kept)
                earlier[v.id] = .some(kept)
            case .deleteVolunteer(let id):
                earlier[id] = .some(nil)
            default:
                break
            }
        }
        return (out, membershipChanged)
    }

    /// The contacts something refers to: a workplace lists them, an agreement names
    /// them, or, for an association's contact, a volunteer is a member of the
    /// organisation they represent (the same name, in any case).
    var referencedContactIDs: Set<UUID> {
        var ids = Set(agreements.compactMap(\.contactID))
        for w in workplaces { ids.formUnion(w.contactIDs) }
        ids.formUnion(tasks.compactMap(\.contactID))
        if !self.associations.isEmpty {
            let withMembers = Set(volunteers.lazy.compactMap(\.membership.associationID))
            for a in self.associations where withMembers.contains(a.id) { ids.formUnion(a.contactIDs) }
        }
        let associations = contacts.filter { $0.kind == .association && !$0.organisation.trimmingWhitespace.isEmpty }
        guard !associations.isEmpty else { return ids }
        let memberOf = Set(volunteers.lazy.map(\.membership.name).filter { !$0.isEmpty }.map { $0.trimmingWhitespace.lowercased() })
        for c in associations where memberOf.contains(c.organisation.trimmingWhitespace.lowercased()) { ids.insert(c.id) }
        return ids
    }
}

extension Change {
    /// Whether the change can make a contact referred to or no longer referred to: a
    /// contact, a workplace or an agreement saved or deleted, or a volunteer deleted
    /// (their agreements go with them).
    var canChangeWhatRefersToContacts: Bool {
        switch self {
        case .putContact, .deleteContact, .putWorkplace, .deleteWorkplace, .putAgreement, .deleteAgreement, .deleteVolunteer,
             .putTask, .deleteTask, .putAssociation, .deleteAssociation:
            return true
        case .putVolunteer, .putEvent, .deleteEvent, .putAccessRequest, .deleteAccessRequest, .putSettings:
            return false
        }
    }
}
