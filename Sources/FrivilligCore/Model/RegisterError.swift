import Foundation

/// Why a change cannot be applied. Nothing is written when one of these is thrown.
public enum RegisterError: Error, Equatable, Sendable {
    case notFound(UUID)
    /// A workplace or contact still used elsewhere cannot be deleted.
    case stillReferenced([Reference])
    case invalid([FieldError])
    /// The change was made from an older revision of a record that someone else changed
    /// (or deleted) meanwhile, in the same field; nothing was written.
    case conflict(RevisionConflict)
}
