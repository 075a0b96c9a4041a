import Foundation

/// Everything the coordinator keeps: the whole content of the store file.
///
/// A value, so that a screen or a command can compute a changed copy, check it, and only
/// then hand it to the store.
public struct Register: Codable, Equatable, Sendable {
    /// The file format version this program writes. Files with a higher number were
    /// written by a newer program and are refused rather than half-understood.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var volunteers: [Volunteer]
    public var contacts: [Contact]
    public var workplaces: [Workplace]
    public var agreements: [Agreement]
    public var events: [RecognitionEvent]
    /// The task bank (idé- og opgavebank).
    public var tasks: [VolunteerTask] = []
    /// The associations and networks the municipality works with.
    public var associations: [Association] = []
    /// The log of access requests (art. 15), answered ones included.
    public var accessRequests: [AccessRequest] = []
    /// The register's policy; a store written before settings existed gets the defaults.
    public var settings: Settings

    public init(
        volunteers: [Volunteer] = [], contacts: [Contact] = [], workplaces: [Workplace] = [],
        agreements: [Agreement] = [], events: [RecognitionEvent] = [], tasks: [VolunteerTask] = [],
        associations: [Association] = [], settings: Settings = Settings()
    ) {
        self.schemaVersion = Register.currentSchemaVersion
        self.volunteers = volunteers
        self.contacts = contacts
        self.workplaces = workplaces
        self.agreements = agreements
        self.events = events
        self.tasks = tasks
        self.associations = associations
        self.settings = settings
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        volunteers = try c.decode([Volunteer].self, forKey: .volunteers, default: [])
        contacts = try c.decode([Contact].self, forKey: .contacts, default: [])
        workplaces = try c.decode([Workplace].self, forKey: .workplaces, default: [])
        agreements = try c.decode([Agreement].self, forKey: .agreements, default: [])
        events = try c.decode([RecognitionEvent].self, forKey: .events, default: [])
        accessRequests = try c.decode([AccessRequest].self, forKey: .accessRequests, default: [])
        tasks = try c.decode([VolunteerTask].self, forKey: .tasks, default: [])
        associations = try c.decode([Association].self, forKey: .associations, default: [])
        settings = try c.decode(Settings.self, forKey: .settings, default: Settings())
    }

    public var isEmpty: Bool {
        volunteers.isEmpty && contacts.isEmpty && workplaces.isEmpty && agreements.isEmpty && events.isEmpty
            && accessRequests.isEmpty && tasks.isEmpty && associations.isEmpty
    }

    public func volunteer(_ id: UUID) -> Volunteer? { volunteers.first { $0.id == id } }
    public func contact(_ id: UUID) -> Contact? { contacts.first { $0.id == id } }
    public func workplace(_ id: UUID) -> Workplace? { workplaces.first { $0.id == id } }
    public func agreement(_ id: UUID) -> Agreement? { agreements.first { $0.id == id } }
    public func event(_ id: UUID) -> RecognitionEvent? { events.first { $0.id == id } }
    public func accessRequest(_ id: UUID) -> AccessRequest? { accessRequests.first { $0.id == id } }
    public func task(_ id: UUID) -> VolunteerTask? { tasks.first { $0.id == id } }
    public func association(_ id: UUID) -> Association? { associations.first { $0.id == id } }
}
