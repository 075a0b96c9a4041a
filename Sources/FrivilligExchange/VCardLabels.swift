import FrivilligCore

/// The words a vCard export puts into cards, in the user's language. Passed in because
/// this target does not know the interface language.
public struct VCardLabels {
    /// CATEGORIES of a volunteer's card, e.g. "Frivillig".
    public var volunteerCategory: String
    /// CATEGORIES of a staff or association contact's card, e.g. "Kontakt".
    public var contactCategory: String
    /// CATEGORIES of an emergency contact's own card, e.g. "Pårørende".
    public var relativeCategory: String
    /// NOTE of an emergency contact's own card, saying whose relative they are.
    public var relativeNote: (EmergencyContact, Volunteer) -> String
    /// NOTE of a volunteer's card listing whom to call, so a phone without RELATED shows it.
    public var emergencyNote: ([EmergencyContact]) -> String

    public init(
        volunteerCategory: String, contactCategory: String, relativeCategory: String,
        relativeNote: @escaping (EmergencyContact, Volunteer) -> String,
        emergencyNote: @escaping ([EmergencyContact]) -> String
    ) {
        self.volunteerCategory = volunteerCategory
        self.contactCategory = contactCategory
        self.relativeCategory = relativeCategory
        self.relativeNote = relativeNote
        self.emergencyNote = emergencyNote
    }
}
