import Foundation
import FrivilligCore

/// The statistics tab: the counts of `Statistics` for a period and maybe one workplace,
/// as lines of bars and sparklines; one bar or sparkline is selected, and Enter lists
/// the records behind it. Worked out when the tab is first shown, not at start-up.
public struct StatisticsScreen: Sendable {
    var choice: StatisticsPeriodChoice
    /// The workplace filter; nil for all.
    var workplaceID: UUID?
    public private(set) var statistics: Statistics
    private(set) var lines: [StatisticsLine]
    /// The selected line (always a bar or a sparkline) and the first line on screen.
    var selected = 0
    var top = 0

    /// A workplace the register no longer has counts as no filter.
    init(register: Register, today: Day, choice: StatisticsPeriodChoice = .last12Months, workplaceID: UUID? = nil) {
        self.choice = choice
        self.workplaceID = workplaceID.flatMap { register.workplace($0) }?.id
        statistics = Statistics(register: register, period: choice.period(today: today), today: today, workplaceID: self.workplaceID)
        lines = StatisticsLine.lines(statistics)
        selected = lines.firstIndex(where: \.isSelectable) ?? 0
    }

    /// The same screen counted again (another register, period or filter), keeping the
    /// selection on the same line where there still is one.
    func recounted(register: Register, today: Day, choice: StatisticsPeriodChoice? = nil, workplaceID: UUID?? = nil) -> StatisticsScreen {
        var out = StatisticsScreen(register: register, today: today, choice: choice ?? self.choice, workplaceID: workplaceID ?? self.workplaceID)
        if out.lines.count == lines.count, lines.indices.contains(selected) {
            out.selected = selected
            out.top = top
        }
        return out
    }

    /// Moves the selection to the next (`by` 1) or previous (-1) selectable line, or by
    /// a page, stopping at the ends; then scrolls so it shows, with its heading if room.
    mutating func move(by steps: Int, height: Int) {
        let selectable = lines.indices.filter { lines[$0].isSelectable }
        guard let here = selectable.firstIndex(of: selected) ?? selectable.first.map({ _ in 0 }) else { return }
        selected = selectable[min(max(0, here + steps), selectable.count - 1)]
        scroll(height: height)
    }

    mutating func scroll(height: Int) {
        let h = max(1, height)
        let wanted = selected > 0 && !lines[selected - 1].isSelectable ? selected - 1 : selected
        if wanted < top { top = wanted }
        if selected >= top + h { top = selected - h + 1 }
        if selected == lines.indices.last(where: { lines[$0].isSelectable }) { top = max(top, min(lines.count - h, selected)) }
        top = max(0, min(top, max(0, lines.count - h)))
    }

    /// The records behind the selected line: a bar's, or every month's of a sparkline.
    var selectedRecords: (kind: StatisticsRecords, ids: [UUID], section: StatisticsSection.Kind, label: StatisticsLabel?)? {
        guard lines.indices.contains(selected) else { return nil }
        switch lines[selected].content {
        case .bar(let count, _):
            let section = lines[..<selected].reversed().compactMap { line -> StatisticsSection.Kind? in
                if case .heading(let k) = line.content { return k }
                return nil
            }.first ?? .status
            return (count.records, count.ids, section, count.label)
        case .series(let s):
            var seen = Set<UUID>()
            let ids = s.counts.flatMap(\.ids).filter { seen.insert($0).inserted }
            return (s.counts.first?.records ?? .volunteers, ids, s.kind, nil)
        case .heading, .empty: return nil
        }
    }
}
