import FrivilligCore
import TerminalUI

extension FormState {
    /// The widest a form's box gets; wider rows would be hard to read across.
    static let maxWidth = 100

    /// Draws the form as a titled box over `rect` (the screen between the tab bar and
    /// the status line). All text goes through `Buffer.write`, so names with wide
    /// characters or control codes cannot break the layout.
    public func render(into buffer: inout Buffer, in rect: Rect) {
        let frame = rect.centered(width: min(rect.width, FormState.maxWidth), height: rect.height)
        buffer.box(frame, title: title, style: Theme.frame)
        var content = frame.inset(by: 1)
        guard content.width >= 8, content.height >= 1 else { return }
        let columns = FormColumns(inner: content, labels: fields.filter { !$0.control.isAttendee }.map(label))
        if let (text, style) = bottomMessage {
            let (bottom, rest) = content.splitBottom(1)
            buffer.write(text, x: columns.markerX, y: bottom.y, style: style, maxWidth: columns.maxX - columns.markerX)
            content = rest
        }
        let layout = FormLayout(self, errorWidth: columns.textWidth)
        let top = layout.top(showing: focus, height: content.height)
        let shown = top ..< min(layout.rows.count, top + content.height)
        for (offset, index) in shown.enumerated() {
            draw(layout.rows[index], y: content.y + offset, columns: columns, into: &buffer)
        }
        if top > 0 { buffer.write("↑", x: frame.maxX - 1, y: content.y, style: Theme.frame) }
        if shown.upperBound < layout.rows.count {
            buffer.write("↓", x: frame.maxX - 1, y: content.maxY - 1, style: Theme.frame)
        }
        if let picker, let row = layout.row(of: picker.fieldIndex), shown.contains(row) {
            drawPicker(picker, below: content.y + row - top, frame: frame, columns: columns, into: &buffer)
        }
    }

    private func label(_ field: FormField) -> String {
        field.isRequired ? field.label + " *" : field.label
    }

    /// The question about discarding, or why the form did not close.
    private var bottomMessage: (String, Style)? {
        if isConfirmingDiscard { return (l10n(quitsOnDiscard ? .formDiscardAndQuit : .formDiscard), Theme.selection) }
        if errorCount > 0 { return (l10n(.formNotSaved, errorCount), Theme.error) }
        return nil
    }

    private func draw(_ row: FormLayout.Row, y: Int, columns: FormColumns, into buffer: inout Buffer) {
        switch row {
        case .general(let text):
            buffer.write(text, x: columns.labelX, y: y, style: Theme.error, maxWidth: columns.textWidth)
        case .heading(let text):
            buffer.write(text, x: columns.markerX, y: y, style: Theme.title, maxWidth: columns.maxX - columns.markerX)
        case .error(let text):
            buffer.write(text, x: columns.labelX, y: y, style: Theme.error, maxWidth: columns.textWidth)
        case .field(let index):
            drawField(index, y: y, columns: columns, into: &buffer)
        case .match(let field, let index):
            guard case .attendeeSearch(let search) = fields[field].control else { return }
            let isSelected = field == focus && index == search.selected
            buffer.write((isSelected ? "› " : "  ") + search.line(search.matches[index], l10n: l10n), x: columns.valueX, y: y,
                         style: isSelected ? Theme.selection : .plain, maxWidth: columns.valueWidth)
        case .noMatches:
            buffer.write(l10n(.formNoMatches), x: columns.valueX, y: y, style: Theme.dim, maxWidth: columns.valueWidth)
        }
    }

    private func drawField(_ index: Int, y: Int, columns: FormColumns, into buffer: inout Buffer) {
        let field = fields[index]
        let isFocused = index == focus
        let showsCursor = isFocused && picker == nil && !isConfirmingDiscard
        if isFocused { buffer.write("›", x: columns.markerX, y: y, style: Theme.title) }
        if !field.control.isAttendee {
            buffer.write(label(field), x: columns.labelX, y: y, style: isFocused ? Theme.title : .plain,
                         maxWidth: columns.labelWidth)
        }
        let x = columns.valueX, width = columns.valueWidth
        let highlight = isFocused ? Theme.selection : Theme.field
        switch field.control {
        case .text(let text):
            drawText(text, x: x, y: y, width: width, showsCursor: showsCursor, into: &buffer)
        case .attendeeSearch(let search):
            drawText(search.query, x: x, y: y, width: width, showsCursor: showsCursor, into: &buffer)
        case .choice(let choice) where choice.isLocked:
            buffer.write(choice.display, x: x, y: y, maxWidth: width)
        case .choice(let choice):
            let text = choice.display.isEmpty ? l10n(.formNone) : choice.display
            buffer.write(TextWidth.truncate(text, to: width - 2) + " ▾", x: x, y: y, style: highlight, maxWidth: width)
        case .checkbox(let isOn):
            buffer.write(isOn ? "[x]" : "[ ]", x: x, y: y, style: isFocused ? Theme.selection : .plain, maxWidth: width)
        case .attendee:
            buffer.write("• " + field.label, x: x, y: y, style: isFocused ? Theme.selection : .plain, maxWidth: width)
        }
    }

    /// A text input; when it is not being edited it shows the start of its text.
    private func drawText(_ text: TextField, x: Int, y: Int, width: Int, showsCursor: Bool, into buffer: inout Buffer) {
        var shown = text
        if !showsCursor { shown.cursor = 0 }
        shown.render(into: &buffer, x: x, y: y, width: width, style: Theme.field, showCursor: showsCursor)
    }

    /// The option list of an open picker, in a small box under its field (above it when
    /// there is no room below).
    private func drawPicker(_ picker: ChoicePicker, below fieldY: Int, frame: Rect, columns: FormColumns, into buffer: inout Buffer) {
        guard case .choice(let choice) = fields[picker.fieldIndex].control else { return }
        let title = picker.title(fields[picker.fieldIndex].label)
        let (width, height) = picker.boxSize(choice, title: title, room: frame)
        let x = max(frame.x + 1, min(columns.valueX - 1, frame.maxX - 1 - width))
        var y = fieldY + 1
        if y + height > frame.maxY - 1 { y = max(frame.y + 1, fieldY - height) }
        picker.draw(choice, title: title, in: Rect(x: x, y: y, width: width, height: height), l10n: l10n, into: &buffer)
    }
}
