/// When a binding applies, in the style of lazygit's `GetDisabledReason`: a binding whose
/// condition fails is either refused with a reason the user reads, or not part of the
/// screen at all (not in `?`, not in the hint, the key does nothing).
enum KeyCondition: Equatable, Sendable {
    case always
    /// A record must be selected; on an empty list the key says so.
    case selection
    /// Only while a search is applied to the list (Esc clears it); absent otherwise.
    case searchApplied
}

/// What a `KeyCondition` comes to in the current state.
enum KeyAvailability: Equatable, Sendable {
    case available
    /// Shown, but the key is refused with this reason.
    case disabled(TextKey)
    /// Not a key of the screen right now.
    case absent
}
