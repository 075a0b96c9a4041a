import TerminalUI

extension AppState {
    /// The screen on top, whose key table applies (overlays have their own keys and come
    /// before it).
    var keyScope: KeyScope {
        if let detail = currentDetail { return .detail(detail.ref.kind) }
        if let list = currentList { return .list(list.kind, pushed: !stack.isEmpty) }
        if tab == .statistics { return .statistics }
        return .overview
    }

    /// True while a list's `/` search takes the keys; its table comes before the screen's,
    /// and what neither the table nor the search field takes goes to the screen.
    var isSearching: Bool { currentList?.isFiltering == true }

    /// The keys of `scope` that are part of it now (shown in `?`, named in the hint,
    /// acted on), disabled ones included so they can say why.
    func keyMap(_ scope: KeyScope) -> KeyMap<KeyAction> {
        let map = KeyTable.map(scope)
        return KeyMap(map.bindings.filter { availability($0.condition) != .absent }, otherKeys: map.otherKeys)
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
        guard let binding = keyMap(scope).bindings.binding(for: key) else { return nil }
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

    /// The lines of `?`: each help text of the table of what it describes once, in table
    /// order, the keys in one column. A help text is "keys   what they do" (three spaces
    /// apart); one without the gap ("any key closes") stands as it is.
    func helpLines() -> [String] {
        var seen = Set<TextKey>()
        let texts = (helpKeys(helpDescribes) + [.helpClose]).filter { seen.insert($0).inserted }.map { l10n($0) }
        let pairs = texts.map { text -> (keys: String, what: String)? in
            guard let gap = text.range(of: "   ") else { return nil }
            return (String(text[..<gap.lowerBound]), text[gap.upperBound...].trimmingCharacters(in: .whitespaces))
        }
        let keyWidth = pairs.compactMap { $0.map { TextWidth.width(of: $0.keys) } }.max() ?? 0
        return zip(texts, pairs).map { text, pair in
            pair.map { TextWidth.pad($0.keys, to: keyWidth) + "   " + $0.what } ?? text
        }
    }

    /// What `?` lists the keys of: with help open, whatever it was opened over (a form,
    /// an overlay, the screen); else what has the keys.
    private var helpDescribes: Focus {
        guard case .help? = overlays.last else { return focus }
        return overlays.count > 1 ? .overlay(overlays[overlays.count - 2]) : .screen(keyScope)
    }

    /// The help texts of `focus`'s table; over an overlay, the keys of every screen
    /// (Ctrl-L) follow, as they work there too.
    private func helpKeys(_ focus: Focus) -> [TextKey] {
        let everywhere = KeyTable.everywhere.map(\.help)
        switch focus {
        case .overlay(.form(let form)): return form.keyMap.helpKeys + everywhere
        case .overlay(let top): return (overlayKeyScope(top).map { OverlayKeyTable.map($0).helpKeys } ?? []) + everywhere
        case .search: return keyMap(.search).helpKeys
        case .screen(let scope): return keyMap(scope).helpKeys
        }
    }

    /// The status line's hint for what has the keys, from the same tables; over a form
    /// or a dialog the keys of every screen follow (F2 opens the lookup there too).
    var keyHint: String {
        let everywhere = KeyMap(KeyTable.everywhere).hint(l10n)
        let then = { (hint: String) in [hint, everywhere].filter { !$0.isEmpty }.joined(separator: HintLine.separator) }
        switch focus {
        case .overlay(.form(let form)): return then(form.statusHint)
        case .overlay(.emergency(let lookup)): return overlayKeyScope(.emergency(lookup)).map { OverlayKeyTable.map($0).hint(l10n) } ?? ""
        case .overlay(let top): return then(overlayKeyScope(top).map { OverlayKeyTable.map($0).hint(l10n) } ?? "")
        case .search: return keyMap(.search).hint(l10n)
        case .screen(let scope): return keyMap(scope).hint(l10n)
        }
    }
}
