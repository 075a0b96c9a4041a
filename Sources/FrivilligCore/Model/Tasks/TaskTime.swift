/// When a task needs someone: on weekdays and parts of the day, within a date range, or
/// on an ongoing basis (løbende). The parts combine: "Tuesday mornings from May to
/// August" is weekdays, a part of the day and a range.
public struct TaskTime: Codable, Hashable, Sendable {
    public var weekdays: [Weekday]
    /// Empty means any part of the day.
    public var partsOfDay: [PartOfDay]
    public var from: Day?
    public var until: Day?
    /// Ongoing (løbende): no fixed time; the ranking then counts every availability as fitting.
    public var ongoing: Bool

    public init(weekdays: [Weekday] = [], partsOfDay: [PartOfDay] = [], from: Day? = nil, until: Day? = nil, ongoing: Bool = false) {
        self.weekdays = weekdays
        self.partsOfDay = partsOfDay
        self.from = from
        self.until = until
        self.ongoing = ongoing
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        weekdays = try c.decodeIfPresent([Weekday].self, forKey: .weekdays) ?? []
        partsOfDay = try c.decodeIfPresent([PartOfDay].self, forKey: .partsOfDay) ?? []
        from = try c.decodeIfPresent(Day.self, forKey: .from)
        until = try c.decodeIfPresent(Day.self, forKey: .until)
        ongoing = try c.decodeIfPresent(Bool.self, forKey: .ongoing) ?? false
    }

    public var isEmpty: Bool { weekdays.isEmpty && partsOfDay.isEmpty && from == nil && until == nil && !ongoing }
}
