extension AppState {
    /// Ctrl-C from anywhere: quits, unless a form holds changes. Then that form comes to
    /// the top (what was over it closes) and asks, as Esc does; yes quits.
    mutating func interrupt() -> [Effect] {
        guard let i = overlays.lastIndex(where: { if case .form(let f) = $0 { return f.isChanged } else { return false } }),
              case .form(var form) = overlays[i] else { return [.quit] }
        overlays.removeSubrange((i + 1)...)
        let outcome = form.interrupt()
        overlays[i] = .form(form)
        return outcome == .quit ? [.quit] : []
    }
}
