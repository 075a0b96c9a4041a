/// When a volunteer can help: fixed weekdays, the parts of the day, plus free text
/// ("not in school holidays").
public struct Availability: Codable, Hashable, Sendable {
    public var weekdays: [Weekday]
    /// Empty means any part of the day: records from before parts of the day existed
    /// read that way, and so does a volunteer who did not say.
    public var partsOfDay: [PartOfDay]
    public var note: String

    public init(weekdays: [Weekday] = [], partsOfDay: [PartOfDay] = [], note: String = "") {
        self.weekdays = weekdays
        self.partsOfDay = partsOfDay
        self.note = note
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        weekdays = try c.decodeIfPresent([Weekday].self, forKey: .weekdays) ?? []
        partsOfDay = try c.decodeIfPresent([PartOfDay].self, forKey: .partsOfDay) ?? []
        note = try c.decodeIfPresent(String.self, forKey: .note) ?? ""
    }

    public var isEmpty: Bool { weekdays.isEmpty && partsOfDay.isEmpty && note.isEmpty }
}
