import FrivilligCore
import TerminalUI

/// The small list that opens over a choice field: ↑/↓ to move, typing to narrow it down
/// (Danish-aware, so `ostergaard` finds Østergaard; words in any order, so `kildebakken
/// søren` finds "Søren Østergaard · Dagcenter Kildebakken"), Enter to choose. For a field that
/// takes many options, space ticks them on and off and Enter or Esc closes the list
/// (the keys are the form's, in `FormKeyTable`).
struct ChoicePicker: Sendable {
    /// Rows of options shown at most; longer lists scroll.
    static let visibleRows = 7

    let fieldIndex: Int
    private(set) var filter = TextField()
    /// Positions into the choice's options that match the filter: those holding it as
    /// typed first, then those holding its words in another order.
    private(set) var matches: [Int]
    /// The options' labels, folded once when the list opens rather than per key.
    private let folded: [FoldedText]
    private(set) var viewport: ListViewport

    /// Opens on the current choice (the first chosen one of many).
    init(fieldIndex: Int, choice: ChoiceControl) {
        self.fieldIndex = fieldIndex
        matches = Array(choice.options.indices)
        folded = choice.options.map { FoldedText($0.label) }
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
        var asTyped: [Int] = [], inAnyOrder: [Int] = []
        for i in choice.options.indices {
            if query.isEmpty || folded[i].contains(query) {
                asTyped.append(i)
            } else if folded[i].containsEveryWord(query) {
                inAnyOrder.append(i)
            }
        }
        matches = asTyped + inAnyOrder
        viewport.count = matches.count
        viewport.selected = 0
    }
}
