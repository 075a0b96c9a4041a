/// Whether a volunteer is currently helping. Paused volunteers keep their agreements but
/// drop out of "needs attention" lists that only concern active people.
public enum VolunteerStatus: String, Codable, CaseIterable, Sendable {
    case active
    case paused
    case stopped
}
