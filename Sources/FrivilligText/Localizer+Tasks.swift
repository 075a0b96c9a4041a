import FrivilligCore

extension Localizer {
    public func taskStatus(_ status: TaskStatus) -> String {
        switch status {
        case .open: return self(.taskStatusOpen)
        case .filled: return self(.taskStatusFilled)
        case .closed: return self(.taskStatusClosed)
        }
    }

    public func associationKind(_ kind: Association.Kind) -> String {
        kind == .network ? self(.associationKindNetwork) : self(.associationKindAssociation)
    }

    public func partOfDay(_ part: PartOfDay) -> String {
        language == .da ? part.danishName : part.rawValue
    }

    /// A task's time in a few words: "tir, tor formiddag · 01.05.2027–31.08.2027", or "løbende".
    public func taskTime(_ time: TaskTime) -> String {
        var parts: [String] = []
        if time.ongoing { parts.append(self(.taskTimeOngoing)) }
        let days = time.weekdays.sorted().map(weekday).joined(separator: ", ")
        let dayParts = time.partsOfDay.sorted().map(partOfDay).joined(separator: ", ")
        let when = [days, dayParts].filter { !$0.isEmpty }.joined(separator: " ")
        if !when.isEmpty { parts.append(when) }
        if time.from != nil || time.until != nil { parts.append("\(date(time.from))–\(date(time.until))") }
        return parts.joined(separator: " · ")
    }

    /// One ranking reason in words: "kan højtlæsning", "tiden passer", "aldrig spurgt".
    public func matchReason(_ reason: MatchReason) -> String {
        switch reason {
        case .skills(let skills): return self(.matchSkills, skills.joined(separator: ", "))
        case .noSkills: return self(.matchNoSkills)
        case .timeFits: return self(.matchTimeFits)
        case .timeDoesNotFit: return self(.matchTimeDoesNotFit)
        case .timeUnknown: return self(.matchTimeUnknown)
        case .anyTime: return self(.matchAnyTime)
        case .atWorkplace: return self(.matchAtWorkplace)
        case .tasks(let n): return n == 0 ? self(.matchNoTasks) : count(.matchTasks, n)
        case .lastAsked(let day): return day.map { self(.matchLastAsked, date($0)) } ?? self(.matchNeverAsked)
        case .lastThanked(let day): return day.map { self(.matchLastThanked, date($0)) } ?? self(.matchNeverThanked)
        }
    }
}
