import Foundation

/// Child-protection checks (børneattester) at the end of the period, by the overview's
/// rules (`Attention.ChildChecks`): active volunteers at a workplace with children whose
/// check counts (received), who lack one that is due (missing), and whose check is due
/// for renewal or overdue (due). One agreement per volunteer, as the overview lists them.
public struct ChildCheckCounts: Sendable {
    public enum State: String, CaseIterable, Hashable, Sendable {
        case received, missing, due
    }

    public let section: StatisticsSection

    public init(_ scope: StatisticsScope) {
        let register = scope.register
        let checks = Attention.ChildChecks(register: register, today: scope.asOf, items: Attention.AgreementItem.Lookup(register))
        let inScope = { (a: Agreement) in scope.workplaceID == nil || a.workplaceID == scope.workplaceID }
        let ids = { (items: [Attention.AgreementItem]) in items.map(\.agreement).filter(inScope).map(\.id) }
        section = StatisticsSection(.childChecks, [
            StatisticsCount(.childCheck(.received), ids: ChildCheckCounts.received(register, on: scope.asOf).filter(inScope).map(\.id), records: .agreements),
            StatisticsCount(.childCheck(.missing), ids: ids(checks.missing), records: .agreements),
            StatisticsCount(.childCheck(.due), ids: ids(checks.renewalDue + checks.renewalOverdue), records: .agreements),
        ])
    }

    /// For each active volunteer at a workplace with children whose check counts, their
    /// first such agreement not ended on `day`, in register order.
    private static func received(_ register: Register, on day: Day) -> [Agreement] {
        let childPlaces = Set(register.workplaces.filter(\.worksWithChildren).map(\.id))
        let active = Set(register.volunteers.filter { $0.status == .active }.map(\.id))
        let periods = Dictionary(register.volunteers.filter { $0.status == .active }.map { ($0.id, $0.statusPeriods) },
                                 uniquingKeysWith: { a, _ in a })
        var byVolunteer: [UUID: [Agreement]] = [:]
        for a in register.agreements where active.contains(a.volunteerID) { byVolunteer[a.volunteerID, default: []].append(a) }
        var out: [Agreement] = []
        var done = Set<UUID>()
        for a in register.agreements where !done.contains(a.volunteerID) {
            guard let all = byVolunteer[a.volunteerID],
                  a.workplaceID.map(childPlaces.contains) == true, a.status(on: day) != .ended,
                  Attention.ChildChecks.countingCheck(all, periods: periods[a.volunteerID] ?? [], settings: register.settings) != nil else { continue }
            done.insert(a.volunteerID)
            out.append(a)
        }
        return out
    }
}
