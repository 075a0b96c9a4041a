import Foundation
import FrivilligExchange
import TerminalUI

extension AppState {
    /// Enter on the typed path asks the runtime to read the file (`.readFile`); the keys
    /// are the dialog's table in `OverlayKeyTable`.
    mutating func readSpreadsheet(_ dialog: SpreadsheetImportDialog) -> [Effect] {
        let path = dialog.path.text.trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty else { return [] }
        var dialog = dialog
        dialog.error = nil
        dialog.reading = path
        overlay = .spreadsheetImport(dialog)
        return [.readFile(path)]
    }

    /// `j`/`y` on the plan imports the valid rows in one commit.
    mutating func importSpreadsheet(_ dialog: SpreadsheetImportDialog) -> [Effect] {
        guard let plan = dialog.plan, !plan.changes.isEmpty else { return [] }
        afterCommit = .report(l10n(.importTuiDone, plan.added.count, plan.updated.count, plan.rejectedRows.count))
        return [.commit(plan.changes, base: dialog.planBase)]
    }

    /// The runtime's answer to `.readFile`: the plan of what importing the file would do,
    /// or why it cannot. A file the reader refuses (a folder, a FIFO, one too large) shows
    /// the reader's own sentence, the one `frivillig import` prints.
    mutating func fileRead(_ path: String, _ result: Result<Data, FileRefusal>) {
        guard case .spreadsheetImport(var dialog)? = overlay, dialog.reading == path else { return }
        dialog.reading = nil
        defer { overlay = .spreadsheetImport(dialog) }
        switch result {
        case .failure(let refusal):
            dialog.error = refusal.message
        case .success(let data):
            do {
                dialog.plan = try SpreadsheetImport.plan(.volunteers, data: data, register: register, today: today)
                dialog.planBase = register
            } catch {
                dialog.error = l10n.importFileError(error, file: path)
            }
        }
    }

    /// The dialog, centred over the list: the path field with its hint or error, or the
    /// plan (counts and the first rows of each kind) with the question.
    func drawSpreadsheetImport(_ dialog: SpreadsheetImportDialog, into buffer: inout Buffer, in rect: Rect) {
        let boxWidth = min(rect.width, 76)
        let textWidth = max(1, boxWidth - 4)
        var lines: [(String, Style)] = []
        if let plan = dialog.plan {
            lines += TextWrap.lines(l10n.importRead(plan, file: dialog.path.text), width: textWidth).map { ($0, Theme.dim) }
            for line in l10n.importPlanLines(plan, limit: 3) {
                let indent = String(line.prefix { $0 == " " })
                lines += TextWrap.lines(String(line.dropFirst(indent.count)), width: textWidth - indent.count).map { (indent + $0, .plain) }
            }
            lines.append(("", .plain))
            let question = plan.changes.isEmpty ? l10n(.importTuiNothing)
                : plan.rejected.isEmpty ? l10n(.importTuiConfirm) : l10n(.importTuiConfirmSkipping, l10n.rows(plan.rejectedRows.count))
            lines += TextWrap.lines(question, width: textWidth).map { ($0, Theme.title) }
        } else {
            lines.append(("", .plain))
            lines.append(("", .plain))
            let note = dialog.error.map { ($0, Theme.error) } ?? (l10n(.importTuiPathHint), Theme.dim)
            lines += TextWrap.lines(note.0, width: textWidth).map { ($0, note.1) }
        }
        let frame = rect.centered(width: boxWidth, height: lines.count + 2)
        buffer.fill(frame, style: .plain)
        buffer.box(frame, title: l10n(.importTuiTitle), style: Theme.frame)
        for (i, line) in lines.enumerated() where i < frame.height - 2 {
            buffer.write(line.0, x: frame.x + 2, y: frame.y + 1 + i, style: line.1, maxWidth: textWidth)
        }
        if dialog.plan == nil, frame.height > 2 {
            let label = l10n(.importTuiPath)
            let used = buffer.write(label, x: frame.x + 2, y: frame.y + 1, style: Theme.title, maxWidth: textWidth)
            dialog.path.render(into: &buffer, x: frame.x + 2 + used, y: frame.y + 1, width: max(1, textWidth - used),
                               style: Theme.field, showCursor: true)
        }
    }
}
