import Foundation

/// What erasing one contact (a staff contact person, an association's chair) takes out
/// of every file of the store (GDPR art. 17).
///
/// Their record goes, and every reference to it is cleared in the same erasure: an
/// agreement's contact person, a workplace's list of contacts. Each record changed gets a
/// new revision, and the contact's id becomes a tombstone in the erasure log, so a form
/// left open cannot save them back. Like `Erasure`, a value written to the intent file
/// first, so a crash half-way is finished by the next open.
public struct ContactErasure: PersonalDataRemoval, Equatable {
    public let contactID: UUID
    /// Their name, phone and e-mail in every version the files hold (`PersonWords`).
    let person: PersonWords
    /// What becomes of entries naming them as a volunteer's emergency contact.
    public var relatives: Erasure.Relatives

    /// `formerVersions`: the contact as the journal and history knew them before, so an
    /// old phone or e-mail in another record's text goes too.
    public init(contact: Contact, relatives: Erasure.Relatives, formerVersions: [Contact] = []) {
        contactID = contact.id
        self.relatives = relatives
        let versions = [contact] + formerVersions
        // A phone typed before the input rules may be stored as typed: both forms are theirs.
        let phones = versions.flatMap { [$0.phone] + [Phone.normalise($0.phone)].compactMap { $0 } }
        person = PersonWords(name: contact.name, texts: versions.flatMap { [$0.name, $0.email] },
                             phones: phones.filter { !$0.isEmpty })
    }

    public var words: [String] { person.words }

    /// Only the contact's own lines go whole; lines referring to them are rewritten.
    public var recordIDs: Set<UUID> { [contactID] }

    /// Whether a volunteer's emergency contact is this person.
    public func isThePerson(_ relative: EmergencyContact) -> Bool { person.isThePerson(relative) }

    func apply(to register: Register, touched: Set<UUID>) -> Register {
        var out = register
        out.volunteers = Self.revised(register.volunteers, touched) { scrub($0) }
        out.agreements = Self.revised(register.agreements, touched) { cleaned($0) }
        out.events = Self.revised(register.events, touched) { cleaned($0) }
        out.contacts = Self.revised(register.contacts, touched) { scrub($0) }
        out.workplaces = Self.revised(register.workplaces, touched) { cleaned($0) }
        out.tasks = Self.revised(register.tasks, touched) { cleaned($0) }
        out.associations = Self.revised(register.associations, touched) { cleaned($0) }
        out.accessRequests = Self.revised(register.accessRequests, touched) { scrub($0) }
        return out
    }

    func logEntry(at date: Date) -> ErasureLog.Entry {
        ErasureLog.Entry(at: date, kind: .contact, records: 1, ids: [contactID])
    }

    /// Nil for a put or delete of the contact; any other change with them taken out.
    public func scrub(_ change: Change) -> Change? {
        switch change {
        case .putVolunteer(let v): return .putVolunteer(scrub(v))
        case .putAgreement(let a): return .putAgreement(cleaned(a))
        case .putEvent(let e): return .putEvent(cleaned(e))
        case .putContact(let c): return scrub(c).map(Change.putContact)
        case .putWorkplace(let w): return .putWorkplace(cleaned(w))
        case .putAccessRequest(let r): return .putAccessRequest(scrub(r))
        case .putTask(let t): return .putTask(cleaned(t))
        case .putAssociation(let a): return .putAssociation(cleaned(a))
        case .deleteContact(let id): return id == contactID ? nil : change
        case .deleteVolunteer, .deleteAgreement, .deleteWorkplace, .deleteEvent, .deleteAccessRequest, .putSettings,
             .deleteTask, .deleteAssociation:
            return change
        }
    }

    /// Any record with the contact out of its text and its references.
    private func cleaned<T: Codable>(_ record: T) -> T {
        ReferenceScrub(id: contactID).scrub(TextScrub(words: words).scrub(record))
    }

    func scrub(_ v: Volunteer) -> Volunteer {
        ReferenceScrub(id: contactID).scrub(TextScrub(words: words).scrub(v, relatives: relatives, isThePerson: isThePerson))
    }

    func scrub(_ c: Contact) -> Contact? {
        c.id == contactID ? nil : cleaned(c)
    }

    /// A request they made keeps its dates, so the log still shows it was answered in
    /// time, and loses who asked.
    func scrub(_ r: AccessRequest) -> AccessRequest {
        var r = r
        if r.volunteerID == nil && person.isNamed(r.name) { r.name = "" }
        return cleaned(r)
    }
}
