import ArgumentParser
import FrivilligCore
import Foundation

/// Whom `frivillig erase` is to erase: a volunteer, a contact, or a relative held only as
/// an emergency-contact entry on volunteers (a bare emergency contact).
enum ErasureTarget {
    case volunteer(Volunteer)
    case contact(Contact)
    /// The entry as one volunteer lists it, and every volunteer listing the same person.
    case relative(EmergencyContact, listedBy: [Volunteer])

    /// `--kind`: which of the three a query is to find.
    enum Kind: String, CaseIterable, ExpressibleByArgument {
        case volunteer, contact, relative
    }

    var kind: Kind {
        switch self {
        case .volunteer: return .volunteer
        case .contact: return .contact
        case .relative: return .relative
        }
    }

    var name: String {
        switch self {
        case .volunteer(let v): return v.name
        case .contact(let c): return c.name
        case .relative(let entry, _): return entry.name
        }
    }

    /// Every volunteer, contact and bare emergency contact `text` names (of `kind` only,
    /// when given): by id, or by their own name, e-mail or phone, never by a relative's
    /// name or a skill as the volunteer search also has it. Among several, one whose name
    /// is exactly the query is the one meant.
    static func candidates(_ text: String, kind: Kind?, in register: Register) -> [ErasureTarget] {
        let query = SearchQuery(text)
        var found: [ErasureTarget] = []
        if kind == nil || kind == .volunteer { found += volunteers(text, query, in: register).map(ErasureTarget.volunteer) }
        if kind == nil || kind == .contact { found += contacts(text, query, in: register).map(ErasureTarget.contact) }
        if kind == nil || kind == .relative { found += relatives(query, in: register) }
        let exact = found.filter { FoldedText($0.name).plain == query.plain || FoldedText($0.name).collapsed == query.collapsed }
        return found.count > 1 && exact.count == 1 ? exact : found
    }

    /// The volunteers `VolunteerResolver` finds, less those it found by other words than their own.
    private static func volunteers(_ text: String, _ query: SearchQuery, in register: Register) -> [Volunteer] {
        let hits: [Volunteer]
        switch VolunteerResolver(register).resolve(text) {
        case .found(let v): hits = [v]
        case .ambiguous(let all): hits = all
        case .none: hits = []
        }
        if hits.count == 1, hits[0].id.uuidString == text.trimmingCharacters(in: .whitespaces).uppercased() { return hits }
        return hits.filter { names(query, texts: [$0.name, $0.email], phones: $0.phones) }
    }

    private static func contacts(_ text: String, _ query: SearchQuery, in register: Register) -> [Contact] {
        if let id = UUID(uuidString: text.trimmingCharacters(in: .whitespaces)), let c = register.contact(id) { return [c] }
        return register.contacts.filter { names(query, texts: [$0.name, $0.email], phones: [$0.phone]) }
    }

    /// Whether the query is in one of the person's own texts or phones.
    private static func names(_ query: SearchQuery, texts: [String], phones: [String]) -> Bool {
        guard !query.isEmpty else { return false }
        if FoldedText(texts.joined(separator: "\n")).contains(query) { return true }
        guard let digits = query.phoneDigits, !digits.isEmpty else { return false }
        return phones.contains { Phone.searchDigits($0).contains(digits) }
    }

    /// The entries `text` names that are no volunteer or contact of the register (by
    /// phone, or by name where the entry has none), one target per person.
    private static func relatives(_ query: SearchQuery, in register: Register) -> [ErasureTarget] {
        guard !query.isEmpty else { return [] }
        let phones = Set(register.volunteers.flatMap(\.phones) + register.contacts.map(\.phone))
        let registered = Set((register.volunteers.map(\.name) + register.contacts.map(\.name)).map { FoldedText($0).plain })
        var order: [String] = []
        var people: [String: (entry: EmergencyContact, listedBy: [Volunteer])] = [:]
        for v in register.volunteers {
            for entry in v.emergencyContacts {
                let phone = Phone.normalise(entry.phone) ?? entry.phone.trimmingCharacters(in: .whitespaces)
                let name = FoldedText(entry.name).plain
                guard phone.isEmpty ? !registered.contains(name) : !phones.contains(phone) else { continue }
                guard names(query, texts: [entry.name], phones: [entry.phone]) else { continue }
                let key = name + "\n" + phone
                if people[key] == nil { order.append(key) }
                if people[key]?.listedBy.last?.id != v.id { people[key, default: (entry, [])].listedBy.append(v) }
            }
        }
        return order.compactMap { people[$0] }.map { ErasureTarget.relative($0.entry, listedBy: $0.listedBy) }
    }
}
