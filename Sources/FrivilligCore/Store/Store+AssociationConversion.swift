import Foundation

extension Store {
    /// Converts the free-text association names of the register just read
    /// (`AssociationConversion`) in memory, and notes which records differ from the disk
    /// so the next save stores them. A window or command that only reads sees the
    /// associations all the same and writes nothing.
    func convertAssociationsInMemory() {
        convertInMemory(AssociationConversion(register).changes())
    }

    /// The same for the records another program just saved (a catch-up), as they now
    /// are in the register: the rest was converted when it was read, so a commit does
    /// not go over every volunteer again.
    func convertAssociationsInMemory(after read: some Sequence<Change>) {
        let people = Self.people(in: read)
        guard !people.volunteers.isEmpty || !people.contacts.isEmpty else { return }
        let volunteers = Set(people.volunteers.map(\.id)), contacts = Set(people.contacts.map(\.id))
        convertInMemory(AssociationConversion(register).changes(
            volunteers: register.volunteers.lazy.filter { volunteers.contains($0.id) },
            contacts: register.contacts.lazy.filter { contacts.contains($0.id) }))
    }

    private func convertInMemory(_ changes: [Change]) {
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
        let people = Self.people(in: changes)
        let after = AssociationConversion(register).changes(volunteers: people.volunteers, contacts: people.contacts)
        return before + changes + after
    }

    /// The volunteers and contacts that `changes` put: the records whose names can ask
    /// for an association record.
    private static func people(in changes: some Sequence<Change>) -> (volunteers: [Volunteer], contacts: [Contact]) {
        var volunteers: [Volunteer] = [], contacts: [Contact] = []
        for change in changes {
            switch change {
            case .putVolunteer(let v): volunteers.append(v)
            case .putContact(let c): contacts.append(c)
            default: break
            }
        }
        return (volunteers, contacts)
    }
}
