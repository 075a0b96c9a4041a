/// A value picked from a fixed list (a status, a kind, a workplace, contact persons):
/// the form shows the chosen option's localized name and stores its stable id, so a
/// typo can never produce a value the register does not know.
struct ChoiceControl: Sendable {
    struct Option: Hashable, Sendable {
        /// The stored value: a raw value or a UUID string; empty for "none".
        let id: String
        let label: String
        /// Ids of the records the option belongs to (the workplaces a contact person is
        /// listed at), for putting those of the one chosen elsewhere in the form first.
        var groups: [String] = []
    }

    let options: [Option]
    /// Ids of the chosen options; exactly one for a single choice.
    private(set) var selected: [String]
    let allowsMany: Bool
    /// Shown but not changeable, e.g. the volunteer of an agreement opened from them.
    let isLocked: Bool
    /// The form field whose choice is listed first when this list opens: the agreement's
    /// contact persons put the chosen workplace's own ahead of the rest.
    var groupedBy: String?

    /// A single choice; an unknown `selected` falls back to the first option.
    init(options: [Option], selected: String?, isLocked: Bool = false) {
        self.options = options
        let known = options.first { $0.id == selected } ?? options.first
        self.selected = known.map { [$0.id] } ?? []
        allowsMany = false
        self.isLocked = isLocked
    }

    /// Any number of options, kept in the order they were chosen.
    init(options: [Option], selectedMany: [String]) {
        self.options = options
        selected = selectedMany.filter { id in options.contains { $0.id == id } }
        allowsMany = true
        isLocked = false
    }

    /// The chosen options' names, as the form shows them.
    var display: String {
        selected.compactMap { id in options.first { $0.id == id }?.label }.joined(separator: ", ")
    }

    func isSelected(_ id: String) -> Bool { selected.contains(id) }

    /// Picks `id`: replaces a single choice, adds or removes one of many.
    mutating func choose(_ id: String) {
        if !allowsMany {
            selected = [id]
        } else if let i = selected.firstIndex(of: id) {
            selected.remove(at: i)
        } else {
            selected.append(id)
        }
    }

    /// Moves a single choice to the next or previous option, wrapping around, for ←/→.
    mutating func cycle(by step: Int) {
        guard !allowsMany, !options.isEmpty else { return }
        let current = options.firstIndex { $0.id == selected.first } ?? 0
        selected = [options[(current + step + options.count) % options.count].id]
    }
}
