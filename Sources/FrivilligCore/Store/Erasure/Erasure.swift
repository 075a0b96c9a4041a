import Foundation

/// What erasing one volunteer takes out of every file of the store (GDPR art. 17).
///
/// A value written to the store's intent file before any file changes, so an erasure
/// stopped half-way (a crash, kill -9) is finished by the next open: every step is
/// computed from this value and the files, and doing a step twice changes nothing.
/// It holds the person's words only while the erasure runs; the intent file is removed
/// at the end and the erasure log keeps no more than the date, the kind and a count.
public struct Erasure: Codable, Equatable, Sendable {
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
    /// The person's own words as they may be stored: name, e-mail and every phone in
    /// each form it is written (`+4520123456`, `+45 20 12 34 56`, `20123456`).
    public let words: [String]
    /// The person's phones, stored form, to tell their entries as a relative.
    public let phones: [String]
    public let name: String
    public let relatives: Relatives

    /// Stands for a mention of the person in another record's text (a note, a title).
    public static let placeholder = "[slettet]"

    public init(volunteer: Volunteer, agreementIDs: Set<UUID>, relatives: Relatives) {
        volunteerID = volunteer.id
        self.agreementIDs = agreementIDs
        self.relatives = relatives
        name = volunteer.name
        phones = volunteer.phones
        var words = [volunteer.name, volunteer.email]
        for phone in volunteer.phones {
            words += [phone, Phone.display(phone), Phone.searchDigits(phone)]
        }
        // Short words (a two-letter name, an empty e-mail) would match everywhere.
        self.words = Array(Set(words.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count >= 4 })).sorted()
    }

    /// Every record id whose lines go whole: the person and their agreements.
    public var recordIDs: Set<UUID> { agreementIDs.union([volunteerID]) }

    /// Whether an emergency contact of another volunteer is this person.
    public func isThePerson(_ relative: EmergencyContact) -> Bool {
        if let phone = Phone.normalise(relative.phone), phones.contains(phone) { return true }
        return relative.name.trimmingCharacters(in: .whitespaces).caseInsensitiveCompare(name) == .orderedSame
    }

    /// The register without the person: their record, agreements and attendance gone,
    /// their entries as a relative kept or removed as chosen, and mentions of them in
    /// other records' text replaced by `placeholder`.
    public func apply(to register: Register) -> Register {
        let touched = mentioning(in: register)
        var out = register
        out.volunteers = Self.revised(register.volunteers, touched) { scrub($0) }
        out.agreements = Self.revised(register.agreements, touched) { scrub($0) }
        out.events = Self.revised(register.events, touched) { scrub($0) }
        out.contacts = Self.revised(register.contacts, touched) { scrub($0) }
        out.workplaces = Self.revised(register.workplaces, touched) { scrub($0) }
        return out
    }

    /// The ids of the records whose stored line names the person or refers to one of their
    /// records.
    /// The snapshot's writer puts one record on a line, so one pass over its bytes finds
    /// the few records to scrub among 100,000 (scrubbing each would encode each).
    /// Without `references`, only records whose text names the person.
    func mentioning(in register: Register, references: Bool = true) -> Set<UUID> {
        let scrub = TextScrub(words: words)
        let ids = references ? recordIDs.map { Data($0.uuidString.utf8) } : []
        let marker = Data(#""id":""#.utf8)
        var found: Set<UUID> = []
        for line in StoreCodec.encode(register).split(separator: 0x0A) {
            let line = Data(line)
            guard scrub.mentions(line) || ids.contains(where: { line.range(of: $0) != nil }) else { continue }
            var from = line.startIndex
            while let hit = line.range(of: marker, in: from..<line.endIndex) {
                let end = line.index(hit.upperBound, offsetBy: 36, limitedBy: line.endIndex) ?? line.endIndex
                if let id = UUID(uuidString: String(decoding: line[hit.upperBound..<end], as: UTF8.self)) { found.insert(id) }
                from = end
            }
        }
        return found
    }

    /// A record the erasure changed gets a new revision, so a form opened on it before
    /// merges with the scrubbed record instead of writing the person back.
    private static func revised<T: Revisioned & Equatable>(_ records: [T], _ touched: Set<UUID>, _ scrub: (T) -> T?) -> [T] {
        records.compactMap { record in
            guard touched.contains(record.id) else { return record }
            guard var out = scrub(record) else { return nil }
            if out != record { out.revision += 1 }
            return out
        }
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
        case .deleteContact, .deleteWorkplace, .deleteEvent, .putSettings: return change
        }
    }

    func scrub(_ v: Volunteer) -> Volunteer? {
        guard v.id != volunteerID else { return nil }
        var v = v
        var kept: [EmergencyContact] = []
        for relative in v.emergencyContacts {
            if isThePerson(relative) {
                if relatives == .keep { kept.append(relative) }
            } else {
                kept.append(TextScrub(words: words).scrub(relative))
            }
        }
        // The kept entries are left as they are; the scrub sees only the rest of the record.
        v.emergencyContacts = []
        var scrubbed = TextScrub(words: words).scrub(v)
        scrubbed.emergencyContacts = kept
        return scrubbed
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
}
