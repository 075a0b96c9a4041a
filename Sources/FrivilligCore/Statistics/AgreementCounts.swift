import Foundation

/// Agreements by the status the app derives for them (`Agreement.status(on:)`) at the
/// end of the period, among those begun by then.
public struct AgreementCounts: Sendable {
    public let section: StatisticsSection

    public init(_ scope: StatisticsScope) {
        var ids: [AgreementStatus: [UUID]] = [:]
        for a in scope.agreements where a.startDate.map({ $0 <= scope.asOf }) ?? true {
            ids[a.status(on: scope.asOf), default: []].append(a.id)
        }
        section = StatisticsSection(.agreements, AgreementStatus.allCases.map {
            StatisticsCount(.agreementStatus($0), ids: ids[$0] ?? [], records: .agreements)
        })
    }
}
