import Foundation

/// "Who should I ask?": the active volunteers ranked for one task, each with reasons.
///
/// The order is a plain one a coordinator can check by eye, each rule breaking the ties
/// of the one before: more of the task's skills (compared Danish-aware, so
/// "højtlæsning" matches "Højtlæsning"); the time fits, then not said, then does not
/// fit; already helping at the workplace; fewer tasks already; asked least recently
/// (never first, as coordinators share the asking around); then by name (its UTF-8
/// bytes, which is quick and keeps a tie's order stable). Paused,
/// stopped, applicant, declined and anonymised volunteers, and those already on the
/// task, are left out. The CLI's `match` and the TUI's ranking both show this order.
public struct TaskRanking {
    public let task: VolunteerTask
    public let candidates: [TaskCandidate]

    public init(_ task: VolunteerTask, in register: Register) {
        self.task = task
        let wanted = task.skills.map { (spelling: $0, fold: SearchFold.plain($0.trimmingWhitespace)) }.filter { !$0.fold.isEmpty }
        var taskCounts: [UUID: Int] = [:]
        for t in register.tasks where t.status != .closed {
            for id in t.volunteerIDs { taskCounts[id, default: 0] += 1 }
        }
        var thanked: [UUID: Day] = [:]
        for e in register.events {
            for id in e.attendeeIDs where thanked[id].map({ $0 < e.date }) ?? true { thanked[id] = e.date }
        }
        let assigned = Set(task.volunteerIDs)
        // Volunteers share most of their skill words, so each distinct spelling is folded once.
        var folded: [String: String] = [:]
        let fold = { (text: String) -> String in
            if let known = folded[text] { return known }
            let made = SearchFold.plain(text.trimmingWhitespace)
            folded[text] = made
            return made
        }
        var out: [TaskCandidate] = []
        for v in register.volunteers where v.status == .active && !v.anonymised && !assigned.contains(v.id) {
            var have: [String] = []
            if !wanted.isEmpty {
                for skill in wanted where v.skills.contains(where: { fold($0) == skill.fold }) || v.interests.contains(where: { fold($0) == skill.fold }) {
                    have.append(skill.spelling)
                }
            }
            out.append(TaskCandidate(
                volunteerID: v.id, name: v.name, skills: have, time: Self.time(task.time, v.availability),
                atWorkplace: task.workplaceID.map(v.workplaceIDs.contains) ?? false,
                taskCount: taskCounts[v.id] ?? 0, lastAsked: v.asked.map(\.day).max(), lastThanked: thanked[v.id]))
        }
        out.sort(by: Self.before)
        candidates = out
    }

    /// Whether `a` ranks above `b`.
    static func before(_ a: TaskCandidate, _ b: TaskCandidate) -> Bool {
        if a.skills.count != b.skills.count { return a.skills.count > b.skills.count }
        if rank(a.time) != rank(b.time) { return rank(a.time) < rank(b.time) }
        if a.atWorkplace != b.atWorkplace { return a.atWorkplace }
        if a.taskCount != b.taskCount { return a.taskCount < b.taskCount }
        if a.lastAsked != b.lastAsked {
            guard let x = a.lastAsked else { return true }
            guard let y = b.lastAsked else { return false }
            return x < y
        }
        if a.name != b.name { return a.name.utf8.lexicographicallyPrecedes(b.name.utf8) }
        return a.volunteerID.orderKey < b.volunteerID.orderKey
    }

    private static func rank(_ time: MatchReason) -> Int {
        switch time {
        case .timeFits, .anyTime: return 0
        case .timeUnknown: return 1
        default: return 2
        }
    }

    /// How the task's time meets a volunteer's availability. An empty part of the day,
    /// on either side, is any part.
    public static func time(_ task: TaskTime, _ availability: Availability) -> MatchReason {
        guard !task.ongoing, !task.weekdays.isEmpty else { return .anyTime }
        guard !availability.weekdays.isEmpty else { return .timeUnknown }
        guard availability.weekdays.contains(where: task.weekdays.contains) else { return .timeDoesNotFit }
        guard !task.partsOfDay.isEmpty, !availability.partsOfDay.isEmpty else { return .timeFits }
        return availability.partsOfDay.contains(where: task.partsOfDay.contains) ? .timeFits : .timeDoesNotFit
    }
}
