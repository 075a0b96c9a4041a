import Foundation

/// A way the municipality said thank you (påskønnelse): a gathering, an excursion, a
/// volunteer Friday. Logging them is what lets the coordinator see who nobody has
/// thanked this year.
public struct RecognitionEvent: Codable, Hashable, Identifiable, Sendable {
    public var id: UUID
    public var date: Day
    public var kind: EventKind
    public var title: String
    public var description: String
    public var attendeeIDs: [UUID]
    /// Value of a gift per person in kroner, as text ("150 kr."), since tax rules care.
    public var giftValue: String
    public var notes: String
    /// Raised by every save (see `RevisionMerge`): a save made from an older revision is
    /// merged with what was saved since instead of silently undoing it.
    public var revision: Int = 0

    /// The JSON keys, one per stored field; `schema` describes each, and a test holds the
    /// two to each other.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, date, kind, title, description, attendeeIDs, giftValue, notes, revision
    }

    public init(
        id: UUID = UUID(), date: Day, kind: EventKind, title: String = "", description: String = "",
        attendeeIDs: [UUID] = [], giftValue: String = "", notes: String = ""
    ) {
        self.id = id
        self.date = date
        self.kind = kind
        self.title = title
        self.description = description
        self.attendeeIDs = attendeeIDs
        self.giftValue = giftValue
        self.notes = notes
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(UUID.self, forKey: .id)
        date = try c.decode(Day.self, forKey: .date)
        kind = try c.decode(EventKind.self, forKey: .kind)
        title = try c.decode(String.self, forKey: .title, default: "")
        description = try c.decode(String.self, forKey: .description, default: "")
        attendeeIDs = try c.decode([UUID].self, forKey: .attendeeIDs, default: [])
        giftValue = try c.decode(String.self, forKey: .giftValue, default: "")
        notes = try c.decode(String.self, forKey: .notes, default: "")
        revision = try c.decodeRevision(forKey: .revision)
    }
}
