import Foundation

/// One edit to the register, as a value.
///
/// Every writer (the CLI, the TUI, an import) expresses its work as changes, so that a
/// later store can append them to a journal instead of rewriting the whole file, and a
/// volunteer's history can be read back from them.
public enum Change: Codable, Equatable, Sendable {
    case putVolunteer(Volunteer)
    case deleteVolunteer(UUID)
    case putContact(Contact)
    case deleteContact(UUID)
    case putWorkplace(Workplace)
    case deleteWorkplace(UUID)
    case putAgreement(Agreement)
    case deleteAgreement(UUID)
    case putEvent(RecognitionEvent)
    case deleteEvent(UUID)
    case putTask(VolunteerTask)
    case deleteTask(UUID)
    case putAssociation(Association)
    case deleteAssociation(UUID)
    case putAccessRequest(AccessRequest)
    case deleteAccessRequest(UUID)
    /// The register's settings, replaced whole: there is one value, so the later save wins.
    case putSettings(Settings)
}
