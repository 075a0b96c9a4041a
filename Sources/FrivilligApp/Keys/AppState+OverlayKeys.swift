import TerminalUI

extension AppState {
    /// Which overlay table applies to `top`; nil for a form, whose keys are its own.
    func overlayKeyScope(_ top: Overlay) -> OverlayKeyScope? {
        switch top {
        case .help: return .help
        case .notice: return .notice
        case .confirmDelete: return .confirmDelete
        case .conflict(let dialog): return .conflict(deleted: dialog.conflict.wasDeleted)
        case .emergency: return .emergency(canOpenHit: lookupCanOpenHit)
        case .spreadsheetImport(let dialog):
            guard let plan = dialog.plan else { return .importPath }
            return .importPlan(canImport: !plan.changes.isEmpty)
        case .removal(let dialog):
            switch dialog.step {
            case .kind, .relatives: return .removalChoice
            case .preview:
                let scrollable = RemovalLayout(dialog, l10n: l10n, in: removalArea).lastScroll > 0
                return .removalPreview(ready: dialog.plan != nil, scrollable: scrollable)
            case .name: return .removalName
            case .running: return .removalRunning
            }
        case .retentionBatch(let batch): return .retentionBatch(running: batch.running != nil)
        case .workplaceFilter: return .workplaceFilter
        case .form: return nil
        }
    }

    /// Looks `key` up in the table of the overlay on top and acts on it; a key the table
    /// does not list is text, the table's "any key", or nothing, as the table says.
    mutating func updateOverlayKey(_ top: Overlay, _ key: Key) -> [Effect] {
        guard let scope = overlayKeyScope(top) else { return [] }
        let map = OverlayKeyTable.map(scope)
        if let binding = map.bindings.binding(for: key) { return perform(binding.action, on: top) }
        switch map.otherKeys {
        case .ignored: return []
        case .text:
            type(key, into: top)
            return []
        case .any(let action, _, _): return perform(action, on: top)
        }
    }

    private mutating func perform(_ action: OverlayAction, on top: Overlay) -> [Effect] {
        switch (action, top) {
        case (.close, _), (.cancelDelete, _):
            overlay = nil
        case (.help, _):
            overlays.append(.help)
        case (.scrollUp, .emergency(var lookup)), (.scrollDown, .emergency(var lookup)),
             (.pageUp, .emergency(var lookup)), (.pageDown, .emergency(var lookup)):
            let step = action == .scrollUp ? -1 : action == .scrollDown ? 1 : action == .pageUp ? -5 : 5
            lookup.scroll = min(max(0, lookup.scroll + step), max(0, lookup.hits.count - 1))
            overlay = .emergency(lookup)
        case (.openHit, .emergency(let lookup)):
            guard lookup.hits.indices.contains(lookup.scroll) else { break }
            overlay = nil
            openDetail(.volunteer(register.volunteers[lookup.hits[lookup.scroll]].id))
        case (.confirmDelete, .confirmDelete(let confirmation)):
            afterCommit = .report(l10n(.tuiDeleted))
            return [.commit([confirmation.change])]
        case (.keepMine, .conflict(let dialog)), (.keepTheirs, .conflict(let dialog)):
            guard let change = action == .keepMine ? dialog.conflict.keepingMine : dialog.conflict.keepingTheirs else { break }
            overlay = .form(dialog.form)
            afterCommit = AppState.afterSaving([change])
            return [.commit([change])]
        case (.backToForm, .conflict(let dialog)):
            overlay = .form(dialog.form)
        case (.readFile, .spreadsheetImport(let dialog)):
            return readSpreadsheet(dialog)
        case (.importPlan, .spreadsheetImport(let dialog)):
            return importSpreadsheet(dialog)
        case (.switchChoice, .removal(var dialog)):
            dialog.switchChoice()
            overlay = .removal(dialog)
        case (.nextStep, .removal(var dialog)):
            dialog.advance()
            overlay = .removal(dialog)
        case (.scrollUp, .removal(let dialog)): scrollRemoval(dialog, by: -1)
        case (.scrollDown, .removal(let dialog)): scrollRemoval(dialog, by: 1)
        case (.pageUp, .removal(let dialog)): scrollRemoval(dialog, by: -removalPage)
        case (.pageDown, .removal(let dialog)): scrollRemoval(dialog, by: removalPage)
        case (.confirmRemoval, .removal(let dialog)):
            return confirmRemoval(dialog)
        case (.cancelRemoval, _):
            cancelRemoval()
        case (.scrollUp, .workplaceFilter(var filter)), (.scrollDown, .workplaceFilter(var filter)),
             (.pageUp, .workplaceFilter(var filter)), (.pageDown, .workplaceFilter(var filter)):
            filter.move(action)
            overlay = .workplaceFilter(filter)
        case (.pickWorkplace, .workplaceFilter(let filter)):
            chooseStatisticsWorkplace(filter)
        case (.confirmRetention, .retentionBatch(let batch)):
            return confirmRetentionBatch(batch)
        case (.cancelRetention, _):
            overlay = nil
            message = StatusMessage(text: l10n(.retentionNotConfirmed), isError: false)
        default:
            // A table names only actions of its own overlay.
            break
        }
        return []
    }

    /// A key typed into the overlay's text: the lookup's query (which searches at
    /// once), the import dialog's path or the removal dialog's name.
    private mutating func type(_ key: Key, into top: Overlay) {
        switch top {
        case .emergency(var lookup):
            let before = lookup.query.text
            if lookup.query.handle(key), lookup.query.text != before { lookup.search(context.volunteerIndex) }
            overlay = .emergency(lookup)
        case .spreadsheetImport(var dialog):
            _ = dialog.path.handle(key)
            overlay = .spreadsheetImport(dialog)
        case .removal(let dialog):
            typeName(key, into: dialog)
        case .retentionBatch(var batch):
            let before = batch.typed.text
            if batch.typed.handle(key), batch.typed.text != before { batch.wrongCount = false }
            overlay = .retentionBatch(batch)
        case .workplaceFilter(var filter):
            filter.type(key)
            overlay = .workplaceFilter(filter)
        case .help, .notice, .confirmDelete, .conflict, .form:
            break
        }
    }
}
