import Foundation

/// Every count of the statistics tab and the yearly report for one period and,
/// optionally, one workplace: pure values worked out once from a register, each count
/// with the ids behind it. Tasks are not counted yet: the register has none.
public struct Statistics: Sendable {
    public let scope: StatisticsScope
    /// The sections in the order the tab and the report show them.
    public let sections: [StatisticsSection]

    public init(register: Register, period: StatisticsPeriod, today: Day, workplaceID: UUID? = nil) {
        let scope = StatisticsScope(register: register, period: period, today: today, workplaceID: workplaceID)
        self.scope = scope
        let flow = MonthlyFlow(scope)
        let recognition = RecognitionCounts(scope, allEvents: register.events)
        sections = [
            StatusCounts(scope).section, WorkplaceCounts(scope).section, AreaCounts(scope).section,
            MembershipCounts(scope).section, flow.new, flow.stopped, RetentionCounts(scope).section,
            AgreementCounts(scope).section, ChildCheckCounts(scope).section,
            recognition.byKind, recognition.byMonth, recognition.thanks,
        ]
    }

    public func section(_ kind: StatisticsSection.Kind) -> StatisticsSection {
        sections.first { $0.kind == kind }!
    }
}
