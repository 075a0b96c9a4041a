extension Buffer {
    /// Draws a single-line frame around the edge of `rect`, with an optional title set
    /// into the top line, and clears the inside: the frame of a dialog. A rectangle too
    /// small for a frame (under 2×2) is only cleared.
    public mutating func box(_ rect: Rect, title: String? = nil, style: Style = .plain) {
        fill(rect, style: style)
        guard rect.width >= 2 && rect.height >= 2 else {
            return
        }
        let inner = rect.width - 2
        let horizontal = String(repeating: "─", count: inner)
        write("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: style)
        write("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, style: style)
        for y in rect.y + 1 ..< rect.maxY - 1 {
            write("│", x: rect.x, y: y, style: style)
            write("│", x: rect.maxX - 1, y: y, style: style)
        }
        if let title, !title.isEmpty, inner >= 3 {
            write(" " + TextWidth.truncate(title, to: inner - 2) + " ", x: rect.x + 1, y: rect.y, style: style)
        }
    }
}
