import FrivilligCore
import FrivilligExchange
import TerminalUI

/// The `I` dialog on the volunteers list: a file path, then what importing it would do,
/// then the import on confirmation.
public struct SpreadsheetImportDialog {
    /// The path as typed.
    public var path = TextField()
    /// What the file would do, once it has been read; nil while the path is typed.
    public var plan: ImportPlan?
    /// The register the plan was made from, for the store to merge the import with
    /// anything saved between reading the file and confirming it.
    public var planBase: Register?
    /// The path asked of the runtime, until its answer comes.
    public var reading: String?
    /// Why the file could not be read or was refused as a whole, under the path.
    public var error: String?

    public init() {}
}
