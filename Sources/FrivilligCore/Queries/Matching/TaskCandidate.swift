import Foundation

/// A volunteer in the ranking for a task, with what put them there.
public struct TaskCandidate: Hashable, Sendable {
    public let volunteerID: UUID
    public let name: String
    /// The task's skills they have.
    public let skills: [String]
    public let time: MatchReason
    public let atWorkplace: Bool
    public let taskCount: Int
    public let lastAsked: Day?
    public let lastThanked: Day?

    /// The reasons in the order the ranking weighs them.
    public var reasons: [MatchReason] {
        [skills.isEmpty ? .noSkills : .skills(skills), time]
            + (atWorkplace ? [.atWorkplace] : [])
            + [.tasks(taskCount), .lastAsked(lastAsked), .lastThanked(lastThanked)]
    }
}
