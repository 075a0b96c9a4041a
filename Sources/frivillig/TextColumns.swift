import TerminalUI

/// Prints rows as aligned columns, measured in display columns (æøå one, CJK and emoji
/// two), so a list of Danish names lines up in any terminal.
struct TextColumns {
    let headers: [String]
    let rows: [[String]]

    func lines() -> [String] {
        let all = [headers] + rows.map { $0.map(TextWidth.sanitize) }
        let widths = headers.indices.map { col in
            min(40, all.map { TextWidth.width(of: $0[col]) }.max() ?? 0)
        }
        return all.map { row in
            let cells = row.indices.map { col in
                col == row.count - 1 ? TextWidth.truncate(row[col], to: widths[col]) : TextWidth.pad(row[col], to: widths[col])
            }
            return String(cells.joined(separator: "  ").reversed().drop(while: { $0 == " " }).reversed())
        }
    }
}
