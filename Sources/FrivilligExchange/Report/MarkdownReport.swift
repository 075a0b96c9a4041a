import FrivilligText

/// The report as Markdown: a heading per section and a table of the two years, or the
/// word for nothing where a section has nothing to count.
struct MarkdownReport {
    let report: YearlyReport

    init(_ report: YearlyReport) { self.report = report }

    var text: String {
        var out = ["# \(cell(report.title))", "", cell(report.scopeLine), ""]
        for section in report.sections {
            out += ["## \(cell(section.title))", ""]
            guard !section.rows.isEmpty else {
                out += [report.nothing, ""]
                continue
            }
            out += ["| | \(report.year) | \(report.year - 1) |", "|---|---:|---:|"]
            out += section.rows.map { "| \(cell($0.label)) | \(report.shown($0.current)) | \(report.shown($0.previous)) |" }
            out.append("")
        }
        out += ["---", ""] + report.footer.flatMap { [cell($0), ""] }
        return out.joined(separator: "\n")
    }

    /// A name (a workplace's, an area's) as table text: control characters as spaces,
    /// and `|` and `\` escaped so they cannot end a cell.
    private func cell(_ text: String) -> String {
        ReportText.plain(text).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
    }
}
