/// How a volunteer is organised (Randers-rammen §9): on their own, or through an
/// association (forening) or a network (netværk) that the municipality also talks to.
public struct Membership: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case individual
        case association
        case network
    }

    public var kind: Kind
    /// The association's or network's name; empty for individuals.
    public var name: String

    public init(kind: Kind = .individual, name: String = "") {
        self.kind = kind
        self.name = name
    }

    public static let individual = Membership()

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decodeIfPresent(Kind.self, forKey: .kind) ?? .individual
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? ""
    }
}
