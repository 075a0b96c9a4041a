import Foundation

/// A concrete task an institution has for volunteers (Rudersdal's idé- og opgavebank):
/// what, where, whom to contact, which skills, when, how many, and who has taken it.
///
/// Named so as not to be confused with Swift's concurrency `Task`.
public struct VolunteerTask: Codable, Hashable, Identifiable, Sendable {
    public var id: UUID
    public var title: String
    public var description: String
    public var workplaceID: UUID?
    /// The contact person to ask about the task (`Register.contacts`).
    public var contactID: UUID?
    public var skills: [String]
    public var time: TaskTime
    /// How many volunteers are wanted; at least 1.
    public var wanted: Int
    public var status: TaskStatus
    /// The volunteers assigned to the task.
    public var volunteerIDs: [UUID]
    public var notes: String
    /// Raised by every save (see `RevisionMerge`): a save made from an older revision is
    /// merged with what was saved since instead of silently undoing it.
    public var revision: Int = 0

    /// The JSON keys, one per stored field; `schema` describes each, and a test holds the
    /// two to each other.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, description, workplaceID, contactID, skills, time, wanted, status, volunteerIDs, notes, revision
    }

    public init(
        id: UUID = UUID(), title: String, description: String = "", workplaceID: UUID? = nil,
        contactID: UUID? = nil, skills: [String] = [], time: TaskTime = TaskTime(), wanted: Int = 1,
        status: TaskStatus = .open, volunteerIDs: [UUID] = [], notes: String = ""
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.workplaceID = workplaceID
        self.contactID = contactID
        self.skills = skills
        self.time = time
        self.wanted = wanted
        self.status = status
        self.volunteerIDs = volunteerIDs
        self.notes = notes
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(UUID.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        description = try c.decode(String.self, forKey: .description, default: "")
        workplaceID = try c.decodeIfPresent(UUID.self, forKey: .workplaceID)
        contactID = try c.decodeIfPresent(UUID.self, forKey: .contactID)
        skills = try c.decode([String].self, forKey: .skills, default: [])
        time = try c.decode(TaskTime.self, forKey: .time, default: TaskTime())
        wanted = try c.decode(Int.self, forKey: .wanted, default: 1)
        status = try c.decode(TaskStatus.self, forKey: .status, default: .open)
        volunteerIDs = try c.decode([UUID].self, forKey: .volunteerIDs, default: [])
        notes = try c.decode(String.self, forKey: .notes, default: "")
        revision = try c.decodeRevision(forKey: .revision)
    }

    /// Open and still short of volunteers: what the overview and the published list show.
    public var isOpenWithoutVolunteers: Bool { status == .open && volunteerIDs.isEmpty }
}
