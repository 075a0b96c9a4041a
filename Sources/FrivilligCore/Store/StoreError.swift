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
    /// A journal line that is not the last one cannot be read.
    case journalUnreadable(path: String, line: Int, detail: String)
}
