import Foundation

/// A volunteer in the ranking for a task, with what put them there.
///
/// Encoded as `frivillig match --json` writes each one: the time as a code a script can
/// test (`fits`, `any`, `unknown`, `does-not-fit`), the task count as `tasks`, and a day
/// they were never asked or thanked left out.
public struct TaskCandidate: Hashable, Sendable, Encodable {
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

    private enum CodingKeys: String, CodingKey {
        case volunteerID, name, skills, time, atWorkplace, taskCount = "tasks", lastAsked, lastThanked
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(volunteerID, forKey: .volunteerID)
        try c.encode(name, forKey: .name)
        try c.encode(skills, forKey: .skills)
        try c.encode(timeCode, forKey: .time)
        try c.encode(atWorkplace, forKey: .atWorkplace)
        try c.encode(taskCount, forKey: .taskCount)
        try c.encodeIfPresent(lastAsked, forKey: .lastAsked)
        try c.encodeIfPresent(lastThanked, forKey: .lastThanked)
    }

    private var timeCode: String {
        switch time {
        case .timeFits: return "fits"
        case .anyTime: return "any"
        case .timeUnknown: return "unknown"
        default: return "does-not-fit"
        }
    }
}
