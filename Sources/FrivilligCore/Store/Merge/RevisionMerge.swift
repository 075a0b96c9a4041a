import Foundation

/// Turns a commit's changes into the changes the journal stores: each put gets the next
/// revision of its record, and a put made from an older revision than the one saved now
/// is merged field by field over the record's JSON keys instead of undoing what someone
/// else saved in between.
///
/// A field only this change touched takes its value; a field only the other save touched
/// keeps theirs; a field both changed to different values stops the commit with a
/// `RevisionConflict`. A put of a record deleted meanwhile (one the writer read, or of a
/// revision above 0, now gone) is refused the same way: a delete is newer than any revision.
///
/// A writer never conflicts with itself: when every revision since the one a put was made
/// from was saved by this store (`ownRevisions`), the older copy is the same writer going
/// on, and its values stand. A revision that went down (a restore, a repair) is merged
/// like any other difference, never taken as newer.
struct RevisionMerge {
    /// The register as it is on disk now.
    let current: Register
    /// The register the writer read before making its changes, for the values it started from.
    let base: Register
    /// The revisions of each record that this store saved.
    let ownRevisions: [UUID: Set<Int>]
    /// The ids the store's journal and history record a delete of, read the first time
    /// a put needs them.
    let deleted: DeleteScan
    /// Earlier revisions, for a put made from one the writer no longer has.
    let earlier: RevisionHistory

    func resolve(_ changes: [Change]) throws(RegisterError) -> [Change] {
        let indexed = changes.count > 8
        var working = Lookup(current, indexed: indexed)
        var bases = Lookup(base, indexed: indexed)
        var putHere: Set<UUID> = []
        var resolved: [Change] = []
        resolved.reserveCapacity(changes.count)
        for change in changes {
            let stored: Change
            let again = change.putRecord.map { !putHere.insert($0.id).inserted } ?? false
            switch change {
            case .putVolunteer(let r):
                stored = .putVolunteer(try resolve(r, working.volunteers[r.id], bases.volunteers[r.id], again) { .volunteer(r.id, name: r.name) })
            case .putContact(let r):
                stored = .putContact(try resolve(r, working.contacts[r.id], bases.contacts[r.id], again) { .contact(r.id, name: r.name) })
            case .putWorkplace(let r):
                stored = .putWorkplace(try resolve(r, working.workplaces[r.id], bases.workplaces[r.id], again) { .workplace(r.id, name: r.name) })
            case .putAgreement(let r):
                stored = .putAgreement(try resolve(r, working.agreements[r.id], bases.agreements[r.id], again) {
                    .agreement(r.id, volunteerName: current.volunteer(r.volunteerID)?.name ?? r.volunteerID.uuidString)
                })
            case .putEvent(let r):
                stored = .putEvent(try resolve(r, working.events[r.id], bases.events[r.id], again) { .event(r.id, title: r.title, date: r.date) })
            case .putAccessRequest(let r):
                stored = .putAccessRequest(try resolve(r, working.accessRequests[r.id], bases.accessRequests[r.id], again) {
                    .accessRequest(r.id, name: r.name, received: r.received)
                })
            case .putTask(let r):
                stored = .putTask(try resolve(r, working.tasks[r.id], bases.tasks[r.id], again) { .task(r.id, title: r.title) })
            case .putAssociation(let r):
                stored = .putAssociation(try resolve(r, working.associations[r.id], bases.associations[r.id], again) { .association(r.id, name: r.name) })
            default: stored = change
            }
            working.note(stored)
            resolved.append(stored)
        }
        return resolved
    }

