import Foundation

/// Something wrong in a register's content, found by `RegisterCheck`.
///
/// A value, not a sentence: the CLI and the TUI word it in the user's language, and a
/// test can compare it exactly.
public struct RegisterProblem: Hashable, Sendable {
    /// The record the problem is in, which is where the coordinator has to go to fix it.
    public var record: Record
    public var issue: Issue

    public init(record: Record, issue: Issue) {
        self.record = record
        self.issue = issue
    }

    /// A record, named the way a list would show it.
    public struct Record: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable, CaseIterable {
            case volunteer
            case contact
            case workplace
            case agreement
            case event
            case task
            case association
        }

        public var kind: Kind
        public var id: UUID
        /// The name of a volunteer, contact or workplace, the volunteer's name for an
        /// agreement, the title of an event; empty when there is none to show.
        public var name: String

        public init(kind: Kind, id: UUID, name: String) {
            self.kind = kind
            self.id = id
            self.name = name
        }
    }

    /// What is wrong with the record.
    public enum Issue: Hashable, Sendable {
        /// An earlier record of the same kind has the same id, so one of them cannot be
        /// reached by reference; reported on every later one.
        case duplicateID
        /// The name (volunteer, contact, workplace) is empty or only whitespace, so the
        /// record cannot be found or shown in a list.
        case emptyName
        /// An agreement points at a volunteer who is not in the register.
        case missingVolunteer(UUID)
        /// An agreement or a volunteer points at a workplace that is not in the register.
        case missingWorkplace(UUID)
        /// An agreement or a workplace points at a contact who is not in the register.
        case missingContact(UUID)
        /// An event lists an attendee who is not in the register.
        case missingAttendee(UUID)
        /// A volunteer's membership points at an association that is not in the register.
        case missingAssociation(UUID)
        /// A stored phone number (the record's own or an emergency contact's) is not in the
        /// `+45XXXXXXXX` form `Phone.normalise` gives, so search and duplicate detection miss it.
        case phoneNotNormalised(String)
        /// A non-empty e-mail address that `Email.isValid` rejects.
        case invalidEmail(String)
        /// A stored text that `TextRules` refuses for its field (a control character, a
        /// line break in a one-line field, a CPR number), from an older version or a hand
        /// edit. It still loads and screens show it with placeholders; the record's form
        /// asks for a valid value at the next edit. `field` is the key the form files the
        /// error under (`emergency-name.2` for the second emergency contact's name).
        case invalidText(field: String, TextViolation)
        /// The volunteer's emergency contact at `index` (0-based, in calling order) has no name.
        case emergencyContactWithoutName(index: Int)
        /// The volunteer's emergency contact at `index` (0-based, in calling order) has no
        /// phone number, so nobody can be called.
        case emergencyContactWithoutPhone(index: Int)
        /// This volunteer is probably the same person as an earlier one in the register;
        /// reported once per pair, on the later record.
        case likelyDuplicate(of: Record, because: DuplicateEvidence)
        /// An agreement ends before it starts.
        case endBeforeStart(start: Day, end: Day)
        /// An agreement is up for review before it starts.
        case reviewBeforeStart(start: Day, review: Day)
    }

    /// Why two volunteers look like one person.
    public enum DuplicateEvidence: Hashable, Sendable {
        /// The same name and this phone number. Names are compared as search folds them,
        /// so case and how æ, ø, å are typed ("Søren", "Soeren", "Soren") do not matter.
        case sameNameAndPhone(String)
        /// The same e-mail address, ignoring case.
        case sameEmail(String)
    }
}
