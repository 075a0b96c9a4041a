import FrivilligCore
import Foundation
import TerminalUI

extension AppState {
    /// The one way in: applies a message and returns the effects for the runtime to
    /// perform, whose answers come back as messages. A volunteer's detail that comes on
    /// top (or whose history a save made stale) asks for the history here.
    public mutating func update(_ message: Message) -> [Effect] {
        var effects: [Effect]
        switch message {
        case .key(let key): effects = updateKey(key)
        case .committed(let result):
            committed(result)
            effects = []
        case .storeChanged(let newRegister):
            storeChanged(newRegister)
            effects = []
        case .resized(let width, let height):
            resize(width: width, height: height)
            effects = []
        case .fileRead(let path, let result):
            fileRead(path, result)
            effects = []
        case .historyLoaded(let id, let entries):
            if case .volunteer(id)? = currentDetail?.ref { history = LoadedHistory(volunteerID: id, entries: entries) }
            effects = []
        case .letterWritten(let path):
            self.message = StatusMessage(text: l10n(.letterWritten, path), isError: false)
            effects = []
        case .letterFailed(let reason):
            self.message = StatusMessage(text: l10n(.letterFailed, reason), isError: true)
            effects = []
        case .removalPlanned(let id, let result):
            removalPlanned(id, result)
            effects = []
        case .removalProgress(let step):
            removalProgressed(step)
            effects = []
        case .removed(let result):
            removed(result)
            effects = []
        case .retentionProgress(let row, let step):
            retentionProgressed(row: row, step)
            effects = []
        case .retentionCarriedOut(let report):
            retentionCarriedOut(report)
            effects = []
        case .notice(let notice):
            self.message = notice
            effects = []
        case .tick:
            let day = environment.today()
            if day != today { newDay(day) }
            effects = []
        case .editingClaimed:
            isReadOnly = false
            self.message = StatusMessage(text: l10n(.tuiEditingClaimed), isError: false)
            effects = []
        }
        return effects + historyWanted()
    }

    /// `.loadHistory` for the volunteer whose detail is on top, when their history is not
    /// in hand or a save made it stale.
    private mutating func historyWanted() -> [Effect] {
        guard case .volunteer(let id)? = currentDetail?.ref else { return [] }
        if let history, history.volunteerID == id, !history.isStale { return [] }
        if history?.volunteerID != id { history = nil }
        history = LoadedHistory(volunteerID: id, entries: history?.entries ?? [])
        return [.loadHistory(id)]
    }

    /// Applies one key to what has the focus: the overlay on top, else a `/` search's
    /// own keys and its text, else the screen's key table (`KeyTable`). A paste goes to
    /// the text being typed (a field, a filter, a search) by that text's rules, and is
    /// refused with a message where nothing is typed.
    private mutating func updateKey(_ key: Key) -> [Effect] {
        message = nil
        if key == .resize { return [] }
        if let binding = KeyTable.everywhere.first(where: { $0.keys.contains(key) }) { return perform(binding.action) }
        if case .paste = key, !isTextEntry {
            // Nothing here takes text: the paste must not act as the keys inside it.
            message = StatusMessage(text: l10n(.pasteNowhere), isError: true)
            return []
        }
        switch focus {
        case .overlay(let top): return updateOverlay(top, key)
        case .search:
            if let effects = dispatch(key, in: .search) { return effects }
            if typeIntoSearch(key) { return [] }
            return dispatch(key, in: keyScope) ?? []
        case .screen(let scope): return dispatch(key, in: scope) ?? []
        }
    }

    /// The runtime's answer to a `.commit` effect.
    private mutating func committed(_ result: CommitResult) {
        switch result {
        case .saved(let newRegister):
            replaceRegister(newRegister)
            message = StatusMessage(text: l10n(.tuiSaved), isError: false)
            switch afterCommit {
            case .closeForm(let saved)?:
                overlay = nil
                if var list = currentList, let i = list.refs.firstIndex(of: saved) {
                    list.viewport.selected = i
                    currentList = list
                }
            case .closeOverlay?: overlay = nil
            case .report(let text)?:
                overlay = nil
                message = StatusMessage(text: text, isError: false)
            case .markedDone(let text)?:
                currentList?.marked = []
                message = StatusMessage(text: text, isError: false)
            case .clearMarks?:
                overlay = nil
                for kind in lists.keys { lists[kind]!.marked = [] }
                if var list = currentList {
                    list.marked = []
                    currentList = list
                }
            case nil: break
            }
        case .refused(let error):
            if case .form(var form) = overlay, case .invalid(let errors) = error {
                form.show(errors)
                overlay = .form(form)
            } else if case .form(let form) = overlay, case .conflict(let conflict) = error {
                overlay = .conflict(ConflictDialog(conflict: conflict, form: form))
                afterCommit = nil
                return
            } else if case .confirmDelete = overlay {
                overlay = nil
            }
            message = StatusMessage(text: l10n.registerError(error).joined(separator: " "), isError: true)
        case .failed(let lines):
            message = StatusMessage(text: lines.joined(separator: " "), isError: true)
        }
        afterCommit = nil
    }

    /// Another program saved changes to the store; show them, keeping the place. A removal
    /// dialog about someone it deleted closes, saying so.
    private mutating func storeChanged(_ newRegister: Register) {
        replaceRegister(newRegister)
        if closeRemovalOfSomeoneGone() { return }
        if overlay == nil { message = StatusMessage(text: l10n(.tuiReloaded), isError: false) }
    }

    /// Resizes the screen; everything is laid out again at the new size.
    private mutating func resize(width: Int, height: Int) {
        self.width = width
        self.height = height
        layout()
    }

    // MARK: Screens

    /// A key typed into the `/` search filters the list live; false when the search field
    /// has no use for it.
    private mutating func typeIntoSearch(_ key: Key) -> Bool {
        guard var list = currentList else { return false }
        let before = list.filter.text
        guard list.filter.handle(key) else { return false }
        if list.filter.text != before {
            list.refresh(context)
            list.viewport.home()
        }
        currentList = list
        return true
    }

    mutating func openDetail(_ ref: RecordRef) {
        stack.append(.detail(DetailScreen(ref: ref)))
    }

    // MARK: Overlays

    /// A form's keys go to the form, but for F1, which opens help over it; every other
    /// overlay's go through its table (`OverlayKeyTable`).
    private mutating func updateOverlay(_ top: Overlay, _ key: Key) -> [Effect] {
        guard case .form(var form) = top else { return updateOverlayKey(top, key) }
        if form.keyMap.bindings.binding(for: key)?.action == .help {
            overlays.append(.help)
            return []
        }
        let outcome = form.handle(key)
        overlay = .form(form)
        switch outcome {
        case .stay: return []
        case .cancel:
            overlay = nil
            return []
        case .quit: return [.quit]
        case .save(let changes, let base):
            afterCommit = AppState.afterSaving(changes)
            return [.commit(changes, base: base)]
        }
    }
}
