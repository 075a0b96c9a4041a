import FrivilligCore

/// One line of the statistics tab: a section's heading, a bar, or a month series' sparkline.
struct StatisticsLine: Sendable {
    enum Content: Sendable {
        case heading(StatisticsSection.Kind)
        /// A bar of a section whose largest count is `most`.
        case bar(StatisticsCount, most: Int)
        /// A sparkline of a series of months.
        case series(StatisticsSection)
        /// A section with nothing to count (no tasks filled), so its heading is not bare.
        case empty
    }

    let content: Content

    /// Bars and sparklines can be selected and opened; headings cannot.
    var isSelectable: Bool {
        switch content {
        case .bar, .series: return true
        case .heading, .empty: return false
        }
    }

    /// The lines of `statistics` in the order drawn.
    static func lines(_ statistics: Statistics) -> [StatisticsLine] {
        var out: [StatisticsLine] = []
        for section in statistics.sections {
            out.append(StatisticsLine(content: .heading(section.kind)))
            if section.kind.isMonthly {
                out.append(StatisticsLine(content: .series(section)))
            } else if section.counts.isEmpty {
                out.append(StatisticsLine(content: .empty))
            } else {
                let most = section.counts.map(\.value).max() ?? 0
                out += section.counts.map { StatisticsLine(content: .bar($0, most: most)) }
            }
        }
        return out
    }
}
