import Foundation

/// Active volunteers on their own, through an association, or through a network.
public struct MembershipCounts: Sendable {
    public let section: StatisticsSection

    public init(_ scope: StatisticsScope) {
        var ids: [Membership.Kind: [UUID]] = [:]
        for v in scope.active { ids[v.membership.kind, default: []].append(v.id) }
        section = StatisticsSection(.membership, Membership.Kind.allCases.map {
            StatisticsCount(.membership($0), ids: ids[$0] ?? [], records: .volunteers)
        })
    }
}
