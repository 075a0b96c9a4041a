import Foundation

/// An association (forening) or network (netværk) the municipality works with
/// (Randers §9, Frederikshavn): how to reach it, who its contact persons are, and
/// whether it has agreed to be listed in the municipality's public directory.
///
/// Its member volunteers are not kept here but on each volunteer's `membership`, which
/// points to the record.
public struct Association: Codable, Hashable, Identifiable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case association, network
    }

    public var id: UUID
    public var name: String
    public var kind: Kind
    /// The field it works in, e.g. "ældre", "idræt".
    public var area: String
    /// Its contact persons (`Register.contacts`).
    public var contactIDs: [UUID]
    public var phone: String
    public var email: String
    public var web: String
    public var address: String
    public var notes: String
    /// The day it agreed to be listed publicly; nil while it has not. Only listed
    /// associations go into the directory export.
    public var listedSince: Day?
    /// Raised by every save (see `RevisionMerge`): a save made from an older revision is
    /// merged with what was saved since instead of silently undoing it.
    public var revision: Int = 0

    /// The JSON keys, one per stored field; `schema` describes each, and a test holds the
    /// two to each other.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, kind, area, contactIDs, phone, email, web, address, notes, listedSince, revision
    }

    public init(
        id: UUID = UUID(), name: String, kind: Kind = .association, area: String = "", contactIDs: [UUID] = [],
        phone: String = "", email: String = "", web: String = "", address: String = "", notes: String = "",
        listedSince: Day? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.area = area
        self.contactIDs = contactIDs
        self.phone = phone
        self.email = email
        self.web = web
        self.address = address
        self.notes = notes
        self.listedSince = listedSince
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(UUID.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        kind = try c.decode(Kind.self, forKey: .kind, default: .association)
        area = try c.decode(String.self, forKey: .area, default: "")
        contactIDs = try c.decode([UUID].self, forKey: .contactIDs, default: [])
        phone = try c.decode(String.self, forKey: .phone, default: "")
        email = try c.decode(String.self, forKey: .email, default: "")
        web = try c.decode(String.self, forKey: .web, default: "")
        address = try c.decode(String.self, forKey: .address, default: "")
        notes = try c.decode(String.self, forKey: .notes, default: "")
        listedSince = try c.decodeIfPresent(Day.self, forKey: .listedSince)
        revision = try c.decodeRevision(forKey: .revision)
    }
}
