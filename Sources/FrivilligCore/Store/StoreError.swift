import Foundation

/// Why the store could not be read or written.
///
/// Every case names the file; loading errors never lead to the file being overwritten.
/// The interface renders these in the user's language, with what to do next.
public enum StoreError: Error, Equatable, Sendable {
    /// The file or its folder could not be read or created (permissions, a directory in the way).
    case unreadable(path: String, reason: String)
    /// Not JSON at all: the place where parsing stopped.
    case malformed(path: String, line: Int?, column: Int?, detail: String)
    /// Valid JSON of the wrong shape: the field path (`volunteers[3].phones[0]`) and what was expected.
    case invalidContent(path: String, field: String, detail: String)
    /// Written by a newer Frivillig; refusing it keeps us from dropping fields we do not know.
    case newerVersion(path: String, found: Int, supported: Int)
    /// A save did not complete; the previous file is intact.
    case writeFailed(path: String, reason: String)
    /// The journal beside the snapshot was written for another snapshot (e.g. the
    /// snapshot was replaced by hand); applying it would corrupt the data.
    case journalMismatch(path: String, snapshot: String)
    /// A complete journal line (or its header) is damaged. Nothing is written until the
    /// user repairs it (`frivillig check --repair`, which keeps a copy first).
    case journalDamaged(path: String, line: Int, damage: JournalDamage)
    /// The snapshot is missing but files beside it say a store was there (`present`):
    /// starting an empty store would hide them.
    case snapshotMissing(path: String, present: [String])
    /// The path names a folder, a device or a pipe, not a file.
    case notRegularFile(path: String)
    /// `store.json` is a link, and files beside the link (not beside its target) say a
    /// store was kept there: an earlier version wrote the journal beside the link.
    case filesBesideLink(link: String, target: String, present: [String])
    /// A file beside the snapshot is a symbolic link; the store never follows one.
    case linkedFile(path: String)
}

/// What is wrong with a damaged journal line.
public enum JournalDamage: Equatable, Sendable {
    /// Whether `frivillig check --repair` may cut the journal here: not for what a newer
    /// program wrote, which an update reads.
    public var isRepairable: Bool {
        switch self {
        case .newerFormat, .unknownChange: return false
        case .header, .checksum, .notAChange, .commitBroken, .outOfPlace, .doesNotFit: return true
        }
    }

    /// The first line, naming the snapshot, is missing or unreadable (an empty file).
    case header
    /// Written by a newer Frivillig.
    case newerFormat(Int)
    /// The line's bytes do not match its sum.
    case checksum
    /// The line has no checksum (format 1) and is not a change.
    case notAChange
    /// The line's checksum holds, but it is a change this program does not know: written
    /// by a newer Frivillig, so it must not be cut off.
    case unknownChange
    /// A line of a commit of several changes is missing, or another stands in between.
    case commitBroken
    /// The line's own number is not where it stands: a line before it is missing.
    case outOfPlace
    /// The change does not fit the data before it (e.g. deletes a record that is not there).
    case doesNotFit
}
