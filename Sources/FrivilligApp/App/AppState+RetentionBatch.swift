import FrivilligCore
import TerminalUI

/// The retention list's `X`: its marked rows (or the selected one) anonymised or erased
/// together, through the same `Store.carryOut` as `frivillig retention --apply`.
extension AppState {
    /// The rows to carry out, in the list's order; the dialog opens on their summary.
    mutating func openRetentionBatch() {
        guard let list = currentList, list.kind == .retention else { return }
        let refs = list.marked.isEmpty ? list.selectedRef.map { [$0] } ?? [] : list.refs.filter(list.marked.contains)
        let due = Dictionary(Retention(register: register, today: today).items.map { ($0.record.id, $0) }, uniquingKeysWith: { a, _ in a })
        let items = refs.compactMap { due[$0.id] }
        guard !items.isEmpty else { return }
        overlay = .retentionBatch(RetentionBatch(items: items, summary: RetentionSummary(items, register: register, l10n: l10n).lines))
    }

    /// Enter: the run when the typed number is the number of rows, else the dialog says
    /// what to type.
    mutating func confirmRetentionBatch(_ batch: RetentionBatch) -> [Effect] {
        var batch = batch
        guard batch.confirms else {
            batch.wrongCount = true
            overlay = .retentionBatch(batch)
            return []
        }
        batch.running = RetentionBatch.Running(row: 0, step: nil)
        overlay = .retentionBatch(batch)
        return [.removal(.retention(batch.items, today: today))]
    }

    mutating func retentionProgressed(row: Int, _ step: Store.ErasureStep?) {
        guard case .retentionBatch(var batch)? = overlay else { return }
        batch.running = RetentionBatch.Running(row: row, step: step)
        overlay = .retentionBatch(batch)
    }

    /// Done or stopped: the register as the store holds it, the marks gone, and the
    /// status line says what was done, what was skipped and where it stopped.
    mutating func retentionCarriedOut(_ report: RetentionReport) {
        if case .retentionBatch? = overlay { overlay = nil }
        replaceRegister(report.register)
        if var list = currentList {
            list.marked = []
            currentList = list
        }
        var parts = [l10n(.retentionDone, report.outcome.anonymised, report.outcome.erased)]
        parts += report.outcome.skipped.map { l10n(.retentionSkipped, $0.name) }
        if let stopped = report.stopped {
            parts += l10n.storeError(stopped.error, backupPath: nil)
            parts.append(l10n(.retentionStoppedAfter, stopped.done, report.total))
        }
        message = StatusMessage(text: parts.joined(separator: " "), isError: report.stopped != nil)
    }

    /// The summary, the names (as many as fit), then the number to type or the progress.
    func drawRetentionBatch(_ batch: RetentionBatch, into buffer: inout Buffer, in rect: Rect) {
        var lines = batch.summary + [""]
        let room = max(1, rect.height - lines.count - 6)
        let action = { (item: Retention.Item) in l10n(item.action == .anonymise ? .retentionActionAnonymise : .retentionActionErase) }
        let names = batch.items.count > room ? Array(batch.items.prefix(room - 1)) : batch.items
        lines += names.map { "  \($0.name) – \(action($0))" }
        if names.count < batch.items.count { lines.append("  " + l10n(.retentionBatchMore, batch.items.count - names.count)) }
        lines.append("")
        if let running = batch.running {
            let step = running.step.map { l10n.retentionStep($0, of: batch.items[running.row]) } ?? ""
            lines.append(l10n(.retentionBatchRunning, running.row + 1, batch.items.count, step))
            drawDialog(title: l10n(.retentionBatchTitle), lines: lines, into: &buffer, in: rect)
            return
        }
        if batch.wrongCount { lines.append(l10n(.retentionBatchWrongCount, batch.items.count)) }
        let prompt = l10n(.retentionBatchTypeCount, batch.items.count) + " "
        lines.append(prompt + String(repeating: " ", count: 6))
        let box = drawDialog(title: l10n(.retentionBatchTitle), lines: lines, into: &buffer, in: rect)
        let x = box.x + 2 + TextWidth.width(of: prompt)
        guard x < box.maxX - 2 else { return }
        batch.typed.render(into: &buffer, x: x, y: box.maxY - 2, width: min(6, box.maxX - 2 - x), style: Theme.field, showCursor: true)
    }
}
