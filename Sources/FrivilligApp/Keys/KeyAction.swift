/// What a key binding does; `AppState.perform(_:)` carries it out on whatever is on top.
enum KeyAction: Equatable, Sendable {
    case up, down, pageUp, pageDown, first, last
    /// Enter on the overview: the records behind the line.
    case openLine
    /// The statistics tab: the records behind the bar; the next period; the next workplace.
    case openBar, nextPeriod, chooseWorkplace
    case open, mark, search, add, edit, delete
    /// `*`: mark every shown row, or unmark them all.
    case markAll
    /// The volunteers of the workplace or event on screen, as a list.
    case linkedVolunteers
    /// A recognition event for the marked volunteers, or the selected one.
    case recognise
    case importSpreadsheet
    /// A new agreement for the volunteer on screen.
    case newAgreement
    case welcomeLetter
    /// A task's ranking of volunteers ("who should I ask?").
    case ranking
    /// On a ranking: the marked (or selected) volunteers were asked today; they take the task.
    case recordAsked, assignTask
    /// The removal dialog for the volunteer on screen or selected: anonymise or erase.
    case anonymiseOrErase
    /// The retention list's marked rows (or its selected one), carried out together.
    case carryOutRetention
    /// The settings form, from the overview.
    case settings
    /// Close the pushed screen (a detail, an overview line's list).
    case back
    case clearSearch
    /// End a search as typed: keep it applied, or drop it.
    case keepSearch, dropSearch
    case quit
    case tab(Tab)
    case nextTab, previousTab
    case help, emergency, redraw
    /// Ctrl-C: quit, but ask first where a form holds changes.
    case interrupt
}
