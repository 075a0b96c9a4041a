import FrivilligCore
import TerminalUI

/// The small list that opens over a choice field: ↑/↓ to move, typing to narrow it down
/// (Danish-aware, so `ostergaard` finds Østergaard), Enter to choose. For a field that
/// takes many options, space ticks them on and off and Enter or Esc closes the list.
struct ChoicePicker: Sendable {
    /// Rows of options shown at most; longer lists scroll.
    static let visibleRows = 7

    enum Result {
        case open
        case closed
        /// The key means nothing here; the picker closes and the form handles it.
        case unhandled
    }

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

    mutating func handle(_ key: Key, choice: inout ChoiceControl) -> Result {
        switch key {
        case .up: viewport.moveUp()
        case .down: viewport.moveDown()
        case .pageUp: viewport.pageUp()
        case .pageDown: viewport.pageDown()
        case .escape: return .closed
        case .resize, .unknown: break
        case .enter:
            guard !choice.allowsMany else { return .closed }
            guard let option = highlighted(choice) else { return .open }
            choice.choose(option.id)
            return .closed
        case .char(" ") where choice.allowsMany:
            if let option = highlighted(choice) { choice.choose(option.id) }
        case .char, .paste, .backspace, .delete, .left, .right, .home, .end, .ctrl:
            let before = filter.text
            guard filter.handle(key) else { return .open }
            if filter.text != before { refilter(choice) }
        default:
            return .unhandled
        }
        return .open
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
