/// When a volunteer can help: fixed weekdays plus free text ("not in school holidays").
public struct Availability: Codable, Hashable, Sendable {
    public var weekdays: [Weekday]
    public var note: String

    public init(weekdays: [Weekday] = [], note: String = "") {
        self.weekdays = weekdays
        self.note = note
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        weekdays = try c.decodeIfPresent([Weekday].self, forKey: .weekdays) ?? []
        note = try c.decodeIfPresent(String.self, forKey: .note) ?? ""
    }

    public var isEmpty: Bool { weekdays.isEmpty && note.isEmpty }
}
