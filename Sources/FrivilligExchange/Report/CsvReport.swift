import Foundation

/// The report as CSV for Excel (as `CsvDocument` writes it): one table per section,
/// each row naming its section, what it counts and the two years, an empty row between
/// sections, the footer last.
struct CsvReport {
    let report: YearlyReport

    init(_ report: YearlyReport) { self.report = report }

    var data: Data {
        let l10n = report.l10n
        var rows: [[String]] = [[report.title], [ReportText.plain(report.scopeLine)], [""]]
        for section in report.sections {
            rows += section.rows.map { [section.title, ReportText.plain($0.label), report.shown($0.current), report.shown($0.previous)] }
            if section.rows.isEmpty { rows.append([section.title, report.nothing, "", ""]) }
            rows.append([""])
        }
        rows += report.footer.map { [$0] }
        return CsvDocument(header: [l10n(.reportSection), l10n(.reportWhat), String(report.year), String(report.year - 1)], rows: rows).data
    }
}
