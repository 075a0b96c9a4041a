/// Which overlay table applies, as `AppState.overlayKeyScope` decides it from the overlay
/// on top (a form has its own, `FormKeyScope`).
enum OverlayKeyScope: Equatable, Sendable {
    case help, notice, confirmDelete
    /// The record was deleted meanwhile: only closing is left.
    case conflict(deleted: Bool)
    /// The lookup; Enter opens a hit only when nothing but the screen is under it.
    case emergency(canOpenHit: Bool)
    /// The import dialog while its path is typed.
    case importPath
    /// The import dialog showing the file's plan; `j` only when there is something to import.
    case importPlan(canImport: Bool)
    /// The removal dialog choosing what to do, or what becomes of the person's entries
    /// as another volunteer's emergency contact.
    case removalChoice
    /// Its preview: Enter once the places are found (`ready`), the scroll keys when it
    /// is longer than the box.
    case removalPreview(ready: Bool, scrollable: Bool)
    case removalName
    /// Being carried out: no key acts until it is done.
    case removalRunning
    /// The retention list's batch: the number typed, or (`running`) no key until done.
    case retentionBatch(running: Bool)
    /// The statistics tab's list of workplaces.
    case workplaceFilter
}
