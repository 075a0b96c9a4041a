import Foundation

extension DemoGenerator.Run {
    /// Recognition events over the last two years, the first few within the last month.
    /// Attendees are drawn at random, so a good share of volunteers were not at anything
    /// in the last year, as the overview expects.
    mutating func events(count: Int, volunteers: [Volunteer]) -> [RecognitionEvent] {
        let kinds = EventKind.allCases
        return (0..<count).map { i in
            let date = today.adding(days: -random.int(0...(i < 3 ? 30 : 730)))
            let kind = i < kinds.count ? kinds[i] : random.pick(kinds)
            let title = kind == .gathering && date.month == 12
                ? Texts.christmasTitle : random.pick(Texts.eventTitles[kind] ?? [kind.danishName])
            return RecognitionEvent(
                id: random.uuid(), date: date, kind: kind, title: title,
                attendeeIDs: attendees(on: date, count: random.int(3...40), from: volunteers),
                giftValue: kind == .thanks || kind == .award ? random.pick(Texts.giftValues) : "")
        }
    }

    /// Up to `count` different volunteers who had started and not yet stopped on `date`
    /// (applicants and those declined never started);
    /// gives up after a bounded number of draws so a tiny register cannot stall it.
    private mutating func attendees(on date: Day, count: Int, from volunteers: [Volunteer]) -> [UUID] {
        guard !volunteers.isEmpty else { return [] }
        var chosen: [UUID] = []
        var seen = Set<Int>()
        for _ in 0..<(count * 8) where chosen.count < count {
            let i = random.int(0...volunteers.count - 1)
            let v = volunteers[i]
            guard !seen.contains(i), let start = v.startDate, start <= date else { continue }
            if v.status == .stopped, let stopped = v.statusChanged, stopped < date { continue }
            seen.insert(i)
            chosen.append(v.id)
        }
        return chosen
    }
}
