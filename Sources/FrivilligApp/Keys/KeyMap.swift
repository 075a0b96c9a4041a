/// A key table and what becomes of the keys it does not list.
struct KeyMap<Action: Sendable>: Sendable {
    let bindings: [KeyBinding<Action>]
    let otherKeys: OtherKeys<Action>

    init(_ bindings: [KeyBinding<Action>], otherKeys: OtherKeys<Action> = .ignored) {
        self.bindings = bindings
        self.otherKeys = otherKeys
    }

    /// True when printable keys are data here rather than commands.
    var takesText: Bool {
        if case .text = otherKeys { return true }
        return false
    }

    /// The items of the status line's hint, in table order, each once; typing's item
    /// where the table puts it, "any key" last.
    var hintKeys: [TextKey] {
        var seen = Set<TextKey>()
        var keys = bindings.compactMap(\.hint).filter { seen.insert($0).inserted }
        switch otherKeys {
        case .ignored, .text(nil, _): break
        case .text(let hint?, let position): keys.insert(hint, at: min(position, keys.count))
        case .any(_, _, let hint): keys.append(hint)
        }
        return keys
    }

    /// The lines of `?`, in table order, each once.
    var helpKeys: [TextKey] {
        var seen = Set<TextKey>()
        var keys = bindings.map(\.help)
        if case .any(_, let help, _) = otherKeys { keys.append(help) }
        return keys.filter { seen.insert($0).inserted }
    }

    /// The status line's hint: its items joined the way `HintLine` drops them.
    func hint(_ l10n: Localizer) -> String {
        hintKeys.map { l10n($0) }.joined(separator: HintLine.separator)
    }
}
