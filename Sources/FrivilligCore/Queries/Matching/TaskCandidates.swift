import Foundation

/// The candidates of a `TaskRanking` in their order, each made into a `TaskCandidate` when
/// it is read: the ranking keeps a few numbers per volunteer, so ranking 10,000 of them
/// does not build 10,000 names and skill lists that only the first screenful shows.
public struct TaskCandidates: RandomAccessCollection, Sendable {
    /// What the ranking found about one volunteer, in numbers.
    struct Row: Sendable {
        /// Their place in `volunteers`.
        var volunteer: Int32
        /// Where their task skills begin in `matched`, and how many there are.
        var skillsStart: Int32
        var skillCount: Int32
        var time: TimeFit
        var atWorkplace: Bool
        var taskCount: Int
        /// Day ordinals (`Day.ordinal`); nil: never.
        var lastAsked: Int?
        var lastThanked: Int?
    }

    /// The register's volunteers when the ranking was made.
    let volunteers: [Volunteer]
    /// In the ranking's order.
    let rows: [Row]
    /// Indices into `spellings`, a run of them for each row.
    let matched: [Int32]
    /// The task's skills as the task spells them.
    let spellings: [String]

    public var startIndex: Int { 0 }
    public var endIndex: Int { rows.count }

    /// The volunteer at `position`, without making the whole candidate: a screen keeps
    /// every ranked volunteer's id but words the reasons of the rows it draws.
    public func volunteerID(at position: Int) -> UUID {
        volunteers[Int(rows[position].volunteer)].id
    }

    public subscript(position: Int) -> TaskCandidate {
        let row = rows[position]
        let v = volunteers[Int(row.volunteer)]
        let start = Int(row.skillsStart)
        return TaskCandidate(
            volunteerID: v.id, name: v.name,
            skills: matched[start..<start + Int(row.skillCount)].map { spellings[Int($0)] },
            time: row.time.reason, atWorkplace: row.atWorkplace, taskCount: row.taskCount,
            lastAsked: row.lastAsked.map(Day.init(ordinal:)), lastThanked: row.lastThanked.map(Day.init(ordinal:)))
    }
}
