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
        // Each part only reads the scope, so the parts are counted on all the machine's
        // cores at once: the tab opens in about half the time on two. A part's position
        // is where its sections go; the longest part (the child checks) starts first so
        // that no thread is left with it at the end.
        let parts: [(position: Int, count: @Sendable () -> [StatisticsSection])] = [
            (2, { [AgreementCounts(scope).section, ChildCheckCounts(scope).section] }),
            (0, { let places = PlaceCounts(scope); return [StatusCounts(scope).section, places.workplaces, places.areas] }),
            (1, {
                let flow = MonthlyFlow(scope)
                return [MembershipCounts(scope).section, flow.new, flow.stopped, RetentionCounts(scope).section]
            }),
            (3, {
                let recognition = RecognitionCounts(scope, allEvents: events), tasks = TaskCounts(scope)
                return [recognition.byKind, recognition.byMonth, recognition.thanks, tasks.open, tasks.filled]
            }),
        ]
        let results = PartResults(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { results.store(parts[$0].count(), at: parts[$0].position) }
        sections = results.inOrder.flatMap { $0 }
    }

    public func section(_ kind: StatisticsSection.Kind) -> StatisticsSection {
        sections.first { $0.kind == kind }!
    }
}

/// The sections of each part as the threads finish them, kept by the part's position.
private final class PartResults: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [[StatisticsSection]]

    init(count: Int) { parts = Array(repeating: [], count: count) }

    func store(_ sections: [StatisticsSection], at index: Int) {
        lock.lock()
        parts[index] = sections
        lock.unlock()
    }

    var inOrder: [[StatisticsSection]] {
        lock.lock()
        defer { lock.unlock() }
        return parts
    }
}
