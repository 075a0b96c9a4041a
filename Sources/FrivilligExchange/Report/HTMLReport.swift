import Foundation

/// The report as one HTML file for printing on A4: no script and nothing outside the
/// file; each count has its bar as inline SVG, this year dark above last year light, on
/// one scale per section. A count shown as "< 3" gets no bar (width 0), or its length
/// would tell the number the text hides.
struct HTMLReport {
    /// The width of the longest bar of a section, in SVG user units.
    static let barWidth = 240.0

    let report: YearlyReport

    init(_ report: YearlyReport) { self.report = report }

    var text: String {
        let lang = report.l10n.language == .da ? "da" : "en"
        var out = [
            "<!DOCTYPE html>",
            "<html lang=\"\(lang)\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<title>\(ReportText.html(report.title))</title>",
            "<style>",
            HTMLReport.style,
            "</style>",
            "</head>",
            "<body>",
            "<h1>\(ReportText.html(report.title))</h1>",
            "<p>\(ReportText.html(report.scopeLine))</p>",
        ]
        for section in report.sections { out += self.section(section) }
        out.append("<footer>")
        out += report.footer.map { "<p>\(ReportText.html($0))</p>" }
        out += ["</footer>", "</body>", "</html>", ""]
        return out.joined(separator: "\n")
    }

    private func section(_ section: YearlyReport.Section) -> [String] {
        guard !section.rows.isEmpty else {
            return ["<section>", "<h2>\(ReportText.html(section.title))</h2>", "<p>\(ReportText.html(report.nothing))</p>", "</section>"]
        }
        let most = section.rows.flatMap { [shownValue($0.current), shownValue($0.previous)] }.max() ?? 0
        var out = [
            "<section>",
            "<h2>\(ReportText.html(section.title))</h2>",
            "<table>",
            "<thead><tr><th></th><th class=\"n\">\(report.year)</th><th class=\"n\">\(report.year - 1)</th><th></th></tr></thead>",
            "<tbody>",
        ]
        for row in section.rows {
            let now = HTMLReport.width(shownValue(row.current), most: most)
            let before = HTMLReport.width(shownValue(row.previous), most: most)
            out.append("<tr><td>\(ReportText.html(row.label))</td>"
                + "<td class=\"n\">\(ReportText.html(report.shown(row.current)))</td>"
                + "<td class=\"n\">\(ReportText.html(report.shown(row.previous)))</td>"
                + "<td><svg width=\"\(Int(HTMLReport.barWidth))\" height=\"20\" viewBox=\"0 0 \(Int(HTMLReport.barWidth)) 20\" aria-hidden=\"true\">"
                + "<rect class=\"now\" x=\"0\" y=\"1\" width=\"\(now)\" height=\"8\" fill=\"#1f4e79\"/>"
                + "<rect class=\"before\" x=\"0\" y=\"11\" width=\"\(before)\" height=\"8\" fill=\"#9dc3e6\"/></svg></td></tr>")
        }
        out += ["</tbody>", "</table>", "</section>"]
        return out
    }

    /// The number a bar stands for: the count, or 0 where the text says "< 3".
    private func shownValue(_ n: Int) -> Int { n == 1 || n == 2 ? 0 : n }

    /// A bar's width for `n` on a scale where `most` fills `barWidth`, to two decimals.
    static func width(_ n: Int, most: Int) -> String {
        guard most > 0 else { return "0" }
        let w = (Double(n) * barWidth / Double(most) * 100).rounded() / 100
        return w == w.rounded() ? String(Int(w)) : String(format: "%.2f", w)
    }

    private static let style = """
        @page { size: A4; margin: 18mm 16mm; }
        body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #111; }
        h1 { font-size: 18pt; margin: 0 0 4pt; }
        h2 { font-size: 12pt; margin: 14pt 0 4pt; break-after: avoid; }
        section { break-inside: avoid; }
        table { border-collapse: collapse; width: 100%; }
        th, td { padding: 1pt 6pt; border-bottom: 0.5pt solid #ccc; text-align: left; vertical-align: middle; }
        th.n, td.n { text-align: right; width: 4em; }
        table { table-layout: fixed; }
        th:first-child, td:first-child { width: 42%; }
        th:last-child, td:last-child { width: 250px; }
        footer { margin-top: 16pt; font-size: 9pt; color: #444; }
        """
}
