import Foundation

/// A record that points at another one; shown when a deletion is refused or cascades, so
/// the coordinator knows exactly what is in the way or what goes with it.
public enum Reference: Hashable, Sendable {
    case volunteer(UUID, name: String)
    case agreement(UUID, volunteerName: String)
    case workplace(UUID, name: String)
    case contact(UUID, name: String)
    case event(UUID, title: String, date: Day)
    case accessRequest(UUID, name: String, received: Day)
    case task(UUID, title: String)
    case association(UUID, name: String)
}

/// What deleting a volunteer takes with it: their agreements go, and they leave the
/// attendee lists of events (the events themselves stay).
public struct VolunteerDeletionImpact: Equatable, Sendable {
    public var agreements: [Agreement]
    public var events: [RecognitionEvent]
    /// The tasks they are assigned to (they leave the task; the task stays).
    public var tasks: [VolunteerTask] = []
}
