import CSV
import Foundation

/// A table written the way Danish Excel opens it without a wizard: UTF-8 with a byte order
/// mark (or Excel guesses Windows-1252 and garbles æøå), `;` between cells (`,` is the
/// decimal comma), CRLF after every row, quotes only where a cell needs them.
public struct CsvDocument: Sendable {
    public var header: [String]
    public var rows: [[String]]
    /// What each column holds, for a workbook to type its cells; the CSV writes all as text.
    public var kinds: [CsvColumnKind]

    /// - Parameter kinds: one per column; every column is text when nil.
    public init(header: [String], rows: [[String]], kinds: [CsvColumnKind]? = nil) {
        self.header = header
        self.rows = rows
        self.kinds = kinds ?? Array(repeating: .text, count: header.count)
    }

    /// A cell Excel would read as a formula (`=`, `+`, `-`, `@`, or a tab or CR first:
    /// "- kan ikke køre" shows as #NAVN?, and a crafted note could run a formula) starts
    /// with an apostrophe, which Excel shows as text; the import takes it off again.
    static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, formulaStarts.contains(first) else { return cell }
        return "'" + cell
    }

    /// Undoes `neutralised` for a cell read from a file.
    static func restored(_ cell: String) -> String {
        let scalars = cell.unicodeScalars
        guard scalars.first == "'", let second = scalars.dropFirst().first, formulaStarts.contains(second) else { return cell }
        return String(cell.unicodeScalars.dropFirst())
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The file's bytes, written by CSV.swift.
    public var data: Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        _ = stream.write(bom, maxLength: bom.count)
        // Writing to memory cannot fail; CSVWriter only throws for a stream that does.
        let writer = try! CSVWriter(stream: stream, delimiter: ";", newline: .crlf)
        try! writer.write(row: header)
        for row in rows {
            try! writer.write(row: row.map(CsvDocument.neutralised))
        }
        let newline: [UInt8] = [0x0D, 0x0A]
        _ = stream.write(newline, maxLength: newline.count)
        stream.close()
        return stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
    }
}
