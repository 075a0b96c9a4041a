import FrivilligCore
import TerminalUI

/// The small list that opens over a choice field: ↑/↓ to move, typing to narrow it down
/// (Danish-aware, so `ostergaard` finds Østergaard; words in any order, so `kildebakken
/// søren` finds "Søren Østergaard · Dagcenter Kildebakken"), Enter to choose. For a field that
/// takes many options, space ticks them on and off and Enter or Esc closes the list; while
/// a filter is typed, space is part of it (`dagcenter k`), and Enter ticks the highlighted
/// option and empties the filter for the next (the keys are the form's, in `FormKeyTable`).
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

    /// The options in the order they are listed: those of `group` first.
    private let order: [Int]

    /// Opens on the current choice (the first chosen one of many); the options belonging
    /// to `group` (the workplace chosen in the form) come first, then the rest.
    init(fieldIndex: Int, choice: ChoiceControl, group: String? = nil) {
        self.fieldIndex = fieldIndex
        let indices = Array(choice.options.indices)
        let none = indices.filter { choice.options[$0].id.isEmpty }
        let first = group.map { g in indices.filter { choice.options[$0].groups.contains(g) } } ?? []
        order = none + first + indices.filter { !first.contains($0) && !none.contains($0) }
        matches = order
        folded = choice.options.map { FoldedText($0.label) }
        let current = order.firstIndex { choice.isSelected(choice.options[$0].id) } ?? 0
        viewport = ListViewport(count: matches.count, height: ChoicePicker.visibleRows, selected: current)
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

    var isFiltering: Bool { !filter.text.isEmpty }

    /// Empties the filter: every option is listed again.
    mutating func clearFilter(_ choice: ChoiceControl) {
        filter = TextField()
        refilter(choice)
    }

    func highlighted(_ choice: ChoiceControl) -> ChoiceControl.Option? {
        matches.isEmpty ? nil : choice.options[matches[viewport.selected]]
    }

    private mutating func refilter(_ choice: ChoiceControl) {
        let query = SearchQuery(filter.text)
        var asTyped: [Int] = [], inAnyOrder: [Int] = []
        for i in order {
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
