import Foundation
import TerminalUI

/// A whole screen kept as a text file under Golden/, laid out to be read in a review:
///
///     80x24
///     <one line per row: the text as `Buffer.lines` gives it>
///     styles
///     <one line per row: a legend letter per column, a space for plain>
///     legend
///     <one line per letter: "r reverse">
///
/// Rows are counted rather than ended by a marker, so a screen may show any text.
struct GoldenFile {
    let name: String

    /// The file next to this source file, so recording writes into the work tree that is
    /// committed rather than into the build folder.
    var url: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden").appendingPathComponent(name + ".txt")
    }

    var exists: Bool { FileManager.default.fileExists(atPath: url.path) }

    func read() throws -> Buffer {
        try Self.buffer(from: String(contentsOf: url, encoding: .utf8))
    }

    func write(_ buffer: Buffer) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Self.text(of: buffer).write(to: url, atomically: true, encoding: .utf8)
    }

    static func text(of buffer: Buffer) -> String {
        var legend = StyleLegend()
        let styles = buffer.styleLines(legend: &legend)
        let sections = ["\(buffer.width)x\(buffer.height)"] + buffer.lines + ["styles"] + styles + ["legend"] + legend.descriptionLines
        return sections.joined(separator: "\n") + "\n"
    }

    static func buffer(from text: String) throws -> Buffer {
        var rows = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
        if rows.last == "" { rows.removeLast() }
        let size = (rows.popFirst() ?? "").split(separator: "x").compactMap { Int($0) }
        guard size.count == 2, size[0] >= 0, size[1] >= 0 else { throw Unreadable("the first line is not the size, e.g. 80x24") }
        let (width, height) = (size[0], size[1])
        let lines = Array(rows.prefix(height))
        rows = rows.dropFirst(height)
        guard lines.count == height, rows.popFirst() == "styles" else { throw Unreadable("\"styles\" does not follow \(height) rows of text") }
        let styles = Array(rows.prefix(height))
        rows = rows.dropFirst(height)
        guard styles.count == height, rows.popFirst() == "legend" else { throw Unreadable("\"legend\" does not follow \(height) rows of styles") }
        let legend: StyleLegend
        do {
            legend = try StyleLegend(describedBy: Array(rows))
        } catch let error as StyleLegend.UnreadableLine {
            throw Unreadable("the legend line \"\(error.line)\" is not a letter and a style")
        }
        for (y, line) in lines.enumerated() where TextWidth.width(of: TextWidth.sanitize(line)) > width {
            throw Unreadable("row \(y) is wider than \(width) columns")
        }
        for (y, row) in styles.enumerated() {
            guard row.count <= width else { throw Unreadable("the styles of row \(y) are wider than \(width) columns") }
            if let letter = row.first(where: { legend.style(for: $0) == nil }) {
                throw Unreadable("the style letter \(letter) in row \(y) is not in the legend")
            }
        }
        return Buffer(lines: lines, styles: styles, legend: legend, width: width)
    }

    /// What is wrong with a golden file edited by hand.
    struct Unreadable: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
