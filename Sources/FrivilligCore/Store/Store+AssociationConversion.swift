import Foundation

extension Store {
    /// Converts the free-text association names of the register just read
    /// (`AssociationConversion`) in memory, and notes which records differ from the disk
    /// so the next save stores them. A window or command that only reads sees the
    /// associations all the same and writes nothing.
    func convertAssociationsInMemory() {
        let changes = AssociationConversion(register).changes()
        guard !changes.isEmpty, let converted = try? register.applying(changes) else { return }
        register = converted
        for change in changes {
            if let id = change.putRecord?.id { unsavedConversion.insert(id) }
        }
    }

    /// `changes` with, before them, the records converted in memory and not yet on disk
    /// (as they are now, so they are made from the current revision) and, after them,
    /// the conversion of what they store: a membership typed as text in a form gets its
    /// record in the same journal append, under the same lock.
    func withAssociationsConverted(_ changes: [Change]) -> [Change] {
        var before: [Change] = []
        if !unsavedConversion.isEmpty {
            let ids = unsavedConversion
            before += register.associations.filter { ids.contains($0.id) }.map(Change.putAssociation)
            before += register.volunteers.filter { ids.contains($0.id) }.map(Change.putVolunteer)
        }
        var volunteers: [Volunteer] = [], contacts: [Contact] = []
        for change in changes {
            switch change {
            case .putVolunteer(let v): volunteers.append(v)
            case .putContact(let c): contacts.append(c)
            default: break
            }
        }
        let after = AssociationConversion(register).changes(volunteers: volunteers, contacts: contacts)
        return before + changes + after
    }
}
