import Foundation

extension TaskRanking {
    /// The changes that record, on `day`, that the candidates at `asked` (ranks from 1)
    /// were asked about the task and that those at `assigned` take it: an ask is kept
    /// on the volunteer (their history shows it, and the ranking reads it); an assigned
    /// volunteer joins the task, which is filled once it has as many as it wants. Nil
    /// when a rank is not in the ranking.
    public func changes(asking asked: [Int], assigning assigned: [Int], on day: Day, in register: Register) -> [Change]? {
        let ranks = Set(asked + assigned)
        guard ranks.allSatisfy({ $0 >= 1 && $0 <= candidates.count }) else { return nil }
        var out: [Change] = []
        for rank in Set(asked).sorted() {
            guard var v = register.volunteer(candidates[rank - 1].volunteerID) else { return nil }
            v.asked.append(TaskAsk(taskID: task.id, day: day))
            out.append(.putVolunteer(v))
        }
        let joining = Set(assigned).sorted().map { candidates[$0 - 1].volunteerID }
        if !joining.isEmpty {
            var t = task
            t.volunteerIDs += joining.filter { !t.volunteerIDs.contains($0) }
            if t.status == .open, t.volunteerIDs.count >= t.wanted { t.status = .filled }
            out.append(.putTask(t))
        }
        return out
    }
}
