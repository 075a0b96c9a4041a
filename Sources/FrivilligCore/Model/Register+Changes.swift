import Foundation

extension Register {
    /// Applies a change, keeping references whole: deleting a volunteer deletes their
    /// agreements and removes them from attendee lists and from nothing else; deleting a
    /// workplace or contact that is still referenced is refused.
    public mutating func apply(_ change: Change) throws(RegisterError) {
        switch change {
        case .putVolunteer(let v): Register.put(v, into: &volunteers)
        case .putContact(let c): Register.put(c, into: &contacts)
        case .putWorkplace(let w): Register.put(w, into: &workplaces)
        case .putAgreement(let a): Register.put(a, into: &agreements)
        case .putEvent(let e): Register.put(e, into: &events)
        case .deleteVolunteer(let id):
            guard volunteers.contains(where: { $0.id == id }) else { throw .notFound(id) }
            volunteers.removeAll { $0.id == id }
            agreements.removeAll { $0.volunteerID == id }
            for i in events.indices where events[i].attendeeIDs.contains(id) {
                events[i].attendeeIDs.removeAll { $0 == id }
            }
        case .deleteContact(let id):
            guard contacts.contains(where: { $0.id == id }) else { throw .notFound(id) }
            let refs = references(toContact: id)
            guard refs.isEmpty else { throw .stillReferenced(refs) }
            contacts.removeAll { $0.id == id }
        case .deleteWorkplace(let id):
            guard workplaces.contains(where: { $0.id == id }) else { throw .notFound(id) }
            let refs = references(toWorkplace: id)
            guard refs.isEmpty else { throw .stillReferenced(refs) }
            workplaces.removeAll { $0.id == id }
        case .deleteAgreement(let id):
            guard agreements.contains(where: { $0.id == id }) else { throw .notFound(id) }
            agreements.removeAll { $0.id == id }
        case .deleteEvent(let id):
            guard events.contains(where: { $0.id == id }) else { throw .notFound(id) }
            events.removeAll { $0.id == id }
        }
    }

    /// A copy with the changes applied, or the first error; the original is untouched.
    public func applying(_ changes: [Change]) throws(RegisterError) -> Register {
        var copy = self
        for change in changes { try copy.apply(change) }
        return copy
    }

    /// What `deleteVolunteer` would take with it, to show before the user confirms.
    public func deletionImpact(ofVolunteer id: UUID) -> VolunteerDeletionImpact {
        VolunteerDeletionImpact(
            agreements: agreements.filter { $0.volunteerID == id },
            events: events.filter { $0.attendeeIDs.contains(id) })
    }

    public func references(toWorkplace id: UUID) -> [Reference] {
        volunteers.filter { $0.workplaceIDs.contains(id) }.map { .volunteer($0.id, name: $0.name) }
            + agreements.filter { $0.workplaceID == id }.map { .agreement($0.id, volunteerName: volunteerName($0.volunteerID)) }
    }

    public func references(toContact id: UUID) -> [Reference] {
        workplaces.filter { $0.contactIDs.contains(id) }.map { .workplace($0.id, name: $0.name) }
            + agreements.filter { $0.contactID == id }.map { .agreement($0.id, volunteerName: volunteerName($0.volunteerID)) }
    }

    func volunteerName(_ id: UUID) -> String { volunteer(id)?.name ?? id.uuidString }

    private static func put<T: Identifiable>(_ item: T, into list: inout [T]) where T.ID == UUID {
        if let i = list.firstIndex(where: { $0.id == item.id }) {
            list[i] = item
        } else {
            list.append(item)
        }
    }
}
