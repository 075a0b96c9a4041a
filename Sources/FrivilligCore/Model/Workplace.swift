import Foundation

/// A place where volunteers help (arbejdsplads / tilbud / institution). Each workplace
/// agrees its own boundary between staff tasks and volunteer tasks (Randers §6–8,
/// Hjørring), so its guidelines live here.
public struct Workplace: Codable, Hashable, Identifiable, Sendable {
    public var id: UUID
    public var name: String
    /// The field of work, e.g. "ældre", "børn", "handicap".
    public var area: String
    public var address: String
    public var contactIDs: [UUID]
    /// Local guidelines (retningslinjer) for volunteers at this place.
    public var guidelines: String
    /// Whether volunteers here move regularly among children under 15: an agreement here
    /// then needs a child-protection check (LBK nr. 362 af 2. april 2014).
    public var worksWithChildren: Bool
    /// Raised by every save (see `RevisionMerge`): a save made from an older revision is
    /// merged with what was saved since instead of silently undoing it.
    public var revision: Int = 0

    /// The JSON keys, one per stored field; `schema` describes each, and a test holds the
    /// two to each other.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, area, address, contactIDs, guidelines, worksWithChildren, revision
    }

    public init(
        id: UUID = UUID(), name: String, area: String = "", address: String = "",
        contactIDs: [UUID] = [], guidelines: String = "", worksWithChildren: Bool = false
    ) {
        self.id = id
        self.name = name
        self.area = area
        self.address = address
        self.contactIDs = contactIDs
        self.guidelines = guidelines
        self.worksWithChildren = worksWithChildren
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(UUID.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        area = try c.decode(String.self, forKey: .area, default: "")
        address = try c.decode(String.self, forKey: .address, default: "")
        contactIDs = try c.decode([UUID].self, forKey: .contactIDs, default: [])
        guidelines = try c.decode(String.self, forKey: .guidelines, default: "")
        worksWithChildren = try c.decode(Bool.self, forKey: .worksWithChildren, default: false)
        revision = try c.decodeRevision(forKey: .revision)
    }
}
