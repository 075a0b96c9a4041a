import Foundation

/// One section of the statistics: a heading's worth of counts, drawn as bars, or as a
/// sparkline when it is a series of months.
public struct StatisticsSection: Hashable, Sendable {
    /// Which section, for its heading and for pairing a year's with the year before's.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case status, workplaces, areas, membership, newPerMonth, stoppedPerMonth, retention
        case agreements, childChecks, eventsByKind, eventsPerMonth, thanks, openTasks, filledTasks

        /// True for the series of months, drawn as sparklines.
        public var isMonthly: Bool { self == .newPerMonth || self == .stoppedPerMonth || self == .eventsPerMonth }
    }

    public let kind: Kind
    public let counts: [StatisticsCount]

    public init(_ kind: Kind, _ counts: [StatisticsCount]) {
        self.kind = kind
        self.counts = counts
    }
}
