/// The sender printed at the top of every welcome letter: the municipality's paper.
///
/// Kept with the register's settings (`Settings.letterhead`), so every copy of the
/// register prints the same sender. All texts are one line and may be empty; the letter
/// leaves out what is not set. A store written before the letterhead existed reads it as
/// empty, and one with an empty letterhead is written without it.
public struct Letterhead: Codable, Hashable, Sendable {
    /// "Aarhus Kommune".
    public var municipality: String
    /// "Sundhed og Omsorg, Frivillighed".
    public var department: String
    /// The volunteer coordinator who sends the letter.
    public var coordinator: String
    public var phone: String
    public var email: String
    /// The sender's postal address on one line: "Rådhuspladsen 2, 8000 Aarhus C".
    public var address: String
    /// The town the letter is dated in: "Aarhus, 02.12.2026".
    public var place: String

    public init(municipality: String = "", department: String = "", coordinator: String = "", phone: String = "",
                email: String = "", address: String = "", place: String = "") {
        self.municipality = municipality
        self.department = department
        self.coordinator = coordinator
        self.phone = phone
        self.email = email
        self.address = address
        self.place = place
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case address, coordinator, department, email, municipality, phone, place
    }

    /// A text missing from the file is empty.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) throws -> String { try c.decodeIfPresent(String.self, forKey: key) ?? "" }
        self.init(municipality: try text(.municipality), department: try text(.department), coordinator: try text(.coordinator),
                  phone: try text(.phone), email: try text(.email), address: try text(.address), place: try text(.place))
    }

    /// Whether nothing is set, so the letter has no sender block and the store no object.
    public var isEmpty: Bool { self == Letterhead() }

    /// One letterhead text, described once: its JSON key, the `frivillig settings`
    /// option (`--letterhead-municipality`) and the language files' label.
    public struct Spec: Sendable {
        public let key: String
        public let name: String
        public let label: String
        public let path: WritableKeyPath<Letterhead, String> & Sendable
    }

    /// Every letterhead text, in the order `frivillig settings` shows them.
    public static let schema: [Spec] = [
        Spec(key: "municipality", name: "letterhead-municipality", label: "settings.letterhead.municipality", path: \.municipality),
        Spec(key: "department", name: "letterhead-department", label: "settings.letterhead.department", path: \.department),
        Spec(key: "coordinator", name: "letterhead-coordinator", label: "settings.letterhead.coordinator", path: \.coordinator),
        Spec(key: "phone", name: "letterhead-phone", label: "settings.letterhead.phone", path: \.phone),
        Spec(key: "email", name: "letterhead-email", label: "settings.letterhead.email", path: \.email),
        Spec(key: "address", name: "letterhead-address", label: "settings.letterhead.address", path: \.address),
        Spec(key: "place", name: "letterhead-place", label: "settings.letterhead.place", path: \.place),
    ]
}
