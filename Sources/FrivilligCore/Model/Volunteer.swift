import Foundation

/// A person who gives their time, and everything the coordinator needs to reach them
/// and the people to call if something happens to them.
///
/// No CPR number: the birth date is kept for age and anniversaries only.
public struct Volunteer: Codable, Hashable, Identifiable, Sendable {
    /// The fields, shared by copies until one of them changes (copy on write). Copying a
    /// register's list of volunteers, which every saved edit does, then costs one
    /// reference per volunteer instead of one per name, phone and note.
    private var box: Box<Fields>

    public var id: UUID {
        get { box.value.id }
        set { update { $0.id = newValue } }
    }

    public var name: String {
        get { box.value.name }
        set { update { $0.name = newValue } }
    }

    /// Normalised phone numbers (`+45XXXXXXXX`), the one to try first first.
    public var phones: [String] {
        get { box.value.phones }
        set { update { $0.phones = newValue } }
    }

    public var email: String {
        get { box.value.email }
        set { update { $0.email = newValue } }
    }

    /// The street and number ("Vestergade 12, 1. th."); the postal code and town are
    /// fields of their own.
    public var address: String {
        get { box.value.address }
        set { update { $0.address = newValue } }
    }

    /// The postnummer ("8000"), apart from the street so that it can outlive the rest of
    /// the address (an anonymised volunteer keeps it) and volunteers can be counted by it.
    public var postalCode: String {
        get { box.value.postalCode }
        set { update { $0.postalCode = newValue } }
    }

    /// The postal town ("Aarhus C"), as written after the postal code.
    public var city: String {
        get { box.value.city }
        set { update { $0.city = newValue } }
    }

    public var birthDate: Day? {
        get { box.value.birthDate }
        set { update { $0.birthDate = newValue } }
    }

    /// The year of birth alone, for a record that no longer keeps the date (an
    /// anonymised one keeps the year, which statistics count by); nil while the date is
    /// kept, as the date says it. `yearOfBirth` reads either.
    public var birthYear: Int? {
        get { box.value.birthYear }
        set { update { $0.birthYear = newValue } }
    }

    /// Whether the record was anonymised: it still counts in the numbers, but it is no
    /// person anyone can call, so lookups, pickers and the overview's lists of people
    /// leave it out.
    public var anonymised: Bool {
        get { box.value.anonymised }
        set { update { $0.anonymised = newValue } }
    }

    public var status: VolunteerStatus {
        get { box.value.status }
        set { update { $0.status = newValue } }
    }

    /// When the status last changed (e.g. the day they paused).
    public var statusChanged: Day? {
        get { box.value.statusChanged }
        set { update { $0.statusChanged = newValue } }
    }

    /// Every status the volunteer has had, oldest first, the last one lasting. Kept by
    /// the store at each save that changes the status (`keepingStatusPeriods`), whatever
    /// the saved copy says; a record from before periods is read with one (`StatusPeriod.legacy`).
    public var statusPeriods: [StatusPeriod] {
        get { box.value.statusPeriods }
        set { update { $0.statusPeriods = newValue } }
    }

    public var startDate: Day? {
        get { box.value.startDate }
        set { update { $0.startDate = newValue } }
    }

    public var skills: [String] {
        get { box.value.skills }
        set { update { $0.skills = newValue } }
    }

    public var interests: [String] {
        get { box.value.interests }
        set { update { $0.interests = newValue } }
    }

    public var availability: Availability {
        get { box.value.availability }
        set { update { $0.availability = newValue } }
    }

    public var workplaceIDs: [UUID] {
        get { box.value.workplaceIDs }
        set { update { $0.workplaceIDs = newValue } }
    }

    public var membership: Membership {
        get { box.value.membership }
        set { update { $0.membership = newValue } }
    }

    /// Relatives in the order they should be called.
    public var emergencyContacts: [EmergencyContact] {
        get { box.value.emergencyContacts }
        set { update { $0.emergencyContacts = newValue } }
    }

    /// Their consent (samtykke): when, to what, how, and whether withdrawn.
    public var consent: Consent {
        get { box.value.consent }
        set { update { $0.consent = newValue } }
    }

    /// The tasks they were asked about and when, oldest first: the ranking for a task puts
    /// the people asked least recently first, and their history shows each ask.
    public var asked: [TaskAsk] {
        get { box.value.asked }
        set { update { $0.asked = newValue } }
    }

    public var notes: String {
        get { box.value.notes }
        set { update { $0.notes = newValue } }
    }

    public var tags: [String] {
        get { box.value.tags }
        set { update { $0.tags = newValue } }
    }

    public var created: Date {
        get { box.value.created }
        set { update { $0.created = newValue } }
    }

    public var updated: Date {
        get { box.value.updated }
        set { update { $0.updated = newValue } }
    }

    /// Raised by every save (see `RevisionMerge`): a save made from an older revision is
    /// merged with what was saved since instead of silently undoing it.
    public var revision: Int {
        get { box.value.revision }
        set { update { $0.revision = newValue } }
    }

    public init(
        id: UUID = UUID(), name: String, phones: [String] = [], email: String = "",
        address: String = "", postalCode: String = "", city: String = "", birthDate: Day? = nil,
        status: VolunteerStatus = .active,
        statusChanged: Day? = nil, startDate: Day? = nil, skills: [String] = [],
        interests: [String] = [], availability: Availability = Availability(),
        workplaceIDs: [UUID] = [], membership: Membership = .individual,
        emergencyContacts: [EmergencyContact] = [], consent: Consent = Consent(),
        notes: String = "", tags: [String] = [], created: Date = Date(), updated: Date? = nil
    ) {
        box = Box(Fields(
            id: id, name: name, phones: phones, email: email, address: address, postalCode: postalCode,
            city: city, birthDate: birthDate,
            status: status, statusChanged: statusChanged, startDate: startDate, skills: skills,
            interests: interests, availability: availability, workplaceIDs: workplaceIDs,
            membership: membership, emergencyContacts: emergencyContacts, consent: consent,
            notes: notes, tags: tags, created: created, updated: updated ?? created))
    }

