import Foundation

/// The formats `frivillig report` writes.
public enum ReportFormat: String, CaseIterable, Sendable {
    case md, html, csv

    /// The report's bytes in this format.
    public func render(_ report: YearlyReport) -> Data {
        switch self {
        case .md: return Data(MarkdownReport(report).text.utf8)
        case .html: return Data(HTMLReport(report).text.utf8)
        case .csv: return CsvReport(report).data
        }
    }
}
