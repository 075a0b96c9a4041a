import FrivilligText
import TerminalUI

extension ChoicePicker {
    /// The box's title: the list's name, then the filter as typed.
    func title(_ label: String) -> String {
        filter.text.isEmpty ? label : label + ": " + filter.text
    }

    /// The box's width and height for `choice` under `title`, within `room`: wide enough
    /// for the longest option and for the filter as typed with its cursor.
    func boxSize(_ choice: ChoiceControl, title: String, room: Rect) -> (width: Int, height: Int) {
        let ticks = choice.allowsMany ? 4 : 0
        let widest = choice.options.map { TextWidth.width(of: $0.label) }.max() ?? 0
        let width = min(max(widest + ticks + 6, TextWidth.width(of: title) + 5, 20), room.width - 2)
        let rows = min(max(1, matches.count), ChoicePicker.visibleRows, max(1, room.height - 4))
        return (width, rows + 2)
    }

    /// Draws the list in `box` (sized by `boxSize`): the title and filter on the frame,
    /// the highlighted option marked, ticks for a choice of many.
    func draw(_ choice: ChoiceControl, title: String, in box: Rect, l10n: Localizer, into buffer: inout Buffer) {
        buffer.box(box, title: title, style: Theme.frame)
        // The cursor after the filter, so a typed space shows before the next letter does.
        let cursorX = box.x + 2 + TextWidth.width(of: title)
        if isFiltering, cursorX < box.maxX - 1 { buffer.write(" ", x: cursorX, y: box.y, style: Theme.selection) }
        guard !matches.isEmpty else {
            buffer.write(l10n(.formNoMatches), x: box.x + 2, y: box.y + 1, style: Theme.dim, maxWidth: box.width - 3)
            return
        }
        var shown = viewport
        shown.height = box.height - 2
        for (offset, match) in shown.visibleRange.enumerated() {
            let option = choice.options[matches[match]]
            let isHighlighted = match == shown.selected
            let tick = choice.allowsMany ? (choice.isSelected(option.id) ? "[x] " : "[ ] ") : ""
            let line = Rect(x: box.x + 1, y: box.y + 1 + offset, width: box.width - 2, height: 1)
            buffer.fill(line, style: isHighlighted ? Theme.selection : .plain)
            buffer.write((isHighlighted ? "› " : "  ") + tick + option.label, x: line.x, y: line.y,
                         style: isHighlighted ? Theme.selection : .plain, maxWidth: line.width)
        }
    }
}