    /// `mine` as it will be stored, over `now` (the record on disk, nil when there is none)
    /// and `base` (as the writer read it). `again`: an earlier put of the same commit
    /// stored this record, and this one builds on it.
    private func resolve<T: Revisioned>(_ mine: T, _ now: T?, _ base: T?, _ again: Bool,
                                        _ reference: () -> Reference) throws(RegisterError) -> T {
        var result = mine
        guard let now else {
            // Made from a record the writer read, or from a revision of one this store
            // deleted: deleted since, and a delete is newer than any revision. A revision
            // from another store (an export read into a new one) is a new record here.
            guard base == nil, mine.revision == 0 || !deleted.ids.contains(mine.id), !deleted.erased.contains(mine.id) else {
                throw .conflict(RevisionConflict(record: reference(), fields: [], keepingMine: nil, keepingTheirs: nil))
            }
            result.revision = 1
            return result
        }
        result.revision = max(now.revision, mine.revision) + 1
        guard !again, now.revision != mine.revision, !savedHere(now.id, since: mine.revision, upTo: now.revision) else { return result }
        let from: T? = base?.revision == mine.revision ? base : earlier.record(mine.id, revision: mine.revision)
        let merge = FieldMerge(mine: mine, theirs: now, base: from)
        let keepingMine = merge.record(preferring: .mine, revision: now.revision)
        guard merge.conflicts.isEmpty, var merged = keepingMine else {
            throw .conflict(RevisionConflict(
                record: reference(), fields: merge.conflicts, keepingMine: keepingMine.map(Change.init),
                keepingTheirs: merge.record(preferring: .theirs, revision: now.revision).map(Change.init)))
        }
        merged.revision = result.revision
        return merged
    }

    /// Whether every revision after `old` up to `new` is one this store saved: then the
    /// older copy is this writer's own, and nobody else's save lies in between.
    private func savedHere(_ id: UUID, since old: Int, upTo new: Int) -> Bool {
        guard new > old, let own = ownRevisions[id] else { return false }
        return (old + 1...new).allSatisfy(own.contains)
    }
}

extension Change {
    /// The put of a record of any kind.
    init<T: Revisioned>(_ record: T) {
        switch record {
        case let r as Volunteer: self = .putVolunteer(r)
        case let r as Contact: self = .putContact(r)
        case let r as Workplace: self = .putWorkplace(r)
        case let r as Agreement: self = .putAgreement(r)
        case let r as RecognitionEvent: self = .putEvent(r)
        case let r as AccessRequest: self = .putAccessRequest(r)
        case let r as VolunteerTask: self = .putTask(r)
        case let r as Association: self = .putAssociation(r)
        default: preconditionFailure("every Revisioned kind has a put")
        }
    }
}

/// The records of a register by id, built only for commits large enough to need it: a
/// save of one record looks it up in the list, an import of thousands does not.
private struct Lookup {
    var volunteers: Table<Volunteer>
    var contacts: Table<Contact>
    var workplaces: Table<Workplace>
    var agreements: Table<Agreement>
    var events: Table<RecognitionEvent>
    var accessRequests: Table<AccessRequest>
    var tasks: Table<VolunteerTask>
    var associations: Table<Association>

    init(_ r: Register, indexed: Bool) {
        volunteers = Table(r.volunteers, indexed: indexed)
        contacts = Table(r.contacts, indexed: indexed)
        workplaces = Table(r.workplaces, indexed: indexed)
        agreements = Table(r.agreements, indexed: indexed)
        events = Table(r.events, indexed: indexed)
        accessRequests = Table(r.accessRequests, indexed: indexed)
        tasks = Table(r.tasks, indexed: indexed)
        associations = Table(r.associations, indexed: indexed)
    }

    /// Records what an earlier change of the same commit stored, so a later put of the
    /// same record in that commit builds on it.
    mutating func note(_ change: Change) {
        switch change {
        case .putVolunteer(let r): volunteers.put(r)
        case .putContact(let r): contacts.put(r)
        case .putWorkplace(let r): workplaces.put(r)
        case .putAgreement(let r): agreements.put(r)
        case .putEvent(let r): events.put(r)
        case .putAccessRequest(let r): accessRequests.put(r)
        case .putTask(let r): tasks.put(r)
        case .putAssociation(let r): associations.put(r)
        default: break
        }
    }

    struct Table<T: Revisioned> {
        let list: [T]
        let indexed: Bool
        private var byID: [UUID: T]?
        private var added: [UUID: T] = [:]

        init(_ list: [T], indexed: Bool) {
            self.list = list
            self.indexed = indexed
        }

        subscript(id: UUID) -> T? {
            mutating get {
                if let r = added[id] { return r }
                if indexed, byID == nil { byID = Dictionary(list.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }) }
                if let byID { return byID[id] }
                return list.first { $0.id == id }
            }
        }

        mutating func put(_ r: T) { added[r.id] = r }
    }
}
