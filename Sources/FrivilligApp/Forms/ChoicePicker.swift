import FrivilligCore
import TerminalUI

/// The small list that opens over a choice field: ↑/↓ to move, typing to narrow it down
/// (Danish-aware, so `ostergaard` finds Østergaard), Enter to choose. For a field that
/// takes many options, space ticks them on and off and Enter or Esc closes the list
/// (the keys are the form's, in `FormKeyTable`).
struct ChoicePicker: Sendable {
    /// Rows of options shown at most; longer lists scroll.
    static let visibleRows = 7

    let fieldIndex: Int
    private(set) var filter = TextField()
    /// Positions into the choice's options that match the filter.
    private(set) var matches: [Int]
    private(set) var viewport: ListViewport

    /// Opens on the current choice (the first chosen one of many).
    init(fieldIndex: Int, choice: ChoiceControl) {
        self.fieldIndex = fieldIndex
        matches = Array(choice.options.indices)
        viewport = ListViewport(count: matches.count, height: ChoicePicker.visibleRows,
                                selected: choice.options.firstIndex { choice.isSelected($0.id) } ?? 0)
    }

    /// Moves the highlight; the form's key table (`FormKeyTable`) says which key does what.
    mutating func moveUp() { viewport.moveUp() }
    mutating func moveDown() { viewport.moveDown() }
    mutating func pageUp() { viewport.pageUp() }
    mutating func pageDown() { viewport.pageDown() }

    /// A key typed into the filter; the list narrows to the options that match.
    mutating func type(_ key: Key, choice: ChoiceControl) {
        let before = filter.text
        guard filter.handle(key), filter.text != before else { return }
        refilter(choice)
    }

    func highlighted(_ choice: ChoiceControl) -> ChoiceControl.Option? {
        matches.isEmpty ? nil : choice.options[matches[viewport.selected]]
    }

    private mutating func refilter(_ choice: ChoiceControl) {
        let query = SearchQuery(filter.text)
        matches = choice.options.indices.filter { query.isEmpty || FoldedText(choice.options[$0].label).contains(query) }
        viewport.count = matches.count
        viewport.selected = 0
    }
}
