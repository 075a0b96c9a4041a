import Foundation

/// What anonymising one volunteer changes in every file of the store: the coordinator's
/// usual choice over erasure, because the statistics stay true (hitobito#1299,
/// CodingPirates forenings_medlemmer#739).
///
/// The personal fields go: the name becomes a label ("Anonym frivillig 2026-017"); phones,
/// e-mail, street address, relatives, notes, tags and the availability note are emptied;
/// the birth date becomes a birth year, and the record is marked anonymised. What statistics count stays: status and its dates, start date,
/// postcode and town, skills and interests, workplaces, membership kind, agreements
/// (their dates and checks, without free text) and the events attended. History and
/// backups are changed the same way, line by line and snapshot by snapshot. Where the
/// person is another volunteer's emergency contact, that entry stays: it is the other
/// volunteer's, and the person is still alive to be called.
public struct Anonymisation: PersonalDataRemoval, Equatable {
    public let volunteerID: UUID
    public let agreementIDs: Set<UUID>
    /// The name the record keeps.
    public let label: String
    /// The person's words, their relatives' and their address included: those go from
    /// the person's own record, and from other records' free text.
    let person: PersonWords

    public init(volunteer: Volunteer, agreementIDs: Set<UUID>, label: String) {
        volunteerID = volunteer.id
        self.agreementIDs = agreementIDs
        self.label = label
        person = PersonWords(name: volunteer.name,
                             texts: [volunteer.name, volunteer.email, volunteer.address] + volunteer.emergencyContacts.map(\.name),
                             phones: volunteer.phones + volunteer.emergencyContacts.map(\.phone))
    }

    public var words: [String] { person.words }

    /// The label for the next anonymised volunteer of `year`: numbered after those the
    /// register already holds, so two never share one.
    public static func label(year: Int, in register: Register) -> String {
        let prefix = "Anonym frivillig \(year)-"
        let taken = register.volunteers.compactMap { $0.name.hasPrefix(prefix) ? Int($0.name.dropFirst(prefix.count)) : nil }
        let next = (taken.max() ?? 0) + 1
        return prefix + (next < 10 ? "00" : next < 100 ? "0" : "") + String(next)
    }

    public var recordIDs: Set<UUID> { agreementIDs.union([volunteerID]) }

    func apply(to register: Register, touched: Set<UUID>) -> Register {
        var out = register
        out.volunteers = Self.revised(register.volunteers, touched) { scrub($0) }
        out.agreements = Self.revised(register.agreements, touched) { scrub($0) }
        out.events = Self.revised(register.events, touched) { TextScrub(words: words).scrub($0) }
        out.contacts = Self.revised(register.contacts, touched) { TextScrub(words: words).scrub($0) }
        out.workplaces = Self.revised(register.workplaces, touched) { TextScrub(words: words).scrub($0) }
        out.tasks = Self.revised(register.tasks, touched) { TextScrub(words: words).scrub($0) }
        out.associations = Self.revised(register.associations, touched) { TextScrub(words: words).scrub($0) }
        out.accessRequests = Self.revised(register.accessRequests, touched) { scrub($0) }
        return out
    }

    /// Every version of the record becomes the anonymised one; nothing goes from the
    /// history, so it still says when they joined, changed status and came to events.
    public func scrub(_ change: Change) -> Change? {
        switch change {
        case .putVolunteer(let v): return .putVolunteer(scrub(v))
        case .putAgreement(let a): return .putAgreement(scrub(a))
        case .putEvent(let e): return .putEvent(TextScrub(words: words).scrub(e))
        case .putContact(let c): return .putContact(TextScrub(words: words).scrub(c))
        case .putWorkplace(let w): return .putWorkplace(TextScrub(words: words).scrub(w))
        case .putAccessRequest(let r): return .putAccessRequest(scrub(r))
        case .putTask(let t): return .putTask(TextScrub(words: words).scrub(t))
        case .putAssociation(let a): return .putAssociation(TextScrub(words: words).scrub(a))
        case .deleteVolunteer, .deleteAgreement, .deleteContact, .deleteWorkplace, .deleteEvent, .deleteAccessRequest, .putSettings,
             .deleteTask, .deleteAssociation:
            return change
        }
    }

    func logEntry(at date: Date) -> ErasureLog.Entry {
        ErasureLog.Entry(at: date, kind: .anonymised, records: recordIDs.count, ids: [volunteerID])
    }

    func scrub(_ v: Volunteer) -> Volunteer {
        guard v.id == volunteerID else {
            var other = v
            let relatives = v.emergencyContacts
            other.emergencyContacts = []
            other = TextScrub(words: words).scrub(other)
            other.emergencyContacts = relatives.map { person.isThePerson($0) ? $0 : TextScrub(words: words).scrub($0) }
            return other
        }
        var out = v
        out.name = label
        out.phones = []
        out.email = ""
        out.address = ""
        out.birthYear = v.yearOfBirth
        out.birthDate = nil
        out.anonymised = true
        out.emergencyContacts = []
        out.notes = ""
        out.tags = []
        out.availability.note = ""
        out.membership.name = ""
        return out
    }

    /// Their access requests keep the dates, and are theirs under the new name.
    func scrub(_ r: AccessRequest) -> AccessRequest {
        var out = TextScrub(words: words).scrub(r)
        if r.volunteerID == volunteerID { out.name = label }
        return out
    }

    func scrub(_ a: Agreement) -> Agreement {
        guard a.volunteerID == volunteerID || agreementIDs.contains(a.id) else { return TextScrub(words: words).scrub(a) }
        var out = a
        out.allowedTasks = ""
        out.forbiddenTasks = ""
        out.expenses = ""
        out.notes = ""
        // The dates stay for the statistics; what a check found is criminal-record data.
        out.childCheck = out.childCheck.withoutAssessment
        out.criminalCheck = out.criminalCheck.withoutAssessment
        return out
    }
}
