import Foundation

/// One bar of the statistics: what it counts, the number, and the ids of the records
/// behind it, so the tab can list them and a test can check them.
public struct StatisticsCount: Hashable, Sendable {
    public let label: StatisticsLabel
    /// The number shown; the number of `ids` except for attendances, where one volunteer
    /// at two events counts twice.
    public let value: Int
    /// The records behind the count, of `records`' kind, in register order.
    public let ids: [UUID]
    public let records: StatisticsRecords

    public init(_ label: StatisticsLabel, ids: [UUID], records: StatisticsRecords, value: Int? = nil) {
        self.label = label
        self.ids = ids
        self.records = records
        self.value = value ?? ids.count
    }
}

/// The kind of record a count's ids name.
public enum StatisticsRecords: Hashable, Sendable {
    case volunteers, agreements, events, tasks
}
