import Foundation

/// That a volunteer was asked about a task, and when: kept on the volunteer so the
/// ranking can put the people asked least recently first and their history shows it.
public struct TaskAsk: Codable, Hashable, Sendable {
    public var taskID: UUID
    public var day: Day

    public init(taskID: UUID, day: Day) {
        self.taskID = taskID
        self.day = day
    }
}
