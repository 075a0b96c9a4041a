import Foundation
import FrivilligCore

/// "Who should I ask?" from a task: the ranked volunteers as a pushed list, where the
/// marked ones (or the selected one) are recorded as asked or put on the task.
extension AppState {
    /// `m` on a task: its ranking, best suited first.
    mutating func openRanking() {
        guard case .task(let id)? = currentDetail?.ref ?? currentList?.selectedRef,
              let rows = RankingRows(taskID: id, register: register) else { return }
        var list = ListScreen(ranking: rows, title: l10n(.rankingTitle, rows.title))
        list.viewport.height = listBodyHeight - RankingRows.reasonHeight
        list.refresh(context)
        stack.append(.list(list))
    }

    /// `s` and `t` on a ranking: saves that the marked volunteers, in rank order (else
    /// the selected one), were asked today or now take the task, as `frivillig match
    /// --ask/--assign` does; the ranking is worked out again once it is saved.
    mutating func recordFromRanking(assigning: Bool) -> [Effect] {
        guard let list = currentList, let rows = list.ranking else { return [] }
        let marked = (list.fixed ?? []).filter(list.marked.contains)
        let ranks = rows.ranks(of: marked.isEmpty ? list.selectedRef.map { [$0] } ?? [] : marked)
        guard !ranks.isEmpty, let changes = rows.ranking
            .changes(asking: assigning ? [] : ranks, assigning: assigning ? ranks : [], on: today, in: register) else { return [] }
        afterCommit = .markedDone(l10n.count(assigning ? .rankingAssigned : .rankingAsked, ranks.count))
        return [.commit(changes)]
    }
}
