import Foundation

/// Two saves of one record that cannot both stand: someone else saved (or deleted) it
/// after this change was made from it, and in the same field.
///
/// Carries both ways out, each already made from the newer revision, so the interface
/// can show both values and commit whichever the user picks.
public struct RevisionConflict: Equatable, Sendable {
    /// One field both saves changed, as JSON text of the record's key.
    public struct Field: Equatable, Sendable {
        public let key: String
        public let mine: String
        public let theirs: String

        public init(key: String, mine: String, theirs: String) {
            self.key = key
            self.mine = mine
            self.theirs = theirs
        }
    }

    /// The record as `Reference` names it (kind, id, name).
    public let record: Reference
    /// The fields both changed; empty when the record was deleted meanwhile.
    public let fields: [Field]
    /// This save with its values in the conflicting fields (and everything else merged);
    /// nil when the record was deleted, as a delete is newer than any revision.
    public let keepingMine: Change?
    /// This save with the other save's values in the conflicting fields.
    public let keepingTheirs: Change?

    public var wasDeleted: Bool { keepingMine == nil }
}
