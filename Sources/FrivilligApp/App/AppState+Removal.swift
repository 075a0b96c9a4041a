import Foundation
import FrivilligCore
import TerminalUI

/// The `X` dialog's way through `update`: opening it, its keys' actions, and the
/// runtime's answers. What reads or rewrites the files is an `Effect.removal`.
extension AppState {
    /// `X` on a volunteer (their detail, or the list's selected row): the dialog opens on
    /// the choice, and the runtime is asked at once where the person occurs, so the
    /// preview is there by the time it is reached.
    mutating func openRemoval(_ ref: RecordRef) -> [Effect] {
        guard case .volunteer(let id) = ref, let volunteer = context.volunteer(id) else { return [] }
        let person = Erasure(volunteer: volunteer, agreementIDs: [], relatives: .keep)
        let relativeOf = Store.relativeOf(person, in: register).map(\.name)
        overlay = .removal(RemovalDialog(volunteerID: id, name: volunteer.name, relativeOf: relativeOf))
        return [.removal(.plan(volunteerID: id, year: today.year))]
    }

    /// Enter on the name step: the removal when the name is the person's, else the
    /// dialog says why nothing happened.
    mutating func confirmRemoval(_ dialog: RemovalDialog) -> [Effect] {
        var dialog = dialog
        defer { overlay = .removal(dialog) }
        let typed = dialog.typed.text.trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else {
            dialog.error = .removalNameNeeded
            return []
        }
        guard RemovalDialog.confirms(typed, name: dialog.name) else {
            dialog.error = .removalWrongName
            return []
        }
        dialog.step = .running
        return [.removal(.carryOut(dialog.choice(year: today.year)))]
    }

    /// ↑, ↓ and a page on the preview, never past its last row at the bottom of the box.
    mutating func scrollRemoval(_ dialog: RemovalDialog, by rows: Int) {
        var dialog = dialog
        let layout = RemovalLayout(dialog, l10n: l10n, in: removalArea)
        dialog.scroll = min(max(0, dialog.scroll + rows), layout.lastScroll)
        overlay = .removal(dialog)
    }

    /// Rows a page of the preview moves.
    var removalPage: Int { max(1, RemovalLayout.visibleRows(in: removalArea) - 1) }

    /// Where the dialog is drawn: the screen between the tab bar and the status line.
    var removalArea: Rect { Rect(x: 0, y: 0, width: width, height: height).splitTop(1).rest.splitBottom(1).rest }

    /// A key typed into the name; an edit clears what Enter said about the last one.
    mutating func typeName(_ key: Key, into dialog: RemovalDialog) {
        var dialog = dialog
        let before = dialog.typed.text
        if dialog.typed.handle(key), dialog.typed.text != before { dialog.error = nil }
        overlay = .removal(dialog)
    }

    /// Esc at any step: closed, with nothing changed, and the status line says so.
    mutating func cancelRemoval() {
        overlay = nil
        message = StatusMessage(text: l10n(.removalCancelled), isError: false)
    }

    // MARK: The runtime's answers

    /// The preview's places have been found; the dialog may be under help opened over it.
    mutating func removalPlanned(_ id: UUID, _ result: Result<RemovalPlan, RemovalFailure>) {
        guard let index = removalIndex, case .removal(var dialog) = overlays[index], dialog.volunteerID == id else { return }
        switch result {
        case .success(let plan):
            dialog.plan = plan
            overlays[index] = .removal(dialog)
        case .failure(let failure):
            overlays.removeSubrange(index...)
            message = StatusMessage(text: l10n.removalFailure(failure), isError: true)
        }
    }

    mutating func removalProgressed(_ step: Store.ErasureStep) {
        guard let index = removalIndex, case .removal(var dialog) = overlays[index] else { return }
        dialog.progress = step
        overlays[index] = .removal(dialog)
    }

    /// Done: the register as the store holds it now, back on the list the volunteer was
    /// opened from, and a status line with what was done and how many records.
    mutating func removed(_ result: Result<RemovalReport, RemovalFailure>) {
        if let index = removalIndex { overlays.removeSubrange(index...) }
        switch result {
        case .success(let report):
            replaceRegister(report.register)
            stack.removeAll { screen in
                if case .detail(let detail) = screen { return detail.ref == .volunteer(report.volunteerID) }
                return false
            }
            message = StatusMessage(text: l10n.removalDone(report), isError: false)
        case .failure(let failure):
            message = StatusMessage(text: l10n.removalFailure(failure), isError: true)
        }
    }

    /// After another program's save: a dialog about someone no longer in the register
    /// closes, saying nothing was changed; true when it did. One being carried out
    /// waits for its own answer.
    mutating func closeRemovalOfSomeoneGone() -> Bool {
        guard let index = removalIndex, case .removal(let dialog) = overlays[index],
              dialog.step != .running, context.volunteer(dialog.volunteerID) == nil else { return false }
        overlays.removeSubrange(index...)
        message = StatusMessage(text: l10n(.removalGone), isError: true)
        return true
    }

    /// Where the removal dialog is among the overlays (help may be open over it).
    private var removalIndex: Int? {
        overlays.lastIndex { overlay in
            if case .removal = overlay { return true }
            return false
        }
    }
}
