import FrivilligCore

/// Why one row of a spreadsheet was rejected: the row as the spreadsheet numbers it, the
/// column by its header, the cell's value and the rule it broke.
///
/// The interface renders it in the user's language; the import itself only decides.
public struct ImportRowError: Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        /// A required value (the name, an emergency contact's phone) is empty.
        case required
        case phone
        case email
        case date
        /// Not `aktiv`, `pause` or `stoppet` (or the English names).
        case status
        case weekday
        case membership
        case consentScope
        case consentMethod
        /// The consent's withdrawal is dated before the day it was given.
        case consentWithdrawnBeforeGiven
        case contactKind
        /// The id column holds something that is not a UUID.
        case id
        /// The created/updated column is not an ISO 8601 timestamp.
        case timestamp
        case revision
        /// Not yes or no (ja/nej, x or empty).
        case yesNo
        /// No workplace, or no contact, has this name.
        case unknownWorkplace
        case unknownContact
        /// A link cell of an agreement or event (volunteer, workplace, contact, attendee)
        /// names none or several records; the count says which.
        case notExactlyOne(count: Int)
        /// Not one of the event kinds, in Danish or English.
        case eventKind
        /// Not `åben`, `besat` or `lukket` (or the English names): a task's status.
        case taskStatus
        /// Not parts of the day (`formiddag`, `eftermiddag`, `aften`, or the English names).
        case partOfDay
        /// Not a whole number of volunteers, at least 1.
        case wanted
        /// Not `forening` or `netværk` (or the English names).
        case associationKind
        /// A row with one association's id gives it the name of another (`AssociationName`).
        case associationNameTaken
        /// An earlier row of the same file already adds or updates this record.
        case duplicateOf(row: Int)
        /// The row matches several existing records equally well.
        case ambiguousMatch(count: Int)
        /// Text `TextRules` refuses for the column's field (a control character, a bidi
        /// override, a U+2028 in a one-line field, where CR and LF have become spaces); the
        /// value is the cell, shown with such characters made visible. A CPR number refuses
        /// the whole file instead (`ImportFileError.cprValue`).
        case text(TextViolation)
        /// An emergency contact has a name (or relation) but the file has no column for
        /// their phone number; the value is the cell that is filled.
        case emergencyPhoneMissing
        /// An emergency contact has a phone number but the file has no column for their name.
        case emergencyNameMissing
    }

    public let row: Int
    public let column: String
    public let value: String
    public let reason: Reason

    public init(row: Int, column: String, value: String, reason: Reason) {
        self.row = row
        self.column = column
        self.value = value
        self.reason = reason
    }
}
