import FrivilligCore

extension Localizer {
    /// Who asked, or a mark that they were erased.
    public func accessPerson(_ r: AccessRequest) -> String {
        r.name.isEmpty ? self(.accessErasedPerson) : r.name
    }

    /// "5 dage tilbage", "3 dage over fristen" or "besvaret 01.12.2026".
    public func accessState(_ r: AccessRequest, today: Day) -> String {
        if let answered = r.answered { return self(.accessAnsweredOn, date(answered)) }
        let left = r.daysLeft(on: today)
        return left >= 0 ? count(.accessDaysLeft, left) : count(.accessDaysOver, -left)
    }

    /// One request on one line: id, person, received, deadline, state and any extension.
    public func accessLine(_ r: AccessRequest, today: Day) -> String {
        let line = self(.accessLine, r.shortID, accessPerson(r), date(r.received), date(r.deadline), accessState(r, today: today))
        return r.isExtended ? line + "  " + self(.accessExtended, r.extensionReason) : line
    }
}