    public init(from decoder: Decoder) throws {
        box = Box(try Fields(from: decoder))
    }

    public func encode(to encoder: Encoder) throws {
        try box.value.encode(to: encoder)
    }

    public static func == (a: Volunteer, b: Volunteer) -> Bool {
        a.box === b.box || a.box.value == b.box.value
    }

    public func hash(into hasher: inout Hasher) {
        box.value.hash(into: &hasher)
    }

    private mutating func update(_ change: (inout Fields) -> Void) {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
        change(&box.value)
    }

    /// The number to call the volunteer on, if any.
    public var primaryPhone: String? { phones.first }

    /// The year they were born, from the date or, once that is gone, the year kept alone.
    public var yearOfBirth: Int? { birthDate?.year ?? birthYear }
}

extension Volunteer {
    /// The stored fields; their Codable and Hashable conformances are the volunteer's.
    struct Fields: Codable, Hashable, Sendable {
        var id: UUID
        var name: String
        var phones: [String]
        var email: String
        var address: String
        var postalCode: String
        var city: String
        var birthDate: Day?
        var birthYear: Int?
        var anonymised = false
        var status: VolunteerStatus
        var statusChanged: Day?
        var statusPeriods: [StatusPeriod] = []
        var startDate: Day?
        var skills: [String]
        var interests: [String]
        var availability: Availability
        var workplaceIDs: [UUID]
        var membership: Membership
        var emergencyContacts: [EmergencyContact]
        var consent: Consent
        var asked: [TaskAsk] = []
        var notes: String
        var tags: [String]
        var created: Date
        var updated: Date
        var revision = 0

        /// The JSON keys, one per stored field; `schema` describes each, and a test holds the
        /// two to each other.
        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, name, phones, email, address, postalCode, city, birthDate, birthYear, anonymised, status, statusChanged, statusPeriods
            case startDate, skills, interests
            case availability, workplaceIDs, membership, emergencyContacts, consent, asked, notes, tags, created, updated
            case revision
        }

        /// Keys older stores have that are read into a field of today's (see `Consent.legacy`).
        enum LegacyKeys: String, CodingKey {
            case consentDate
        }

        init(
            id: UUID,
            name: String,
            phones: [String],
            email: String,
            address: String,
            postalCode: String,
            city: String,
            birthDate: Day?,
            status: VolunteerStatus,
            statusChanged: Day?,
            startDate: Day?,
            skills: [String],
            interests: [String],
            availability: Availability,
            workplaceIDs: [UUID],
            membership: Membership,
            emergencyContacts: [EmergencyContact],
            consent: Consent,
            notes: String,
            tags: [String],
            created: Date,
            updated: Date
        ) {
            self.id = id
            self.name = name
            self.phones = phones
            self.email = email
            self.address = address
            self.postalCode = postalCode
            self.city = city
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
            self.consent = consent
            self.notes = notes
            self.tags = tags
            self.created = created
            self.updated = updated
        }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(UUID.self, forKey: .id)
            name = try c.decode(String.self, forKey: .name)
            phones = try c.decode([String].self, forKey: .phones, default: [])
            email = try c.decode(String.self, forKey: .email, default: "")
            address = try c.decode(String.self, forKey: .address, default: "")
            postalCode = try c.decode(String.self, forKey: .postalCode, default: "")
            city = try c.decode(String.self, forKey: .city, default: "")
            birthDate = try c.decodeIfPresent(Day.self, forKey: .birthDate)
            birthYear = try c.decodeIfPresent(Int.self, forKey: .birthYear)
            anonymised = try c.decode(Bool.self, forKey: .anonymised, default: false)
            status = try c.decode(VolunteerStatus.self, forKey: .status)
            statusChanged = try c.decodeIfPresent(Day.self, forKey: .statusChanged)
            startDate = try c.decodeIfPresent(Day.self, forKey: .startDate)
            created = try c.decode(Date.self, forKey: .created, default: Date(timeIntervalSince1970: 0))
            statusPeriods = try c.decodeIfPresent([StatusPeriod].self, forKey: .statusPeriods)
                ?? StatusPeriod.legacy(status: status, statusChanged: statusChanged, startDate: startDate, created: created)
            skills = try c.decode([String].self, forKey: .skills, default: [])
            interests = try c.decode([String].self, forKey: .interests, default: [])
            availability = try c.decode(Availability.self, forKey: .availability, default: Availability())
            workplaceIDs = try c.decode([UUID].self, forKey: .workplaceIDs, default: [])
            membership = try c.decode(Membership.self, forKey: .membership, default: .individual)
            emergencyContacts = try c.decode([EmergencyContact].self, forKey: .emergencyContacts, default: [])
            consent = try c.decodeIfPresent(Consent.self, forKey: .consent)
                ?? Consent.legacy(try decoder.container(keyedBy: LegacyKeys.self).decodeIfPresent(Day.self, forKey: .consentDate))
            asked = try c.decode([TaskAsk].self, forKey: .asked, default: [])
            notes = try c.decode(String.self, forKey: .notes, default: "")
            tags = try c.decode([String].self, forKey: .tags, default: [])
            updated = try c.decode(Date.self, forKey: .updated, default: created)
            revision = try c.decodeRevision(forKey: .revision)
        }
    }
}
