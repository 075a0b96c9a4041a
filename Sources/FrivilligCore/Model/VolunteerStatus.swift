/// Where a volunteer stands: an applicant (ansøger) is accepted as active or declined
/// (afvist); an active volunteer may pause or stop. Paused volunteers keep their
/// agreements but drop out of "needs attention" lists that only concern active people.
///
/// The declaration order is the lookup index's code for each status (`LookupRecord`), so
/// new statuses go at the end; `lifecycle` is the order people read them in.
public enum VolunteerStatus: String, Codable, CaseIterable, Sendable {
    case active
    case paused
    case stopped
    /// Has asked to volunteer and is not yet accepted.
    case applicant
    /// Asked and was not accepted: never a volunteer, so the retention rules erase them
    /// rather than anonymise them.
    case declined

    /// The statuses in the order a person passes through them, for choosing one.
    public static let lifecycle: [VolunteerStatus] = [.applicant, .active, .paused, .stopped, .declined]
}
