import Foundation

/// "Who should I ask?": the active volunteers ranked for one task, each with reasons.
///
/// The order is a plain one a coordinator can check by eye, each rule breaking the ties
/// of the one before: more of the task's skills (compared Danish-aware, so
/// "højtlæsning" matches "Højtlæsning"); the time fits, then not said, then does not
/// fit; already helping at the workplace; fewer tasks already; asked least recently
/// (never first, as coordinators share the asking around); then by name (its UTF-8
/// bytes, which is quick and keeps a tie's order stable), and by id for the same name.
/// Paused, stopped, applicant, declined and anonymised volunteers, and those already on
/// the task, are left out. The CLI's `match` and the TUI's ranking both show this order.
///
/// Ranking 10,000 volunteers takes one pass over them that keeps a few numbers each and
/// a sort of small entries (`SortEntry`); a candidate's name, skills and reasons are made
/// when `candidates` is read.
public struct TaskRanking: Sendable {
    public let task: VolunteerTask
    public let candidates: TaskCandidates

    public init(_ task: VolunteerTask, in register: Register) {
        self.task = task
        let volunteers = register.volunteers
        var skills = SkillMatcher(task.skills)
        let taskCounts = Self.taskCounts(register.tasks)
        let thanked = Self.lastThanked(register.events, volunteers: volunteers.count)
        var assigned = IDTable<Bool>(capacity: task.volunteerIDs.count)
        for id in task.volunteerIDs { assigned.update(id) { _ in true } }
        let timed = TimeFit.isFixed(task.time), place = task.workplaceID?.words
        var rows: [TaskCandidates.Row] = [], entries: [SortEntry] = [], matched: [Int32] = []
        rows.reserveCapacity(volunteers.count)
        entries.reserveCapacity(volunteers.count)
        var clamped = false
        for (index, v) in volunteers.enumerated() where v.status == .active && !v.anonymised {
            let id = v.id
            guard assigned[id] == nil else { continue }
            let start = matched.count
            let skillCount = skills.match(v, into: &matched)
            var lastAsked: Int?
            for ask in v.asked {
                let day = ask.day.ordinal
                lastAsked = max(lastAsked ?? day, day)
            }
            let row = TaskCandidates.Row(
                volunteer: Int32(index), skillsStart: Int32(start), skillCount: Int32(skillCount),
                time: timed ? TimeFit(task.time, v.availability) : .any,
                atWorkplace: place.map { p in v.workplaceIDs.contains { $0.words == p } } ?? false,
                taskCount: taskCounts[id] ?? 0, lastAsked: lastAsked, lastThanked: thanked[id])
            let (entry, over) = Self.entry(row, at: rows.count, name: v.name, id: id)
            clamped = clamped || over
            entries.append(entry)
            rows.append(row)
        }
        candidates = TaskCandidates(
            volunteers: volunteers, rows: Self.sorted(entries, rows, clamped: clamped, volunteers),
            matched: matched, spellings: skills.spellings)
    }

    /// How many open or filled tasks each volunteer has.
    private static func taskCounts(_ tasks: [VolunteerTask]) -> IDTable<Int> {
        var out = IDTable<Int>()
        for t in tasks where t.status != .closed {
            for id in t.volunteerIDs { out.update(id) { ($0 ?? 0) + 1 } }
        }
        return out
    }

    /// The day of each volunteer's last recognition event, as an ordinal.
    private static func lastThanked(_ events: [RecognitionEvent], volunteers: Int) -> IDTable<Int> {
        var out = IDTable<Int>(capacity: min(events.reduce(0) { $0 + $1.attendeeIDs.count }, volunteers))
        for e in events {
            let day = e.date.ordinal
            for id in e.attendeeIDs { out.update(id) { max($0 ?? day, day) } }
        }
        return out
    }

    /// How the task's time meets a volunteer's availability. An empty part of the day,
    /// on either side, is any part.
    public static func time(_ task: TaskTime, _ availability: Availability) -> MatchReason {
        TimeFit(task, availability).reason
    }
}
