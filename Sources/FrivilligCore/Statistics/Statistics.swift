import Dispatch
import Foundation

/// Every count of the statistics tab and the yearly report for one period and,
/// optionally, one workplace: pure values worked out once from a register, each count
/// with the ids behind it.
public struct Statistics: Sendable {
    public let scope: StatisticsScope
    /// The sections in the order the tab and the report show them.
    public let sections: [StatisticsSection]

    public init(register: Register, period: StatisticsPeriod, today: Day, workplaceID: UUID? = nil) {
        let scope = StatisticsScope(register: register, period: period, today: today, workplaceID: workplaceID)
        self.scope = scope
        let events = register.events
        // Each part only reads the scope, so the parts are counted on all cores at once
        // (`ParallelParts`). The child checks, the longest, come first; the last line
        // puts the sections back in the order they are shown.
        let parts: [@Sendable () -> [StatisticsSection]] = [
            { [AgreementCounts(scope).section, ChildCheckCounts(scope).section] },
            { let places = PlaceCounts(scope); return [StatusCounts(scope).section, places.workplaces, places.areas] },
            {
                let flow = MonthlyFlow(scope)
                return [MembershipCounts(scope).section, flow.new, flow.stopped, RetentionCounts(scope).section]
            },
            {
                let recognition = RecognitionCounts(scope, allEvents: events), tasks = TaskCounts(scope)
                return [recognition.byKind, recognition.byMonth, recognition.thanks, tasks.open, tasks.filled]
            },
        ]
        let counted = ParallelParts.run(parts)
        sections = [1, 2, 0, 3].flatMap { counted[$0] }
    }

    public func section(_ kind: StatisticsSection.Kind) -> StatisticsSection {
        sections.first { $0.kind == kind }!
    }
}
