/// What a key does to the overlay on top; `AppState.perform(_:on:)` carries it out.
enum OverlayAction: Equatable, Sendable {
    /// Close the overlay (help, a notice, the lookup, the import dialog); under a
    /// conflict about a deleted record, close the form too.
    case close
    /// The emergency lookup's hits.
    case scrollUp, scrollDown, pageUp, pageDown
    /// Open the detail of the lookup's top hit.
    case openHit
    case confirmDelete, cancelDelete
    /// A conflict's way out: this form's values, the ones saved meanwhile, or back to the form.
    case keepMine, keepTheirs, backToForm
    /// The import dialog: read the typed file, then import what it would do.
    case readFile, importPlan
    /// The removal dialog: the other of its two choices, the next step, Enter on the
    /// typed name, and Esc, which closes it with nothing changed.
    case switchChoice, nextStep, confirmRemoval, cancelRemoval
    /// The retention batch: Enter on the typed number, and Esc.
    case confirmRetention, cancelRetention
    /// The statistics tab's workplace list: count the highlighted one.
    case pickWorkplace
    /// `?` help over the overlay, listing its keys.
    case help
}
