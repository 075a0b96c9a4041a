import TerminalUI

extension AppState {
    /// The screen on top, whose key table applies (overlays have their own keys and come
    /// before it).
    var keyScope: KeyScope {
        if let detail = currentDetail { return .detail(detail.ref.kind) }
        if let list = currentList { return .list(list.kind, pushed: !stack.isEmpty) }
        return .overview
    }

    /// True while a list's `/` search takes the keys; its table comes before the screen's,
    /// and what neither the table nor the search field takes goes to the screen.
    var isSearching: Bool { currentList?.isFiltering == true }

    /// The bindings of `scope` that are part of it now (shown in `?`, named in the hint,
    /// acted on), disabled ones included so they can say why.
    func keyBindings(_ scope: KeyScope) -> [KeyBinding] {
        KeyTable.bindings(scope).filter { availability($0.condition) != .absent }
    }

    func availability(_ condition: KeyCondition) -> KeyAvailability {
        switch condition {
        case .always: return .available
        case .selection: return currentList?.selectedRef == nil ? .disabled(.keysNothingSelected) : .available
        case .searchApplied: return currentList?.filter.text.isEmpty == false ? .available : .absent
        }
    }

    /// Looks `key` up in the current table and acts on it; nil when it is not a key of
    /// the screen. A key that would change the register in a read-only window, or whose
    /// condition fails, is refused with a message saying why.
    mutating func dispatch(_ key: Key, in scope: KeyScope) -> [Effect]? {
        guard let binding = keyBindings(scope).first(where: { $0.keys.contains(key) }) else { return nil }
        if isReadOnly, !binding.allowedReadOnly {
            message = StatusMessage(text: l10n(.tuiReadOnlyRefused), isError: true)
            return []
        }
        if case .disabled(let reason) = availability(binding.condition) {
            message = StatusMessage(text: l10n(reason), isError: true)
            return []
        }
        return perform(binding.action)
    }

    /// The lines of `?`: each help text of the current table once, in table order, the
    /// keys in one column. A help text is "keys   what they do" (three spaces apart).
    func helpLines() -> [String] {
        var seen = Set<TextKey>()
        let texts = keyBindings(keyScope).map(\.help).filter { seen.insert($0).inserted }.map { l10n($0) }
        let pairs = texts.map { text -> (keys: String, what: String)? in
            guard let gap = text.range(of: "   ") else { return nil }
            return (String(text[..<gap.lowerBound]), text[gap.upperBound...].trimmingCharacters(in: .whitespaces))
        }
        let keyWidth = pairs.compactMap { $0.map { TextWidth.width(of: $0.keys) } }.max() ?? 0
        let aligned = zip(texts, pairs).map { text, pair in
            pair.map { TextWidth.pad($0.keys, to: keyWidth) + "   " + $0.what } ?? text
        }
        return aligned + [l10n(.helpClose)]
    }

    /// The status line's hint for a key table's screen, from the same table.
    func hint(_ scope: KeyScope) -> String {
        var seen = Set<TextKey>()
        let hints = keyBindings(scope).compactMap(\.hint).filter { seen.insert($0).inserted }
        let typing = KeyTable.typingHint(scope).map { [$0] } ?? []
        return (typing + hints).map { l10n($0) }.joined(separator: " · ")
    }
}
