extension AppState {
    /// Opens the emergency lookup over whatever is on screen (a form, a picker, a
    /// dialog), which stays as it was underneath until Esc closes the lookup; the key
    /// that opened it closes it too. Help, which any key closes, gives way to it.
    mutating func openLookup() {
        if case .help? = overlays.last { overlays.removeLast() }
        if case .emergency? = overlays.last {
            overlays.removeLast()
            return
        }
        overlays.append(.emergency(EmergencyLookup()))
    }

    /// Whether Enter may open a hit's detail: only when nothing but the screen is under
    /// the lookup, since a screen opened under a form or dialog would stay hidden.
    var lookupCanOpenHit: Bool {
        guard case .emergency? = overlays.first else { return false }
        return true
    }
}
