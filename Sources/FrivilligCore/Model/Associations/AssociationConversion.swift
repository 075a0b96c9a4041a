import Foundation

/// Turns the free-text association names of older stores (a volunteer's
/// `membership.name`, an association contact's `organisation`) into association
/// records, and links them: each member's membership points to its record, each such
/// contact becomes one of its contact persons. No text is lost: the membership keeps the
/// name as written.
///
/// The changes are the same whoever computes them (ids from `AssociationName`), and
/// none are left once applied, so the store can run it at every load (in memory, for a
/// window that only reads) and at every save (on disk, under the lock, in the same
/// journal append as the save).
public struct AssociationConversion {
    private let register: Register

    public init(_ register: Register) {
        self.register = register
    }

    /// The changes that convert the whole register; empty once it is converted.
    public func changes() -> [Change] {
        changes(volunteers: register.volunteers, contacts: register.contacts)
    }

    /// The changes for these records only (those a save is storing), against the
    /// associations the register has: for each name, the record with its derived id,
    /// else one of the same compared name entered by hand, else a new one. A contact
    /// already the contact person of any association is left where it is.
    public func changes(volunteers: some Sequence<Volunteer>, contacts: some Sequence<Contact>) -> [Change] {
        var members: [AssociationName: [Volunteer]] = [:]
        var order: [AssociationName] = []
        for v in volunteers where v.membership.kind != .individual && v.membership.associationID == nil {
            let name = AssociationName(v.membership.name)
            guard !name.isEmpty else { continue }
            if members[name] == nil { order.append(name) }
            members[name, default: []].append(v)
        }
        var persons: [AssociationName: [Contact]] = [:]
        let linked = Set(register.associations.lazy.flatMap(\.contactIDs))
        for c in contacts where c.kind == .association && !linked.contains(c.id) {
            let name = AssociationName(c.organisation)
            guard !name.isEmpty else { continue }
            if members[name] == nil, persons[name] == nil { order.append(name) }
            persons[name, default: []].append(c)
        }
        guard !order.isEmpty else { return [] }
        let byName = Dictionary(register.associations.map { (AssociationName($0.name), $0) }, uniquingKeysWith: { first, _ in first })
        let byID = Dictionary(register.associations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var out: [Change] = []
        for name in order {
            let joining = members[name] ?? []
            let contacts = persons[name] ?? []
            var record = byID[name.recordID] ?? byName[name] ?? Association(
                id: name.recordID, name: Self.spelling(joining.isEmpty ? contacts.map(\.organisation) : joining.map(\.membership.name)),
                kind: Self.kind(joining.map(\.membership.kind)))
            let before = record
            for c in contacts where !record.contactIDs.contains(c.id) { record.contactIDs.append(c.id) }
            if record != before || byID[record.id] == nil { out.append(.putAssociation(record)) }
            for var v in joining {
                v.membership.associationID = record.id
                out.append(.putVolunteer(v))
            }
        }
        return out
    }

    /// The spelling most members used (the contacts' when it has no members yet),
    /// trimmed; on a tie the one met first.
    static func spelling(_ names: [String]) -> String {
        var counts: [String: Int] = [:]
        var first: [String] = []
        for raw in names {
            let name = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if counts[name] == nil { first.append(name) }
            counts[name, default: 0] += 1
        }
        return first.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && first.firstIndex(of: $0)! > first.firstIndex(of: $1)!) } ?? ""
    }

    /// A network when most members said network, else an association.
    static func kind(_ kinds: [Membership.Kind]) -> Association.Kind {
        kinds.filter { $0 == .network }.count * 2 > kinds.count ? .network : .association
    }
}
