/// Bars and sparklines of Unicode blocks, as the statistics tab draws them.
enum BarText {
    private static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    private static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// A bar for `value` in at most `room` cells: one cell per unit while the largest
    /// count `most` fits, else scaled so `most` fills the room, the end in eighths of a cell.
    static func bar(_ value: Int, most: Int, room: Int) -> String {
        guard value > 0, most > 0, room > 0 else { return "" }
        let cells = most <= room ? Double(value) : Double(value) * Double(room) / Double(most)
        let whole = Int(cells)
        let eighth = Int(((cells - Double(whole)) * 8).rounded())
        var out = String(repeating: "█", count: whole)
        if eighth == 8 { out.append("█") } else if eighth > 0 { out.append(eighths[eighth - 1]) }
        if out.isEmpty { out = "▏" }
        return out
    }

    /// One block per value, as high as the value against the largest; 0 is a space.
    static func sparkline(_ values: [Int]) -> String {
        let most = values.max() ?? 0
        return String(values.map { v -> Character in
            guard v > 0, most > 0 else { return " " }
            return levels[max(0, Int((Double(v) * 8 / Double(most)).rounded(.up)) - 1)]
        })
    }
}
