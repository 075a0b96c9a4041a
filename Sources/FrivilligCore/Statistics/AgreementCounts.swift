import Foundation

/// Agreements by the status the app derives for them (`Agreement.status(on:)`) at the
/// end of the period, among those begun by then.
public struct AgreementCounts: Sendable {
    public let section: StatisticsSection

    public init(_ scope: StatisticsScope) {
        // By position, not `for a in`: an agreement is a struct of many strings, and a
        // copy of each would retain and release every one of them.
        let agreements = scope.agreements, day = scope.asOf
        let statuses = AgreementStatus.allCases
        var ids = Array(repeating: [UUID](), count: statuses.count)
        for i in agreements.indices where agreements[i].startDate.map({ $0 <= day }) ?? true {
            ids[statuses.firstIndex(of: agreements[i].status(on: day))!].append(agreements[i].id)
        }
        section = StatisticsSection(.agreements, statuses.indices.map {
            StatisticsCount(.agreementStatus(statuses[$0]), ids: ids[$0], records: .agreements)
        })
    }
}
