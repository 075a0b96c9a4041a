import Foundation
import FrivilligCore

/// What a list needs from the register to filter and draw rows, built once per register
/// version so typing a search does not refold every name.
struct ListContext {
    let listing: RecordListing
    /// Built when the volunteer list or a search first needs it, not before the first
    /// screen (the overview) is drawn: folding every name is the largest part of a start.
    private let lazyVolunteerIndex: LazyValue<VolunteerIndex>
    var volunteerIndex: VolunteerIndex { lazyVolunteerIndex.value }
    private let positions: [UUID: Int]
    private let workplaceVolunteers: [UUID: Int]
    private let associationMembers: [UUID: Int]
    /// The retention list's rows by record, worked out when that list is first drawn.
    private let lazyRetention: LazyValue<(listing: RetentionListing, items: [UUID: Retention.Item])>

    init(register: Register, l10n: Localizer, today: Day) {
        listing = RecordListing(register: register, l10n: l10n, today: today)
        lazyVolunteerIndex = LazyValue { VolunteerIndex(register) }
        var map = [UUID: Int](minimumCapacity: register.volunteers.count + register.contacts.count
            + register.workplaces.count + register.agreements.count + register.events.count
            + register.tasks.count + register.associations.count)
        for (i, v) in register.volunteers.enumerated() { map[v.id] = i }
        for (i, c) in register.contacts.enumerated() { map[c.id] = i }
        for (i, w) in register.workplaces.enumerated() { map[w.id] = i }
        for (i, a) in register.agreements.enumerated() { map[a.id] = i }
        for (i, e) in register.events.enumerated() { map[e.id] = i }
        for (i, t) in register.tasks.enumerated() { map[t.id] = i }
        for (i, a) in register.associations.enumerated() { map[a.id] = i }
        positions = map
        workplaceVolunteers = listing.volunteerCountsByWorkplace()
        associationMembers = listing.memberCountsByAssociation()
        lazyRetention = LazyValue {
            let retention = RetentionListing(register: register, today: today, l10n: l10n)
            return (retention, Dictionary(retention.retention.items.map { ($0.record.id, $0) }, uniquingKeysWith: { first, _ in first }))
        }
    }

    func headers(_ kind: ListKind) -> [String] {
        switch kind {
        case .volunteers: return listing.volunteerHeaders + [listing.l10n.field("workplaces"), listing.l10n.field("status-changed")]
        case .contacts: return listing.contactHeaders
        case .workplaces: return listing.workplaceHeaders
        case .agreements: return listing.agreementHeaders
        case .events: return listing.eventHeaders
        case .tasks: return listing.taskHeaders
        case .associations: return listing.associationHeaders
        case .retention: return lazyRetention.value.listing.headers
        case .ranking: return [listing.l10n(.matchHeaderRank), listing.l10n.field("name"), listing.l10n(.matchHeaderReasons), listing.l10n.field("phone")]
        }
    }

    var register: Register { listing.register }

    func exists(_ ref: RecordRef) -> Bool { positions[ref.id] != nil }

    func volunteer(_ id: UUID) -> Volunteer? { lookup(id, in: register.volunteers) }
    func contact(_ id: UUID) -> Contact? { lookup(id, in: register.contacts) }
    func workplace(_ id: UUID) -> Workplace? { lookup(id, in: register.workplaces) }
    func agreement(_ id: UUID) -> Agreement? { lookup(id, in: register.agreements) }
    func event(_ id: UUID) -> RecognitionEvent? { lookup(id, in: register.events) }
    func task(_ id: UUID) -> VolunteerTask? { lookup(id, in: register.tasks) }
    func association(_ id: UUID) -> Association? { lookup(id, in: register.associations) }
    func members(of association: UUID) -> Int { associationMembers[association, default: 0] }

    /// A record by id through the position map; the check guards against an id that is
    /// also used in another collection.
    private func lookup<T: Identifiable>(_ id: UUID, in records: [T]) -> T? where T.ID == UUID {
        guard let i = positions[id], records.indices.contains(i), records[i].id == id else { return nil }
        return records[i]
    }

    /// The cells of one row of a list of `kind`, made only for rows on screen; a
    /// volunteer's row has the workplaces and the status date after the columns
    /// `frivillig list` shows, for windows wide enough to show them.
    func row(_ ref: RecordRef, in kind: ListKind) -> [String] {
        if kind == .retention {
            let retention = lazyRetention.value
            return retention.items[ref.id].map(retention.listing.row) ?? []
        }
        switch ref {
        case .volunteer(let id):
            guard let v = volunteer(id) else { return [] }
            return listing.volunteerRow(v) + [v.workplaceIDs.compactMap { workplace($0)?.name }.joined(separator: ", "), listing.l10n.date(v.statusChanged)]
        case .contact(let id): return contact(id).map(listing.contactRow) ?? []
        case .workplace(let id):
            guard let w = workplace(id) else { return [] }
            return listing.workplaceRow(w, volunteers: workplaceVolunteers[id, default: 0])
        case .agreement(let id):
            guard let a = agreement(id) else { return [] }
            return listing.agreementRow(a, volunteer: volunteer(a.volunteerID)?.name ?? "?", workplace: a.workplaceID.flatMap(workplace)?.name ?? "")
        case .event(let id): return event(id).map(listing.eventRow) ?? []
        case .task(let id):
            guard let t = task(id) else { return [] }
            return listing.taskRow(t, workplace: t.workplaceID.flatMap(workplace)?.name ?? "")
        case .association(let id):
            guard let a = association(id) else { return [] }
            return listing.associationRow(a, members: members(of: id))
        }
    }

    /// Matching records in display order.
    func refs(_ kind: ListKind, _ query: SearchQuery) -> [RecordRef] {
        switch kind {
        case .volunteers:
            let all = listing.register.volunteers
            return volunteerIndex.search(query).map { .volunteer(all[$0].id) }
        case .contacts: return listing.contacts(query).records.map { .contact($0.id) }
        case .workplaces: return listing.workplaces(query).records.map { .workplace($0.id) }
        case .agreements: return listing.agreements(query).records.map { .agreement($0.id) }
        case .events: return listing.events(query).records.map { .event($0.id) }
        case .tasks: return listing.tasks(query).records.map { .task($0.id) }
        case .associations: return listing.associations(query).records.map { .association($0.id) }
        case .retention: return refs(.volunteers, query) + refs(.contacts, query)
        case .ranking: return refs(.volunteers, query)
        }
    }
}
