import Foundation
import FrivilligCore

/// What the runtime found before a removal: every place the person occurs in the store's
/// files, and the label anonymising them would give.
public struct RemovalPlan: Equatable, Sendable {
    public let preview: ErasurePreview
    public let label: String

    public init(preview: ErasurePreview, label: String) {
        self.preview = preview
        self.label = label
    }
}

/// What a removal did, for the status line (a count, never the person) and the screens.
public struct RemovalReport: Sendable {
    public let volunteerID: UUID
    public let kind: RemovalKind
    /// The records it changed or took away: the volunteer and their agreements.
    public let records: Int
    /// The anonymised record's new name; nil after an erasure.
    public let label: String?
    /// The register as the store now holds it.
    public let register: Register
}

/// Why the runtime did not plan or carry out a removal; nothing was changed then, but
/// for a store error met half-way, which the next open finishes (the store's intent file).
public enum RemovalFailure: Error, Equatable, Sendable {
    /// The volunteer was deleted or erased in another program meanwhile.
    case gone
    /// The volunteer was renamed in another program after the name was confirmed.
    case changed
    case store(StoreError)
}
