import Foundation

/// A person who gives their time, and everything the coordinator needs to reach them
/// and the people to call if something happens to them.
///
/// No CPR number: the birth date is kept for age and anniversaries only.
public struct Volunteer: Codable, Hashable, Identifiable, Sendable {
    public var id: UUID
    public var name: String
    /// Normalised phone numbers (`+45XXXXXXXX`), the one to try first first.
    public var phones: [String]
    public var email: String
    public var address: String
    public var birthDate: Day?
    public var status: VolunteerStatus
    /// When the status last changed (e.g. the day they paused).
    public var statusChanged: Day?
    public var startDate: Day?
    public var skills: [String]
    public var interests: [String]
    public var availability: Availability
    public var workplaceIDs: [UUID]
    public var membership: Membership
    /// Relatives in the order they should be called.
    public var emergencyContacts: [EmergencyContact]
    /// The day the volunteer consented (samtykke) to the register keeping their data.
    public var consentDate: Day?
    public var notes: String
    public var tags: [String]
    public var created: Date
    public var updated: Date

    public init(
        id: UUID = UUID(), name: String, phones: [String] = [], email: String = "",
        address: String = "", birthDate: Day? = nil, status: VolunteerStatus = .active,
        statusChanged: Day? = nil, startDate: Day? = nil, skills: [String] = [],
        interests: [String] = [], availability: Availability = Availability(),
        workplaceIDs: [UUID] = [], membership: Membership = .individual,
        emergencyContacts: [EmergencyContact] = [], consentDate: Day? = nil,
        notes: String = "", tags: [String] = [], created: Date = Date(), updated: Date? = nil
    ) {
        self.id = id
        self.name = name
        self.phones = phones
        self.email = email
        self.address = address
        self.birthDate = birthDate
        self.status = status
        self.statusChanged = statusChanged
        self.startDate = startDate
        self.skills = skills
        self.interests = interests
        self.availability = availability
        self.workplaceIDs = workplaceIDs
        self.membership = membership
        self.emergencyContacts = emergencyContacts
        self.consentDate = consentDate
        self.notes = notes
        self.tags = tags
        self.created = created
        self.updated = updated ?? created
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(UUID.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        phones = try c.decode([String].self, forKey: .phones, default: [])
        email = try c.decode(String.self, forKey: .email, default: "")
        address = try c.decode(String.self, forKey: .address, default: "")
        birthDate = try c.decodeIfPresent(Day.self, forKey: .birthDate)
        status = try c.decode(VolunteerStatus.self, forKey: .status)
        statusChanged = try c.decodeIfPresent(Day.self, forKey: .statusChanged)
        startDate = try c.decodeIfPresent(Day.self, forKey: .startDate)
        skills = try c.decode([String].self, forKey: .skills, default: [])
        interests = try c.decode([String].self, forKey: .interests, default: [])
        availability = try c.decode(Availability.self, forKey: .availability, default: Availability())
        workplaceIDs = try c.decode([UUID].self, forKey: .workplaceIDs, default: [])
        membership = try c.decode(Membership.self, forKey: .membership, default: .individual)
        emergencyContacts = try c.decode([EmergencyContact].self, forKey: .emergencyContacts, default: [])
        consentDate = try c.decodeIfPresent(Day.self, forKey: .consentDate)
        notes = try c.decode(String.self, forKey: .notes, default: "")
        tags = try c.decode([String].self, forKey: .tags, default: [])
        created = try c.decode(Date.self, forKey: .created, default: Date(timeIntervalSince1970: 0))
        updated = try c.decode(Date.self, forKey: .updated, default: created)
    }

    /// The number to call the volunteer on, if any.
    public var primaryPhone: String? { phones.first }
}
