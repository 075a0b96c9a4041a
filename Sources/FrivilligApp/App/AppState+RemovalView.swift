import TerminalUI

extension AppState {
    /// The removal dialog, a box over the screen: the step's rows from its first shown
    /// on, the name field on the name step, and where the preview is when it is longer
    /// than the box ("1–20 af 34" on the lower edge).
    func drawRemoval(_ dialog: RemovalDialog, into buffer: inout Buffer, in rect: Rect) {
        let layout = RemovalLayout(dialog, l10n: l10n, in: rect)
        let box = layout.box
        guard box.width > 4, box.height > 2 else { return }
        buffer.fill(box, style: .plain)
        buffer.box(box, title: layout.title, style: Theme.errorFrame)
        let scroll = layout.firstRow(dialog)
        for (offset, row) in layout.rows.dropFirst(scroll).prefix(layout.visible).enumerated() {
            let y = box.y + 1 + offset
            if row.selected { buffer.fill(Rect(x: box.x + 1, y: y, width: box.width - 2, height: 1), style: Theme.selection) }
            buffer.write(row.text, x: box.x + 2, y: y, style: row.style, maxWidth: layout.textWidth)
        }
        if let fieldRow = layout.fieldRow, fieldRow >= scroll, fieldRow < scroll + layout.visible {
            let y = box.y + 1 + fieldRow - scroll
            let used = TextWidth.width(of: layout.rows[fieldRow].text)
            dialog.typed.render(into: &buffer, x: box.x + 2 + used, y: y, width: max(1, layout.textWidth - used),
                                style: Theme.field, showCursor: true)
        }
        if dialog.step == .preview, layout.rows.count > layout.visible {
            let position = " " + l10n(.tuiPosition, scroll + 1, scroll + layout.visible, layout.rows.count) + " "
            let width = TextWidth.width(of: position)
            buffer.write(position, x: max(box.x + 1, box.maxX - 2 - width), y: box.maxY - 1, style: Theme.errorFrame, maxWidth: box.width - 2)
        }
    }
}
