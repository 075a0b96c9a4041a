import FrivilligCore

/// The runtime's answer to `.removal(.retention)`: what was done, the register as the
/// store now holds it, and where a store error stopped the run (the rows before it stay
/// carried out, each whole).
public struct RetentionReport: Sendable {
    public let outcome: Store.RetentionOutcome
    public let register: Register
    public let total: Int
    public let stopped: Store.RetentionFailure?
}
