import Foundation

/// What erasing one volunteer takes out of every file of the store (GDPR art. 17).
///
/// A value written to the store's intent file before any file changes, so an erasure
/// stopped half-way (a crash, kill -9) is finished by the next open: every step is
/// computed from this value and the files, and doing a step twice changes nothing.
/// It holds the person's words only while the erasure runs; the intent file is removed
/// at the end and the erasure log keeps no more than the date, the kind and a count.
public struct Erasure: PersonalDataRemoval, Equatable {
    /// What becomes of entries naming the person as another volunteer's emergency
    /// contact (a relative who is also a volunteer).
    public enum Relatives: String, Codable, Sendable, CaseIterable {
        /// Keep them: the other volunteer still needs someone to call. Their name and
        /// phone stay in that entry, and only there.
        case keep
        /// Remove them with the rest of the person.
        case remove
    }

    public let volunteerID: UUID
    /// The person's agreements, in any version any file holds, so lines about them go too.
    public let agreementIDs: Set<UUID>
    /// The person's own words as they may be stored (`PersonWords`).
    let person: PersonWords
    public var relatives: Relatives

    /// Stands for a mention of the person in another record's text (a note, a title).
    public static let placeholder = "[slettet]"

    /// `formerVersions`: the person as the journal and history knew them before, so an
    /// old phone or e-mail in another record's notes goes too.
    public init(volunteer: Volunteer, agreementIDs: Set<UUID>, relatives: Relatives, formerVersions: [Volunteer] = []) {
        volunteerID = volunteer.id
        self.agreementIDs = agreementIDs
        self.relatives = relatives
        let versions = [volunteer] + formerVersions
        person = PersonWords(name: volunteer.name, texts: versions.flatMap { [$0.name, $0.email] },
                             phones: versions.flatMap(\.phones))
    }

    public var words: [String] { person.words }

    /// Every record id whose lines go whole: the person and their agreements.
    public var recordIDs: Set<UUID> { agreementIDs.union([volunteerID]) }

    /// Whether an emergency contact of another volunteer is this person.
    public func isThePerson(_ relative: EmergencyContact) -> Bool { person.isThePerson(relative) }

    /// The register without the person: their record, agreements and attendance gone,
    /// their entries as a relative kept or removed as chosen, and mentions of them in
    /// other records' text replaced by `placeholder`.
    func apply(to register: Register, touched: Set<UUID>) -> Register {
        var out = register
        out.volunteers = Self.revised(register.volunteers, touched) { scrub($0) }
        out.agreements = Self.revised(register.agreements, touched) { scrub($0) }
        out.events = Self.revised(register.events, touched) { scrub($0) }
        out.contacts = Self.revised(register.contacts, touched) { scrub($0) }
        out.workplaces = Self.revised(register.workplaces, touched) { scrub($0) }
        out.tasks = Self.revised(register.tasks, touched) { scrub($0) }
        out.associations = Self.revised(register.associations, touched) { scrub($0) }
        out.accessRequests = Self.revised(register.accessRequests, touched) { scrub($0) }
        return out
    }

    func logEntry(at date: Date) -> ErasureLog.Entry {
        ErasureLog.Entry(at: date, kind: .erased, records: recordIDs.count, ids: recordIDs)
    }

    /// The change without the person: nil when it is about them (a put or delete of their
    /// record or one of their agreements), else the change with them scrubbed out.
    public func scrub(_ change: Change) -> Change? {
        switch change {
        case .putVolunteer(let v): return scrub(v).map(Change.putVolunteer)
        case .putAgreement(let a): return scrub(a).map(Change.putAgreement)
        case .putEvent(let e): return scrub(e).map(Change.putEvent)
        case .putContact(let c): return scrub(c).map(Change.putContact)
        case .putWorkplace(let w): return scrub(w).map(Change.putWorkplace)
        case .deleteVolunteer(let id), .deleteAgreement(let id):
            return recordIDs.contains(id) ? nil : change
        case .putAccessRequest(let r): return .putAccessRequest(scrub(r))
        case .putTask(let t): return .putTask(scrub(t))
        case .putAssociation(let a): return .putAssociation(scrub(a))
        case .deleteContact, .deleteWorkplace, .deleteEvent, .deleteAccessRequest, .putSettings, .deleteTask, .deleteAssociation:
            return change
        }
    }

    func scrub(_ v: Volunteer) -> Volunteer? {
        guard v.id != volunteerID else { return nil }
        return TextScrub(words: words).scrub(v, relatives: relatives, isThePerson: isThePerson)
    }

    func scrub(_ a: Agreement) -> Agreement? {
        guard !recordIDs.contains(a.id), a.volunteerID != volunteerID else { return nil }
        return TextScrub(words: words).scrub(a)
    }

    func scrub(_ e: RecognitionEvent) -> RecognitionEvent? {
        var e = e
        e.attendeeIDs.removeAll { $0 == volunteerID }
        return TextScrub(words: words).scrub(e)
    }

    func scrub(_ c: Contact) -> Contact? { TextScrub(words: words).scrub(c) }

    func scrub(_ w: Workplace) -> Workplace? { TextScrub(words: words).scrub(w) }

    /// A task loses them from its volunteers and their name from its text.
    func scrub(_ t: VolunteerTask) -> VolunteerTask {
        var t = t
        t.volunteerIDs.removeAll { $0 == volunteerID }
        return TextScrub(words: words).scrub(t)
    }

    func scrub(_ a: Association) -> Association { TextScrub(words: words).scrub(a) }

    /// An access request of theirs keeps its dates, so the log still shows it was
    /// answered in time, and loses who asked.
    func scrub(_ r: AccessRequest) -> AccessRequest {
        var r = r
        if r.volunteerID == volunteerID || person.isNamed(r.name) {
            r.volunteerID = nil
            r.name = ""
        }
        return TextScrub(words: words).scrub(r)
    }
}
