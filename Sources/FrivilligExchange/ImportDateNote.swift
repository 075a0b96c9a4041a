import FrivilligCore

/// A decision the import made about a column's dates, for the dry run to state, so a
/// coordinator sees how `09-06-87` or `2/3/1954` was read before anything is written.
public struct ImportDateNote: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Two-digit years got their century by this rule: `century` (2000) unless that
        /// breaks the rule, then the one before; a cell and the day it became.
        case twoDigitYears(TwoDigitYear, century: Int, example: String, read: Day)
        /// `/` dates are read in this order because this cell can only be read so.
        case orderDecided(DateOrder, row: Int, value: String)
        /// `/` dates are read in the order `--date-order` gave.
        case orderGiven(DateOrder)
    }

    /// The column's header as the sheet has it.
    public let column: String
    public let kind: Kind

    public init(column: String, kind: Kind) {
        self.column = column
        self.kind = kind
    }
}
