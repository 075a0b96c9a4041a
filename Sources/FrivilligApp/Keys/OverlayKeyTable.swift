/// Every overlay's key table, in the order `?` lists the keys and the hint line names
/// them. The one place an overlay's keys are declared.
enum OverlayKeyTable {
    static func map(_ scope: OverlayKeyScope) -> KeyMap<OverlayAction> {
        switch scope {
        case .help, .notice:
            return KeyMap([], otherKeys: .any(.close, help: .helpClose, hint: .helpClose))
        case .confirmDelete:
            return KeyMap([KeyBinding(.char("j"), .char("y"), action: .confirmDelete, help: .helpConfirmDelete, hint: .hintConfirmDelete)],
                          otherKeys: .any(.cancelDelete, help: .helpOtherKeysCancel, hint: .helpOtherKeysCancel))
        case .conflict(deleted: true):
            return KeyMap([], otherKeys: .any(.close, help: .conflictHintDeleted, hint: .conflictHintDeleted))
        case .conflict(deleted: false):
            return KeyMap([
                KeyBinding(.char("1"), action: .keepMine, help: .helpKeepMine, hint: .hintKeepMine),
                KeyBinding(.char("2"), action: .keepTheirs, help: .helpKeepTheirs, hint: .hintKeepTheirs),
                KeyBinding(.escape, action: .backToForm, help: .helpBackToForm, hint: .hintBack),
                .help(.help),
            ])
        case .emergency(let canOpenHit):
            let opening = KeyBinding<OverlayAction>(.enter, action: .openHit, help: .helpOpenHit, hint: .hintOpen)
            return KeyMap([
                KeyBinding(.up, action: .scrollUp, help: .helpScrollHits, hint: .hintScroll),
                KeyBinding(.down, action: .scrollDown, help: .helpScrollHits, hint: .hintScroll),
                KeyBinding(.pageUp, action: .pageUp, help: .helpScrollHits),
                KeyBinding(.pageDown, action: .pageDown, help: .helpScrollHits),
            ] + (canOpenHit ? [opening] : []) + [
                KeyBinding(.escape, action: .close, help: .helpCloseLookup, hint: .hintClose),
                .help(.help),
            ], otherKeys: .text(hint: .hintTypeToSearch))
        case .importPath:
            return KeyMap([
                KeyBinding(.enter, action: .readFile, help: .helpReadFile, hint: .hintReadFile),
                KeyBinding(.escape, action: .close, help: .helpCancelImport, hint: .hintCancelImport),
                .help(.help),
            ], otherKeys: .text(hint: .hintTypePath))
        case .removalChoice:
            return KeyMap([
                KeyBinding(.up, action: .switchChoice, help: .helpRemovalChoose, hint: .hintSelect),
                KeyBinding(.down, action: .switchChoice, help: .helpRemovalChoose, hint: .hintSelect),
                KeyBinding(.enter, action: .nextStep, help: .helpRemovalNext, hint: .hintRemovalNext),
                cancelRemoval, .help(.help),
            ])
        case .removalPreview(let ready, let scrollable):
            let scrolling: [KeyBinding<OverlayAction>] = scrollable ? [
                KeyBinding(.up, action: .scrollUp, help: .helpRemovalScroll, hint: .hintScroll),
                KeyBinding(.down, action: .scrollDown, help: .helpRemovalScroll, hint: .hintScroll),
                KeyBinding(.pageUp, action: .pageUp, help: .helpRemovalScroll),
                KeyBinding(.pageDown, action: .pageDown, help: .helpRemovalScroll),
            ] : []
            let next: [KeyBinding<OverlayAction>] = ready ? [KeyBinding(.enter, action: .nextStep, help: .helpRemovalNext, hint: .hintRemovalNext)] : []
            return KeyMap(scrolling + next + [cancelRemoval, .help(.help)])
        case .removalName:
            return KeyMap([
                KeyBinding(.enter, action: .confirmRemoval, help: .helpRemovalConfirm, hint: .hintRemovalConfirm),
                cancelRemoval, .help(.help),
            ], otherKeys: .text(hint: .hintTypeName))
        case .removalRunning, .retentionBatch(running: true):
            return KeyMap([])
        case .retentionBatch(running: false):
            return KeyMap([
                KeyBinding(.enter, action: .confirmRetention, help: .helpRetentionBatchConfirm, hint: .hintRetentionBatchConfirm),
                KeyBinding(.escape, action: .cancelRetention, help: .helpRetentionBatchCancel, hint: .hintRetentionBatchCancel),
                .help(.help),
            ], otherKeys: .text(hint: .hintTypeCount))
        case .workplaceFilter:
            return KeyMap([
                KeyBinding(.up, action: .scrollUp, help: .formHelpPickerMove, hint: .formHintPickerMove),
                KeyBinding(.down, action: .scrollDown, help: .formHelpPickerMove, hint: .formHintPickerMove),
                KeyBinding(.pageUp, action: .pageUp, help: .helpPage),
                KeyBinding(.pageDown, action: .pageDown, help: .helpPage),
                KeyBinding(.enter, action: .pickWorkplace, help: .formHelpPick, hint: .formHintPick),
                KeyBinding(.escape, action: .close, help: .formHelpClosePicker, hint: .formHintClosePicker),
                .help(.help),
            ], otherKeys: .text(hint: .formHintFilter, position: 1))
        case .importPlan(let canImport):
            let importing = KeyBinding<OverlayAction>(.char("j"), .char("y"), action: .importPlan, help: .helpImportPlan, hint: .hintImportPlan)
            return KeyMap((canImport ? [importing] : []) + [
                KeyBinding(.escape, action: .close, help: .helpCancelImport, hint: .hintCancelImport),
                .help(.help),
            ])
        }
    }

    /// Esc on every step of the removal dialog until it is carried out.
    private static let cancelRemoval = KeyBinding<OverlayAction>(.escape, action: .cancelRemoval, help: .helpRemovalCancel, hint: .hintRemovalCancel)
}
