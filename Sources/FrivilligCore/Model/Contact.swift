import Foundation

/// Someone the coordinator works with who is not a volunteer: a staff contact person at a
/// workplace, an association's chair, a network's organiser.
public struct Contact: Codable, Hashable, Identifiable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case staff
        case association
        case other
    }

    public var id: UUID
    public var name: String
    public var kind: Kind
    public var organisation: String
    public var role: String
    public var phone: String
    public var email: String
    public var notes: String
    /// The day nothing referred to them any more (no workplace lists them, no agreement
    /// names them, and for an association's contact no volunteer is a member of their
    /// organisation); nil while something does (`Register.referencedContactIDs`). The retention rules erase a contact some
    /// months after it. Kept by the store at every save that can change what refers to
    /// contacts (`Register.keeping`), whatever the saved copy says.
    public var unlinkedSince: Day?
    /// Raised by every save (see `RevisionMerge`): a save made from an older revision is
    /// merged with what was saved since instead of silently undoing it.
    public var revision: Int = 0

    /// The JSON keys, one per stored field; `schema` describes each, and a test holds the
    /// two to each other.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, kind, organisation, role, phone, email, notes, unlinkedSince, revision
    }

    public init(
        id: UUID = UUID(), name: String, kind: Kind = .staff, organisation: String = "",
        role: String = "", phone: String = "", email: String = "", notes: String = ""
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.organisation = organisation
        self.role = role
        self.phone = phone
        self.email = email
        self.notes = notes
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(UUID.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        kind = try c.decode(Kind.self, forKey: .kind, default: .other)
        organisation = try c.decode(String.self, forKey: .organisation, default: "")
        role = try c.decode(String.self, forKey: .role, default: "")
        phone = try c.decode(String.self, forKey: .phone, default: "")
        email = try c.decode(String.self, forKey: .email, default: "")
        notes = try c.decode(String.self, forKey: .notes, default: "")
        unlinkedSince = try c.decodeIfPresent(Day.self, forKey: .unlinkedSince)
        revision = try c.decodeRevision(forKey: .revision)
    }
}
