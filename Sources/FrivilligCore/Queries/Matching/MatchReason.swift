/// One reason a volunteer stands where they do in the ranking for a task, in words the
/// coordinator reads (`Localizer.matchReason`).
public enum MatchReason: Hashable, Sendable {
    /// The task's skills they have, as the task spells them.
    case skills([String])
    /// None of the task's skills.
    case noSkills
    /// Their weekdays and part of the day meet the task's.
    case timeFits
    /// Their availability and the task's time do not meet.
    case timeDoesNotFit
    /// They have not said when they can help.
    case timeUnknown
    /// The task has no fixed time (løbende, or no days given).
    case anyTime
    /// They already help at the task's workplace.
    case atWorkplace
    /// How many open or filled tasks they already have.
    case tasks(Int)
    /// When they were last asked about any task; nil: never.
    case lastAsked(Day?)
    /// When they last came to a recognition event; nil: never.
    case lastThanked(Day?)
}
