import Foundation
import FrivilligCore

/// What a ranking list shows for one task: the candidates in `TaskRanking`'s order (the
/// order `frivillig match` prints), with the rank and the reasons of each. The reasons
/// are put into words only for the rows drawn, since a large register ranks thousands.
struct RankingRows: Sendable {
    let taskID: UUID
    let title: String
    let refs: [RecordRef]
    /// The ranking the rows show, which `s` and `t` act on.
    let ranking: TaskRanking
    private var candidates: TaskCandidates { ranking.candidates }
    private let positions: [UUID: Int]

    /// Nil when the task is gone.
    init?(taskID: UUID, register: Register) {
        guard let task = register.tasks.first(where: { $0.id == taskID }) else { return nil }
        self.taskID = taskID
        title = task.title
        ranking = TaskRanking(task, in: register)
        let candidates = ranking.candidates
        let ids = candidates.indices.map(candidates.volunteerID(at:))
        refs = ids.map { .volunteer($0) }
        positions = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The rank from 1, the name, the reasons and the phone of one row.
    func row(_ ref: RecordRef, phone: String, l10n: Localizer) -> [String] {
        guard let i = positions[ref.id] else { return [] }
        let c = candidates[i]
        return [String(i + 1), c.name, c.reasons.map(l10n.matchReason).joined(separator: "; "), phone]
    }

    /// The lines under a ranking's table that give the selected volunteer's reasons whole.
    static let reasonHeight = 3

    /// "Karen Møller: kan sang; tiden passer; …": one volunteer's reasons whole, for the
    /// line under the table, where the column cuts them.
    func reasonLine(_ ref: RecordRef, l10n: Localizer) -> String {
        guard let i = positions[ref.id] else { return "" }
        return "\(candidates[i].name): " + candidates[i].reasons.map(l10n.matchReason).joined(separator: "; ")
    }

    /// The ranks (from 1) of these volunteers, in rank order; those no longer ranked are left out.
    func ranks(of refs: [RecordRef]) -> [Int] {
        refs.compactMap { positions[$0.id].map { $0 + 1 } }.sorted()
    }
}
