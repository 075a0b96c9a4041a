import FrivilligCore
import TerminalUI

/// The removal dialog laid out in an area: the box, every row of the step on screen,
/// and how far it scrolls. Shared by the drawing and by the keys that scroll it, so a
/// page is what the box shows and ↓ stops at the last row. In a window too small for a
/// step, the rows that matter (the chosen option, the name field and what Enter said)
/// are the ones shown.
struct RemovalLayout {
    struct Row {
        var text: String
        var style: Style
        /// The chosen option, in reverse video across the box.
        var selected = false
    }

    /// Wide enough for a sentence of the preview, narrow enough to read.
    static let maxWidth = 84

    let box: Rect
    let title: String
    let rows: [Row]
    /// The rows the box holds at once.
    let visible: Int
    /// The name step's row with the prompt, where the field is drawn after it.
    let fieldRow: Int?
    /// The rows to keep in view on a step that has no scroll keys.
    let focus: Range<Int>

    var lastScroll: Int { max(0, rows.count - visible) }

    /// The first row shown: the preview's as scrolled; on the other steps, the first that
    /// brings the end of `focus` into view without scrolling past its start.
    func firstRow(_ dialog: RemovalDialog) -> Int {
        guard dialog.step != .preview else { return min(dialog.scroll, lastScroll) }
        return min(lastScroll, focus.lowerBound, max(0, focus.upperBound - visible))
    }

    var textWidth: Int { max(1, box.width - 4) }

    /// Rows inside the frame in an area of this height.
    static func visibleRows(in area: Rect) -> Int { max(1, area.height - 2) }

    init(_ dialog: RemovalDialog, l10n: Localizer, in area: Rect) {
        let boxWidth = min(area.width, Self.maxWidth)
        let width = max(1, boxWidth - 4)
        var rows: [Row] = [Row(text: "", style: .plain)]
        var fieldRow: Int?
        var focus = 0..<0
        func wrapped(_ text: String, _ style: Style) {
            guard TextWidth.width(of: text) > width else { return rows.append(Row(text: text, style: style)) }
            let indent = String(text.prefix { $0 == " " })
            // A list item's continuation lines stand under its text, not under its dash.
            let hanging = indent + (text.dropFirst(indent.count).hasPrefix("- ") ? "  " : "")
            for (i, line) in TextWrap.lines(String(text.dropFirst(indent.count)), width: max(1, width - hanging.count)).enumerated() {
                rows.append(Row(text: (i == 0 ? indent : hanging) + line, style: style))
            }
        }
        func option(_ key: TextKey, selected: Bool) {
            if selected { focus = rows.count..<rows.count + 1 }
            rows.append(Row(text: (selected ? "› " : "  ") + l10n(key), style: selected ? Theme.selection : Theme.title, selected: selected))
        }
        switch dialog.step {
        case .kind:
            option(.removalAnonymise, selected: dialog.kind == .anonymise)
            wrapped("    " + l10n(.removalAnonymiseAbout), Theme.dim)
            if dialog.kind == .anonymise { focus = focus.lowerBound..<rows.count }
            rows.append(Row(text: "", style: .plain))
            option(.removalErase, selected: dialog.kind == .erase)
            wrapped("    " + l10n(.removalEraseAbout), Theme.dim)
            if dialog.kind == .erase { focus = focus.lowerBound..<rows.count }
        case .relatives:
            wrapped(l10n(.removalRelativesQuestion, dialog.name, dialog.relativeOf.joined(separator: ", ")), .plain)
            rows.append(Row(text: "", style: .plain))
            option(.removalRelativesKeep, selected: dialog.relatives == .keep)
            option(.removalRelativesRemove, selected: dialog.relatives == .remove)
        case .preview:
            if let plan = dialog.plan {
                rows = []
                let lines = dialog.kind == .anonymise
                    ? l10n.anonymisationPreview(plan.preview, name: dialog.name, label: plan.label)
                    : l10n.erasurePreview(plan.preview, name: dialog.name, relatives: dialog.relatives)
                for (i, line) in lines.enumerated() { wrapped(line, i == 0 ? Theme.title : .plain) }
            } else {
                wrapped(l10n(.removalReading), Theme.dim)
            }
        case .name:
            wrapped(l10n(dialog.kind == .anonymise ? .removalTypeNameAnonymise : .removalTypeNameErase, dialog.name), .plain)
            rows.append(Row(text: "", style: .plain))
            let prompt = rows.count
            fieldRow = prompt
            rows.append(Row(text: l10n(.removalNamePrompt), style: Theme.title))
            if let error = dialog.error {
                rows.append(Row(text: "", style: .plain))
                wrapped(l10n(error), Theme.error)
            }
            focus = prompt..<rows.count
        case .running:
            let step = rows.count
            wrapped(l10n.removalStep(dialog.progress ?? .snapshot, kind: dialog.kind), .plain)
            focus = step..<rows.count
        }
        if dialog.step != .preview { rows.append(Row(text: "", style: .plain)) }
        self.rows = rows
        self.fieldRow = fieldRow
        self.focus = focus
        visible = min(rows.count, Self.visibleRows(in: area))
        box = area.centered(width: boxWidth, height: visible + 2)
        let titleKey: TextKey = dialog.step == .kind ? .removalTitle : dialog.kind == .anonymise ? .removalTitleAnonymise : .removalTitleErase
        title = l10n(titleKey, dialog.name)
    }
}
