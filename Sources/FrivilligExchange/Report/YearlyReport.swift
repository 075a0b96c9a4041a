import Foundation
import FrivilligCore
import FrivilligText

/// The yearly report as text for a committee: every statistics section for a calendar
/// year with the year before beside it, in counts only. Any count of 1 or 2 is shown as
/// "< 3" (`shown`) so nobody can be picked out of a small group; 0 stays 0. The
/// renderers (Markdown, CSV, HTML) draw this value and nothing else, so no name of a
/// person can reach the file.
public struct YearlyReport: Sendable {
    /// One line of a section: what it counts and the two years' numbers.
    public struct Row: Hashable, Sendable {
        public let label: String
        public let current: Int
        public let previous: Int
    }

    public struct Section: Hashable, Sendable {
        public let kind: StatisticsSection.Kind
        public let title: String
        public let rows: [Row]
    }

    public let year: Int
    /// The workplace the report is limited to, nil for all.
    public let workplaceName: String?
    public let sections: [Section]
    /// The day statuses and checks are read as of (the year's end, or today in the current year).
    public let asOf: Day
    public let l10n: Localizer

    public init(register: Register, year: Int, today: Day, workplace: Workplace? = nil, l10n: Localizer) {
        let current = Statistics(register: register, period: .year(year), today: today, workplaceID: workplace?.id)
        let previous = Statistics(register: register, period: .year(year - 1), today: today, workplaceID: workplace?.id)
        self.year = year
        self.l10n = l10n
        workplaceName = workplace?.name
        asOf = current.scope.asOf
        sections = zip(current.sections, previous.sections).map { now, before in
            Section(kind: now.kind, title: l10n.statisticsSection(now.kind), rows: YearlyReport.rows(now, before, year: year, l10n: l10n))
        }
    }

    /// A series of months gives the year's twelve months, each beside the same month a
    /// year before (a month still to come counts 0); other sections pair counts by what
    /// they count, a label only one year has counting 0 in the other.
    private static func rows(_ now: StatisticsSection, _ before: StatisticsSection, year: Int, l10n: Localizer) -> [Row] {
        if now.kind.isMonthly {
            let values = Dictionary((now.counts + before.counts).map { ($0.label, $0.value) }, uniquingKeysWith: { a, _ in a })
            return (1...12).map { m in
                Row(label: l10n.monthName(m), current: values[.month(year: year, month: m)] ?? 0,
                    previous: values[.month(year: year - 1, month: m)] ?? 0)
            }
        }
        let earlier = Dictionary(before.counts.map { ($0.label, $0.value) }, uniquingKeysWith: { a, _ in a })
        let later = Set(now.counts.map(\.label))
        return now.counts.map { Row(label: l10n.statisticsLabel($0.label), current: $0.value, previous: earlier[$0.label] ?? 0) }
            + before.counts.filter { !later.contains($0.label) }.map { Row(label: l10n.statisticsLabel($0.label), current: 0, previous: $0.value) }
    }

    /// A count as the report prints it: 1 and 2 as "< 3", others as they are.
    public func shown(_ n: Int) -> String {
        n == 1 || n == 2 ? l10n(.reportSmall) : String(n)
    }

    /// What a section with nothing to count says instead of a table ("ingen").
    public var nothing: String { l10n(.statsNothing) }

    /// The heading: "Årsrapport 2026".
    public var title: String { l10n(.reportTitle, year) }

    /// The line under the heading: the workplace or all of them.
    public var scopeLine: String { workplaceName.map { l10n(.reportWorkplace, $0) } ?? l10n(.reportAllWorkplaces) }

    /// The footer lines: what was suppressed and as of when.
    public var footer: [String] { [l10n(.reportFooter), l10n(.reportAsOf, l10n.date(asOf))] }
}
