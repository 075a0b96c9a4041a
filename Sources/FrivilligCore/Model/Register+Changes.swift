import Foundation

extension Register {
    /// Applies a change, keeping references whole: deleting a volunteer deletes their
    /// agreements and removes them from attendee lists and tasks and from nothing else;
    /// deleting a workplace, contact or association that is still referenced (an
    /// association by its members, whose names would otherwise make it again) is
    /// refused; deleting a task takes it from the asks kept on volunteers.
    public mutating func apply(_ change: Change) throws(RegisterError) {
        switch change {
        case .putVolunteer(let v): Register.put(v, into: &volunteers)
        case .putContact(let c): Register.put(c, into: &contacts)
        case .putWorkplace(let w): Register.put(w, into: &workplaces)
        case .putAgreement(let a): Register.put(a, into: &agreements)
        case .putEvent(let e): Register.put(e, into: &events)
        case .putAccessRequest(let r): Register.put(r, into: &accessRequests)
        case .putTask(let r): Register.put(r, into: &tasks)
        case .putAssociation(let r): Register.put(r, into: &associations)
        case .deleteTask(let id):
            guard tasks.contains(where: { $0.id == id }) else { throw .notFound(id) }
            tasks.removeAll { $0.id == id }
            for i in volunteers.indices where volunteers[i].asked.contains(where: { $0.taskID == id }) {
                volunteers[i].asked.removeAll { $0.taskID == id }
            }
        case .deleteAssociation(let id):
            guard associations.contains(where: { $0.id == id }) else { throw .notFound(id) }
            let members = references(toAssociation: id)
            guard members.isEmpty else { throw .stillReferenced(members) }
            associations.removeAll { $0.id == id }
        case .deleteAccessRequest(let id):
            guard accessRequests.contains(where: { $0.id == id }) else { throw .notFound(id) }
            accessRequests.removeAll { $0.id == id }
        case .deleteVolunteer(let id):
            guard volunteers.contains(where: { $0.id == id }) else { throw .notFound(id) }
            volunteers.removeAll { $0.id == id }
            agreements.removeAll { $0.volunteerID == id }
            for i in events.indices where events[i].attendeeIDs.contains(id) {
                events[i].attendeeIDs.removeAll { $0 == id }
            }
            for i in tasks.indices where tasks[i].volunteerIDs.contains(id) {
                tasks[i].volunteerIDs.removeAll { $0 == id }
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
        case .putSettings(let s): settings = s
        }
    }

    /// A copy with the changes applied, or the first error; the original is untouched.
    public func applying(_ changes: [Change]) throws(RegisterError) -> Register {
        var copy = self
        do {
            try copy.apply(all: changes)
        } catch {
            throw error.error
        }
        return copy
    }

    /// Applies many changes (an import, a journal replayed) with the records found by id
    /// in a table built once, instead of a search of the whole list per put: an import of
    /// 100,000 rows into 100,000 volunteers is then linear, not quadratic. A delete keeps
    /// its one-by-one rule (references, cascades) and the tables are built again after it.
    /// On an error, `offset` says which change failed.
    public mutating func apply(all changes: some Collection<Change>) throws(RegisterBatchError) {
        guard changes.count > 16 else {
            for (offset, change) in changes.enumerated() {
                do { try apply(change) } catch { throw RegisterBatchError(offset: offset, error: error) }
            }
            return
        }
        var positions = PutPositions()
        for (offset, change) in changes.enumerated() {
            switch change {
            case .putVolunteer(let r): positions.put(r, into: &volunteers, \.volunteers)
            case .putContact(let r): positions.put(r, into: &contacts, \.contacts)
            case .putWorkplace(let r): positions.put(r, into: &workplaces, \.workplaces)
            case .putAgreement(let r): positions.put(r, into: &agreements, \.agreements)
            case .putEvent(let r): positions.put(r, into: &events, \.events)
            case .putAccessRequest(let r): positions.put(r, into: &accessRequests, \.accessRequests)
            case .putTask(let r): positions.put(r, into: &tasks, \.tasks)
            case .putAssociation(let r): positions.put(r, into: &associations, \.associations)
            case .putSettings(let s): settings = s
            default:
                do { try apply(change) } catch { throw RegisterBatchError(offset: offset, error: error) }
                positions = PutPositions()
            }
        }
    }

    /// What `deleteVolunteer` would take with it, to show before the user confirms.
    public func deletionImpact(ofVolunteer id: UUID) -> VolunteerDeletionImpact {
        VolunteerDeletionImpact(
            agreements: agreements.filter { $0.volunteerID == id },
            events: events.filter { $0.attendeeIDs.contains(id) },
            tasks: tasks.filter { $0.volunteerIDs.contains(id) })
    }

    public func references(toWorkplace id: UUID) -> [Reference] {
        volunteers.filter { $0.workplaceIDs.contains(id) }.map { .volunteer($0.id, name: $0.name) }
            + agreements.filter { $0.workplaceID == id }.map { .agreement($0.id, volunteerName: volunteerName($0.volunteerID)) }
            + tasks.filter { $0.workplaceID == id }.map { .task($0.id, title: $0.title) }
    }

    /// The members that keep an association from being deleted.
    public func references(toAssociation id: UUID) -> [Reference] {
        volunteers.filter { $0.membership.associationID == id }.map { .volunteer($0.id, name: $0.name) }
    }

    public func references(toContact id: UUID) -> [Reference] {
        workplaces.filter { $0.contactIDs.contains(id) }.map { .workplace($0.id, name: $0.name) }
            + agreements.filter { $0.contactID == id }.map { .agreement($0.id, volunteerName: volunteerName($0.volunteerID)) }
            + tasks.filter { $0.contactID == id }.map { .task($0.id, title: $0.title) }
            + associations.filter { $0.contactIDs.contains(id) }.map { .association($0.id, name: $0.name) }
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

/// Which change of a batch failed, and why.
public struct RegisterBatchError: Error, Equatable {
    public let offset: Int
    public let error: RegisterError
}

/// Where each record stands in its list, by id, built the first time a put of its kind
/// needs it and kept up to date as puts append.
private struct PutPositions {
    var volunteers: [UUID: Int]?
    var contacts: [UUID: Int]?
    var workplaces: [UUID: Int]?
    var agreements: [UUID: Int]?
    var events: [UUID: Int]?
    var accessRequests: [UUID: Int]?
    var tasks: [UUID: Int]?
    var associations: [UUID: Int]?

    mutating func put<T: Identifiable>(_ item: T, into list: inout [T], _ table: WritableKeyPath<PutPositions, [UUID: Int]?>) where T.ID == UUID {
        if self[keyPath: table] == nil {
            self[keyPath: table] = Dictionary(list.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        if let i = self[keyPath: table]![item.id] {
            list[i] = item
        } else {
            self[keyPath: table]![item.id] = list.count
            list.append(item)
        }
    }
}
