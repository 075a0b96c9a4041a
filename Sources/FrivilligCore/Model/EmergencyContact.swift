/// A relative (pårørende) to call when something happens to a volunteer.
///
/// Kept inside the volunteer because the contact means nothing on its own and must be
/// erased together with the volunteer.
public struct EmergencyContact: Codable, Hashable, Sendable {
    public var name: String
    public var relation: String
    public var phone: String

    public init(name: String, relation: String = "", phone: String) {
        self.name = name
        self.relation = relation
        self.phone = phone
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        relation = try c.decodeIfPresent(String.self, forKey: .relation) ?? ""
        phone = try c.decode(String.self, forKey: .phone)
    }
}
