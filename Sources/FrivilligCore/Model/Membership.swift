import Foundation

/// How a volunteer is organised (Randers-rammen §9): on their own, or through an
/// association (forening) or a network (netværk) that the municipality also talks to.
public struct Membership: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case individual
        case association
        case network
    }

    public var kind: Kind
    /// The association's or network's name as the coordinator wrote it; empty for
    /// individuals. Kept after the conversion to association records, so no text is lost
    /// and a record deleted later leaves the name behind.
    public var name: String
    /// The association record the membership points to (`Register.associations`); nil for
    /// individuals and for a store not yet converted (`AssociationConversion`).
    public var associationID: UUID?

    public init(kind: Kind = .individual, name: String = "", associationID: UUID? = nil) {
        self.kind = kind
        self.name = name
        self.associationID = associationID
    }

    public static let individual = Membership()

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decodeIfPresent(Kind.self, forKey: .kind) ?? .individual
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? ""
        associationID = try c.decodeIfPresent(UUID.self, forKey: .associationID)
    }
}
