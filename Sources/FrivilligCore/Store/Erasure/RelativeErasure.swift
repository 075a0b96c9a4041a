import Foundation

/// What erasing a bare emergency contact takes out of every file of the store (GDPR art.
/// 17): a relative (pårørende) the register holds only as an entry on one or more
/// volunteers, with no record of their own.
///
/// Their entry goes from every volunteer who lists them, in every version any file
/// holds, and their name and phones from the free text of every record. An entry is
/// theirs when it has their name (in any case) and one of their phones in any stored
/// form, or their name on a volunteer who listed them, so an older phone in the history
/// goes too; a namesake on another volunteer with another phone is someone else. Like
/// `Erasure`, a value written to the intent file first.
public struct RelativeErasure: PersonalDataRemoval, Equatable {
    /// Their name and phones as stored.
    let person: PersonWords
    /// The volunteers who list them, now or in a version the history holds.
    public let listedBy: Set<UUID>
    /// Names this erasure in the erasure log, which it has no record id of its own to do
    /// with: an erasure finished again after a crash is then logged once.
    let intent: UUID

    /// `entries`: the entries that are the person (their name as each volunteer wrote it,
    /// and each phone they are listed with).
    public init(name: String, entries: [EmergencyContact], listedBy: Set<UUID>) {
        let phones = entries.flatMap { [$0.phone] + [Phone.normalise($0.phone)].compactMap { $0 } }
        person = PersonWords(name: name, texts: [name] + entries.map(\.name), phones: phones.filter { !$0.isEmpty })
        self.listedBy = listedBy
        intent = UUID()
    }

    public var name: String { person.name }

    public var words: [String] { person.words }

    /// They have no record: lines go only when nothing else is left of them.
    public var recordIDs: Set<UUID> { [] }

    /// Whether `relative`, on the volunteer `on`, is this person.
    public func isThePerson(_ relative: EmergencyContact, on volunteer: UUID) -> Bool {
        guard person.isNamed(relative.name) else { return false }
        let phone = Phone.normalise(relative.phone) ?? relative.phone.trimmingCharacters(in: .whitespaces)
        // Without a phone, the name alone tells them, as `PersonWords` has it.
        return phone.isEmpty || person.phones.contains(phone) || listedBy.contains(volunteer)
    }

    func apply(to register: Register, touched: Set<UUID>) -> Register {
        var out = register
        let text = TextScrub(words: words)
        out.volunteers = Self.revised(register.volunteers, touched) { scrub($0) }
        out.agreements = Self.revised(register.agreements, touched) { text.scrub($0) }
        out.events = Self.revised(register.events, touched) { text.scrub($0) }
        out.contacts = Self.revised(register.contacts, touched) { text.scrub($0) }
        out.workplaces = Self.revised(register.workplaces, touched) { text.scrub($0) }
        out.tasks = Self.revised(register.tasks, touched) { text.scrub($0) }
        out.associations = Self.revised(register.associations, touched) { text.scrub($0) }
        out.accessRequests = Self.revised(register.accessRequests, touched) { scrub($0) }
        return out
    }

    func logEntry(at date: Date) -> ErasureLog.Entry {
        ErasureLog.Entry(at: date, kind: .relative, records: listedBy.count, ids: [], intent: intent)
    }

    /// Every change stays, with the person taken out of it.
    public func scrub(_ change: Change) -> Change? {
        let text = TextScrub(words: words)
        switch change {
        case .putVolunteer(let v): return .putVolunteer(scrub(v))
        case .putAgreement(let a): return .putAgreement(text.scrub(a))
        case .putEvent(let e): return .putEvent(text.scrub(e))
        case .putContact(let c): return .putContact(text.scrub(c))
        case .putWorkplace(let w): return .putWorkplace(text.scrub(w))
        case .putAccessRequest(let r): return .putAccessRequest(scrub(r))
        case .putTask(let t): return .putTask(text.scrub(t))
        case .putAssociation(let a): return .putAssociation(text.scrub(a))
        case .deleteVolunteer, .deleteAgreement, .deleteContact, .deleteWorkplace, .deleteEvent, .deleteAccessRequest, .putSettings,
             .deleteTask, .deleteAssociation:
            return change
        }
    }

    func scrub(_ v: Volunteer) -> Volunteer {
        TextScrub(words: words).scrub(v, relatives: .remove) { isThePerson($0, on: v.id) }
    }

    /// A request they made keeps its dates and loses who asked.
    func scrub(_ r: AccessRequest) -> AccessRequest {
        var r = r
        if r.volunteerID == nil && person.isNamed(r.name) { r.name = "" }
        return TextScrub(words: words).scrub(r)
    }
}
