import Foundation

/// Reads the store's JSON straight into a `Register`, about ten times faster than
/// JSONDecoder (which builds every value twice, through a generic tree and Codable).
///
/// It follows the Codable rules of the model types to the letter: the same required
/// fields, the same defaults for missing or null optional ones, unknown fields ignored.
/// Anything it is not sure about (a duplicate key, a bad date, an unknown enum value,
/// malformed JSON) makes it give up, and `StoreCodec` then asks JSONDecoder, which
/// either reads the file after all or names what is wrong. A test checks on generated
/// stores and on thousands of damaged ones that whenever this reader succeeds,
/// JSONDecoder gives the same register.
enum StoreReader {
    /// Stands in for a required id until its field is read; a record without one is refused.
    static let placeholderID = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))

    static func register(from data: Data) -> Register? {
        register(from: data, discardingRead: false)
    }

    /// With `discardingRead`, the pages of `data` are given back to the system as they
    /// are read: `data` must then be a private anonymous mapping of its own (see
    /// `Store`), and is garbage afterwards, whether or not a register came out.
    static func register(from data: Data, discardingRead: Bool) -> Register? {
        data.withUnsafeBytes { raw -> Register? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var scanner = JSONScanner(bytes)
            if discardingRead { scanner.release = PageRelease(from: 0, ceiling: bytes.count) }
            guard let register = try? readRegister(&scanner), scanner.atEnd else { return nil }
            return register
        }
    }

    /// One change from a journal line's `"change"` object is read by JSONDecoder; this
    /// reader covers only the snapshot, which is where the volume is.
    private static func readRegister(_ s: inout JSONScanner) throws -> Register {
        var register = Register()
        var seen = Fields()
        var version: Int?
        try s.object { s, key in
            if key.spells("schemaVersion") {
                try seen.mark(0)
                version = try s.int()
            } else if key.spells("volunteers") {
                try seen.mark(1)
                register.volunteers = try longList(&s) { try volunteer(&$0) }
            } else if key.spells("accessRequests") {
                try seen.mark(6)
                register.accessRequests = try list(&s, accessRequest)
            } else if key.spells("contacts") {
                try seen.mark(2)
                register.contacts = try list(&s, contact)
            } else if key.spells("workplaces") {
                try seen.mark(3)
                register.workplaces = try list(&s, workplace)
            } else if key.spells("agreements") {
                try seen.mark(4)
                register.agreements = try longList(&s) { try agreement(&$0) }
            } else if key.spells("events") {
                try seen.mark(5)
                register.events = try list(&s, event)
            } else if key.spells("tasks") {
                try seen.mark(8)
                register.tasks = try list(&s, task)
            } else if key.spells("associations") {
                try seen.mark(9)
                register.associations = try list(&s, association)
            } else if key.spells("settings") {
                try seen.mark(7)
                register.settings = try settings(&s)
            } else {
                try s.skipValue()
            }
        }
        guard version == Register.currentSchemaVersion else { throw JSONScanner.GiveUp() }
        return register
    }

    /// A list field: missing or null means empty, as `decode(_:forKey:default:)` does.
    @inline(__always)
    private static func list<T>(_ s: inout JSONScanner, _ element: (inout JSONScanner) throws -> T) throws -> [T] {
        if try s.takeNull() { return [] }
        var out: [T] = []
        try s.array {
            out.append(try element(&$0))
            $0.releaseRead()
        }
        return out
    }

    /// A list that may be long enough to read in two halves at once, one per core.
    ///
    /// The second half starts at a guessed record boundary: a line break followed by
    /// `    {` after the middle of the list (a raw line break is never inside a JSON
    /// string, and the store writes one record per line). The guess is only used when
    /// reading the first half record by record lands exactly on it; otherwise its result
    /// is thrown away and the list is read straight on, so a hand-formatted file reads
    /// the same, only slower.
    private static func longList<T>(_ s: inout JSONScanner, _ element: @escaping @Sendable (inout JSONScanner) throws -> T) throws -> [T] {
        guard try s.peek() == UInt8(ascii: "["),
              let end = s.search("\n  ]", from: s.position),
              end - s.position >= parallelFrom,
              let split = s.search("\n    {", from: s.position + (end - s.position) / 2), split < end
        else { return try list(&s, element) }
        let bytes = SharedBytes(buffer: s.bytes)
        let releasing = s.release != nil
        let second = InBackground { () -> (items: [T], end: Int)? in
            var tail = JSONScanner(bytes.buffer, at: split + 1)
            if releasing { tail.release = PageRelease(from: split + 1, ceiling: bytes.buffer.count) }
            var items: [T] = []
            do {
                while true {
                    items.append(try element(&tail))
                    tail.releaseRead()
                    switch try tail.peek() {
                    case UInt8(ascii: ","): tail.skip(1)
                    case UInt8(ascii: "]"): tail.skip(1); return (items, tail.position)
                    default: return nil
                    }
                }
            } catch {
                return nil
            }
        }
        defer { _ = second.value }
        let ceiling = s.release?.ceiling
        s.release?.ceiling = split
        defer { if let ceiling { s.release?.ceiling = ceiling } }
        try s.expect(UInt8(ascii: "["))
        var items: [T] = []
        if try s.peek() == UInt8(ascii: "]") {
            s.skip(1)
            return items
        }
        while true {
            items.append(try element(&s))
            s.releaseRead()
            if try s.peek() == UInt8(ascii: "]") {
                s.skip(1)
                return items
            }
            try s.expect(UInt8(ascii: ","))
            if s.position == split, let tail = second.value {
                s.skip(to: tail.end)
                return items + tail.items
            }
            if s.position > split {
                return try rest(&s, items, element)
            }
        }
    }

    /// Reads the rest of a list after its first items, one by one.
    private static func rest<T>(_ s: inout JSONScanner, _ first: [T], _ element: (inout JSONScanner) throws -> T) throws -> [T] {
        var items = first
        while true {
            items.append(try element(&s))
            s.releaseRead()
            switch try s.peek() {
            case UInt8(ascii: ","): s.skip(1)
            case UInt8(ascii: "]"): s.skip(1); return items
            default: throw JSONScanner.GiveUp()
            }
        }
    }

    /// The file's bytes, read by both threads; alive until both are done, as `longList`
    /// always waits for the second before it returns or throws.
    private struct SharedBytes: @unchecked Sendable {
        let buffer: UnsafeBufferPointer<UInt8>
    }

    /// Lists shorter than this many bytes are read on one core.
    private static let parallelFrom = 1 << 20

    private static func volunteer(_ s: inout JSONScanner) throws -> Volunteer {
        var seen = Fields()
        var id: UUID?, name: String?, status: VolunteerStatus?
        var v = Volunteer(id: StoreReader.placeholderID, name: "", created: Date(timeIntervalSince1970: 0))
        var updated: Date?
        var consent: Consent?, legacyConsent: Day?
        var periods: [StatusPeriod]?
        try s.object { s, key in
            if key.spells("id") { try seen.mark(0); id = try uuid(&s) }
            else if key.spells("name") { try seen.mark(1); name = try s.string() }
            else if key.spells("phones") { try seen.mark(2); v.phones = try strings(&s) }
            else if key.spells("email") { try seen.mark(3); v.email = try text(&s) }
            else if key.spells("address") { try seen.mark(4); v.address = try text(&s) }
            else if key.spells("postalCode") { try seen.mark(21); v.postalCode = try text(&s) }
            else if key.spells("city") { try seen.mark(22); v.city = try text(&s) }
            else if key.spells("birthDate") { try seen.mark(5); v.birthDate = try optionalDay(&s) }
            else if key.spells("birthYear") { try seen.mark(24); if !(try s.takeNull()) { v.birthYear = try s.int() } }
            else if key.spells("anonymised") { try seen.mark(25); v.anonymised = try s.bool() }
            else if key.spells("asked") { try seen.mark(27); v.asked = try list(&s, taskAsk) }
            else if key.spells("status") { try seen.mark(6); status = try enumValue(&s, VolunteerStatus.self) }
            else if key.spells("statusChanged") { try seen.mark(7); v.statusChanged = try optionalDay(&s) }
            else if key.spells("statusPeriods") { try seen.mark(26); periods = try s.takeNull() ? nil : try list(&s, statusPeriod) }
            else if key.spells("startDate") { try seen.mark(8); v.startDate = try optionalDay(&s) }
            else if key.spells("skills") { try seen.mark(9); v.skills = try strings(&s) }
            else if key.spells("interests") { try seen.mark(10); v.interests = try strings(&s) }
            else if key.spells("availability") { try seen.mark(11); v.availability = try availability(&s) }
            else if key.spells("workplaceIDs") { try seen.mark(12); v.workplaceIDs = try uuids(&s) }
            else if key.spells("membership") { try seen.mark(13); v.membership = try membership(&s) }
            else if key.spells("emergencyContacts") { try seen.mark(14); v.emergencyContacts = try list(&s, emergencyContact) }
            else if key.spells("consent") { try seen.mark(15); consent = try s.takeNull() ? nil : try consentValue(&s) }
            else if key.spells("consentDate") { try seen.mark(23); legacyConsent = try optionalDay(&s) }
            else if key.spells("notes") { try seen.mark(16); v.notes = try text(&s) }
            else if key.spells("tags") { try seen.mark(17); v.tags = try strings(&s) }
            else if key.spells("created") { try seen.mark(18); if !(try s.takeNull()) { v.created = try date(&s) } }
            else if key.spells("updated") { try seen.mark(19); if !(try s.takeNull()) { updated = try date(&s) } }
            else if key.spells("revision") { try seen.mark(20); v.revision = try s.int() }
            else { try s.skipValue() }
        }
        guard let id, let name, let status else { throw JSONScanner.GiveUp() }
        v.id = id
        v.name = name
        v.status = status
        v.updated = updated ?? v.created
        v.consent = consent ?? .legacy(legacyConsent)
        v.statusPeriods = periods ?? StatusPeriod.legacy(status: status, statusChanged: v.statusChanged, startDate: v.startDate, created: v.created)
        return v
    }

    private static func statusPeriod(_ s: inout JSONScanner) throws -> StatusPeriod {
        var seen = Fields()
        var status: VolunteerStatus?, from: Day?, to: Day?
        try s.object { s, key in
            if key.spells("status") { try seen.mark(0); status = try enumValue(&s, VolunteerStatus.self) }
            else if key.spells("from") { try seen.mark(1); from = try day(&s) }
            else if key.spells("to") { try seen.mark(2); to = try optionalDay(&s) }
            else { try s.skipValue() }
        }
        guard let status, let from else { throw JSONScanner.GiveUp() }
        return StatusPeriod(status, from: from, to: to)
    }

    private static func consentValue(_ s: inout JSONScanner) throws -> Consent {
        var seen = Fields()
        var c = Consent()
        try s.object { s, key in
            if key.spells("given") { try seen.mark(0); c.given = try optionalDay(&s) }
            else if key.spells("scopes") { try seen.mark(1); c.scopes = try list(&s) { try enumValue(&$0, Consent.Scope.self) } }
            else if key.spells("method") { try seen.mark(2); c.method = try s.takeNull() ? nil : try enumValue(&s, Consent.Method.self) }
            else if key.spells("withdrawn") { try seen.mark(3); c.withdrawn = try optionalDay(&s) }
            else { try s.skipValue() }
        }
        return c
    }

    private static func emergencyContact(_ s: inout JSONScanner) throws -> EmergencyContact {
        var seen = Fields()
        var name: String?, phone: String?, relation = ""
        try s.object { s, key in
            if key.spells("name") { try seen.mark(0); name = try s.string() }
            else if key.spells("phone") { try seen.mark(1); phone = try s.string() }
            else if key.spells("relation") { try seen.mark(2); relation = try text(&s) }
            else { try s.skipValue() }
        }
        guard let name, let phone else { throw JSONScanner.GiveUp() }
        return EmergencyContact(name: name, relation: relation, phone: phone)
    }

    private static func availability(_ s: inout JSONScanner) throws -> Availability {
        if try s.takeNull() { return Availability() }
        var seen = Fields()
        var a = Availability()
        try s.object { s, key in
            if key.spells("weekdays") { try seen.mark(0); a.weekdays = try list(&s) { try enumValue(&$0, Weekday.self) } }
            else if key.spells("partsOfDay") { try seen.mark(2); a.partsOfDay = try list(&s) { try enumValue(&$0, PartOfDay.self) } }
            else if key.spells("note") { try seen.mark(1); a.note = try text(&s) }
            else { try s.skipValue() }
        }
        return a
    }

    private static func taskAsk(_ s: inout JSONScanner) throws -> TaskAsk {
        var seen = Fields()
        var taskID: UUID?, day: Day?
        try s.object { s, key in
            if key.spells("taskID") { try seen.mark(0); taskID = try uuid(&s) }
            else if key.spells("day") { try seen.mark(1); day = try Self.day(&s) }
            else { try s.skipValue() }
        }
        guard let taskID, let day else { throw JSONScanner.GiveUp() }
        return TaskAsk(taskID: taskID, day: day)
    }

    private static func task(_ s: inout JSONScanner) throws -> VolunteerTask {
        var seen = Fields()
        var id: UUID?, title: String?
        var t = VolunteerTask(id: StoreReader.placeholderID, title: "")
        try s.object { s, key in
            if key.spells("id") { try seen.mark(0); id = try uuid(&s) }
            else if key.spells("title") { try seen.mark(1); title = try s.string() }
            else if key.spells("description") { try seen.mark(2); t.description = try text(&s) }
            else if key.spells("workplaceID") { try seen.mark(3); t.workplaceID = try s.takeNull() ? nil : try uuid(&s) }
            else if key.spells("contactID") { try seen.mark(4); t.contactID = try s.takeNull() ? nil : try uuid(&s) }
            else if key.spells("skills") { try seen.mark(5); t.skills = try strings(&s) }
            else if key.spells("time") { try seen.mark(6); t.time = try taskTime(&s) }
            else if key.spells("wanted") { try seen.mark(7); if !(try s.takeNull()) { t.wanted = try s.int() } }
            else if key.spells("status") { try seen.mark(8); if !(try s.takeNull()) { t.status = try enumValue(&s, TaskStatus.self) } }
            else if key.spells("volunteerIDs") { try seen.mark(9); t.volunteerIDs = try uuids(&s) }
            else if key.spells("notes") { try seen.mark(10); t.notes = try text(&s) }
            else if key.spells("revision") { try seen.mark(11); t.revision = try s.int() }
            else { try s.skipValue() }
        }
        guard let id, let title else { throw JSONScanner.GiveUp() }
        t.id = id
        t.title = title
        return t
    }

    private static func taskTime(_ s: inout JSONScanner) throws -> TaskTime {
        if try s.takeNull() { return TaskTime() }
        var seen = Fields()
        var t = TaskTime()
        try s.object { s, key in
            if key.spells("weekdays") { try seen.mark(0); t.weekdays = try list(&s) { try enumValue(&$0, Weekday.self) } }
            else if key.spells("partsOfDay") { try seen.mark(1); t.partsOfDay = try list(&s) { try enumValue(&$0, PartOfDay.self) } }
            else if key.spells("from") { try seen.mark(2); t.from = try optionalDay(&s) }
            else if key.spells("until") { try seen.mark(3); t.until = try optionalDay(&s) }
            else if key.spells("ongoing") { try seen.mark(4); if !(try s.takeNull()) { t.ongoing = try s.bool() } }
            else { try s.skipValue() }
        }
        return t
    }

    private static func association(_ s: inout JSONScanner) throws -> Association {
        var seen = Fields()
        var id: UUID?, name: String?
        var a = Association(id: StoreReader.placeholderID, name: "")
        try s.object { s, key in
            if key.spells("id") { try seen.mark(0); id = try uuid(&s) }
            else if key.spells("name") { try seen.mark(1); name = try s.string() }
            else if key.spells("kind") { try seen.mark(2); if !(try s.takeNull()) { a.kind = try enumValue(&s, Association.Kind.self) } }
            else if key.spells("area") { try seen.mark(3); a.area = try text(&s) }
            else if key.spells("contactIDs") { try seen.mark(4); a.contactIDs = try uuids(&s) }
            else if key.spells("phone") { try seen.mark(5); a.phone = try text(&s) }
            else if key.spells("email") { try seen.mark(6); a.email = try text(&s) }
            else if key.spells("web") { try seen.mark(7); a.web = try text(&s) }
            else if key.spells("address") { try seen.mark(8); a.address = try text(&s) }
            else if key.spells("notes") { try seen.mark(9); a.notes = try text(&s) }
            else if key.spells("listedSince") { try seen.mark(10); a.listedSince = try optionalDay(&s) }
            else if key.spells("revision") { try seen.mark(11); a.revision = try s.int() }
            else { try s.skipValue() }
        }
        guard let id, let name else { throw JSONScanner.GiveUp() }
        a.id = id
        a.name = name
        return a
    }

    private static func membership(_ s: inout JSONScanner) throws -> Membership {
        if try s.takeNull() { return .individual }
        var seen = Fields()
        var m = Membership()
        try s.object { s, key in
            if key.spells("kind") { try seen.mark(0); if !(try s.takeNull()) { m.kind = try enumValue(&s, Membership.Kind.self) } }
            else if key.spells("name") { try seen.mark(1); m.name = try text(&s) }
            else if key.spells("associationID") { try seen.mark(2); m.associationID = try s.takeNull() ? nil : try uuid(&s) }
            else { try s.skipValue() }
        }
        return m
    }

    private static func contact(_ s: inout JSONScanner) throws -> Contact {
        var seen = Fields()
        var id: UUID?, name: String?
        var c = Contact(id: StoreReader.placeholderID, name: "", kind: .other)
        try s.object { s, key in
            if key.spells("id") { try seen.mark(0); id = try uuid(&s) }
            else if key.spells("name") { try seen.mark(1); name = try s.string() }
            else if key.spells("kind") { try seen.mark(2); if !(try s.takeNull()) { c.kind = try enumValue(&s, Contact.Kind.self) } }
            else if key.spells("organisation") { try seen.mark(3); c.organisation = try text(&s) }
            else if key.spells("role") { try seen.mark(4); c.role = try text(&s) }
            else if key.spells("phone") { try seen.mark(5); c.phone = try text(&s) }
            else if key.spells("email") { try seen.mark(6); c.email = try text(&s) }
            else if key.spells("notes") { try seen.mark(7); c.notes = try text(&s) }
            else if key.spells("unlinkedSince") { try seen.mark(9); c.unlinkedSince = try optionalDay(&s) }
            else if key.spells("revision") { try seen.mark(8); c.revision = try s.int() }
            else { try s.skipValue() }
        }
        guard let id, let name else { throw JSONScanner.GiveUp() }
        c.id = id
        c.name = name
        return c
    }

    private static func workplace(_ s: inout JSONScanner) throws -> Workplace {
        var seen = Fields()
        var id: UUID?, name: String?
        var w = Workplace(id: StoreReader.placeholderID, name: "")
        try s.object { s, key in
            if key.spells("id") { try seen.mark(0); id = try uuid(&s) }
            else if key.spells("name") { try seen.mark(1); name = try s.string() }
            else if key.spells("area") { try seen.mark(2); w.area = try text(&s) }
            else if key.spells("address") { try seen.mark(3); w.address = try text(&s) }
            else if key.spells("contactIDs") { try seen.mark(4); w.contactIDs = try uuids(&s) }
            else if key.spells("guidelines") { try seen.mark(5); w.guidelines = try text(&s) }
            else if key.spells("worksWithChildren") { try seen.mark(7); w.worksWithChildren = try flag(&s) }
            else if key.spells("revision") { try seen.mark(6); w.revision = try s.int() }
            else { try s.skipValue() }
        }
        guard let id, let name else { throw JSONScanner.GiveUp() }
        w.id = id
        w.name = name
        return w
    }

    private static func agreement(_ s: inout JSONScanner) throws -> Agreement {
        var seen = Fields()
        var id: UUID?, volunteerID: UUID?
        var a = Agreement(id: StoreReader.placeholderID, volunteerID: StoreReader.placeholderID)
        try s.object { s, key in
            if key.spells("id") { try seen.mark(0); id = try uuid(&s) }
            else if key.spells("volunteerID") { try seen.mark(1); volunteerID = try uuid(&s) }
            else if key.spells("workplaceID") { try seen.mark(2); a.workplaceID = try s.takeNull() ? nil : try uuid(&s) }
            else if key.spells("contactID") { try seen.mark(3); a.contactID = try s.takeNull() ? nil : try uuid(&s) }
            else if key.spells("allowedTasks") { try seen.mark(4); a.allowedTasks = try text(&s) }
            else if key.spells("forbiddenTasks") { try seen.mark(5); a.forbiddenTasks = try text(&s) }
            else if key.spells("startDate") { try seen.mark(6); a.startDate = try optionalDay(&s) }
            else if key.spells("reviewDate") { try seen.mark(7); a.reviewDate = try optionalDay(&s) }
            else if key.spells("endDate") { try seen.mark(8); a.endDate = try optionalDay(&s) }
            else if key.spells("signedByVolunteer") { try seen.mark(9); a.signedByVolunteer = try optionalDay(&s) }
            else if key.spells("signedByContact") { try seen.mark(10); a.signedByContact = try optionalDay(&s) }
            else if key.spells("confidentialityExplained") { try seen.mark(11); a.confidentialityExplained = try flag(&s) }
            else if key.spells("dutyToReportExplained") { try seen.mark(12); a.dutyToReportExplained = try flag(&s) }
            else if key.spells("insuranceExplained") { try seen.mark(13); a.insuranceExplained = try flag(&s) }
            else if key.spells("expenses") { try seen.mark(14); a.expenses = try text(&s) }
            else if key.spells("regularAttachment") { try seen.mark(19); a.regularAttachment = try s.takeNull() ? true : try s.bool() }
            else if key.spells("childCheck") { try seen.mark(15); a.childCheck = try certificateCheck(&s) }
            else if key.spells("criminalCheck") { try seen.mark(16); a.criminalCheck = try certificateCheck(&s) }
            else if key.spells("notes") { try seen.mark(17); a.notes = try text(&s) }
            else if key.spells("revision") { try seen.mark(18); a.revision = try s.int() }
            else { try s.skipValue() }
        }
        guard let id, let volunteerID else { throw JSONScanner.GiveUp() }
        a.id = id
        a.volunteerID = volunteerID
        return a
    }

    private static func certificateCheck(_ s: inout JSONScanner) throws -> CertificateCheck {
        if try s.takeNull() { return CertificateCheck() }
        var seen = Fields()
        var c = CertificateCheck()
        try s.object { s, key in
            if key.spells("required") { try seen.mark(0); c.required = try flag(&s) }
            else if key.spells("consentRequested") { try seen.mark(1); c.consentRequested = try optionalDay(&s) }
            else if key.spells("received") { try seen.mark(2); c.received = try optionalDay(&s) }
            else if key.spells("note") { try seen.mark(3); c.note = try text(&s) }
            else if key.spells("outcome") { try seen.mark(4); c.outcome = try s.takeNull() ? nil : try enumValue(&s, CertificateCheck.Outcome.self) }
            else if key.spells("assessedBy") { try seen.mark(5); c.assessedBy = try text(&s) }
            else { try s.skipValue() }
        }
        return c
    }

    /// The settings object; a missing or null setting takes its default, as
    /// `Settings.init(from:)` does.
    private static func settings(_ s: inout JSONScanner) throws -> Settings {
        if try s.takeNull() { return Settings() }
        var seen = Fields()
        var out = Settings()
        try s.object { s, key in
            if key.spells("childCheckRenewalYears") { try seen.mark(0); if !(try s.takeNull()) { out.childCheckRenewalYears = try s.int() } }
            else if key.spells("returnNeedsNewCheck") { try seen.mark(1); if !(try s.takeNull()) { out.returnNeedsNewCheck = try s.bool() } }
            else if key.spells("returnGapMonths") { try seen.mark(2); if !(try s.takeNull()) { out.returnGapMonths = try s.int() } }
            else if key.spells("occasionalAfterMonths") { try seen.mark(3); if !(try s.takeNull()) { out.occasionalAfterMonths = try s.int() } }
            else if key.spells("occasionalWithinWeeks") { try seen.mark(4); if !(try s.takeNull()) { out.occasionalWithinWeeks = try s.int() } }
            else if key.spells("anonymiseStoppedMonths") { try seen.mark(5); if !(try s.takeNull()) { out.anonymiseStoppedMonths = try s.int() } }
            else if key.spells("anonymisePausedMonths") { try seen.mark(6); if !(try s.takeNull()) { out.anonymisePausedMonths = try s.int() } }
            else if key.spells("eraseDeclinedMonths") { try seen.mark(7); if !(try s.takeNull()) { out.eraseDeclinedMonths = try s.int() } }
            else if key.spells("eraseContactsMonths") { try seen.mark(8); if !(try s.takeNull()) { out.eraseContactsMonths = try s.int() } }
            else if key.spells("historyMonths") { try seen.mark(9); if !(try s.takeNull()) { out.historyMonths = try s.int() } }
            else if key.spells("letterhead") { try seen.mark(10); out.letterhead = try letterhead(&s) }
            else { try s.skipValue() }
        }
        return out
    }

    /// The letterhead of the settings; a missing or null text is empty.
    private static func letterhead(_ s: inout JSONScanner) throws -> Letterhead {
        var out = Letterhead()
        if try s.takeNull() { return out }
        var seen = Fields()
        try s.object { s, key in
            let path: WritableKeyPath<Letterhead, String>
            if key.spells("address") { try seen.mark(0); path = \.address }
            else if key.spells("coordinator") { try seen.mark(1); path = \.coordinator }
            else if key.spells("department") { try seen.mark(2); path = \.department }
            else if key.spells("email") { try seen.mark(3); path = \.email }
            else if key.spells("municipality") { try seen.mark(4); path = \.municipality }
            else if key.spells("phone") { try seen.mark(5); path = \.phone }
            else if key.spells("place") { try seen.mark(6); path = \.place }
            else { return try s.skipValue() }
            if !(try s.takeNull()) { out[keyPath: path] = try s.string() }
        }
        return out
    }

    private static func event(_ s: inout JSONScanner) throws -> RecognitionEvent {
        var seen = Fields()
        var id: UUID?, date: Day?, kind: EventKind?
        var e = RecognitionEvent(id: StoreReader.placeholderID, date: Day(ordinal: 0), kind: .other)
        try s.object { s, key in
            if key.spells("id") { try seen.mark(0); id = try uuid(&s) }
            else if key.spells("date") { try seen.mark(1); date = try day(&s) }
            else if key.spells("kind") { try seen.mark(2); kind = try enumValue(&s, EventKind.self) }
            else if key.spells("title") { try seen.mark(3); e.title = try text(&s) }
            else if key.spells("description") { try seen.mark(4); e.description = try text(&s) }
            else if key.spells("attendeeIDs") { try seen.mark(5); e.attendeeIDs = try uuids(&s) }
            else if key.spells("giftValue") { try seen.mark(6); e.giftValue = try text(&s) }
            else if key.spells("notes") { try seen.mark(7); e.notes = try text(&s) }
            else if key.spells("revision") { try seen.mark(8); e.revision = try s.int() }
            else { try s.skipValue() }
        }
        guard let id, let date, let kind else { throw JSONScanner.GiveUp() }
        e.id = id
        e.date = date
        e.kind = kind
        return e
    }

    private static func accessRequest(_ s: inout JSONScanner) throws -> AccessRequest {
        var seen = Fields()
        var id: UUID?, received: Day?
        var r = AccessRequest(id: StoreReader.placeholderID, name: "", received: Day(ordinal: 0))
        try s.object { s, key in
            if key.spells("id") { try seen.mark(0); id = try uuid(&s) }
            else if key.spells("volunteerID") { try seen.mark(1); r.volunteerID = try s.takeNull() ? nil : try uuid(&s) }
            else if key.spells("name") { try seen.mark(2); r.name = try text(&s) }
            else if key.spells("received") { try seen.mark(3); received = try day(&s) }
            else if key.spells("extensionReason") { try seen.mark(4); r.extensionReason = try text(&s) }
            else if key.spells("answered") { try seen.mark(5); r.answered = try optionalDay(&s) }
            else if key.spells("answerFile") { try seen.mark(6); r.answerFile = try text(&s) }
            else if key.spells("revision") { try seen.mark(7); r.revision = try s.int() }
            else { try s.skipValue() }
        }
        guard let id, let received else { throw JSONScanner.GiveUp() }
        r.id = id
        r.received = received
        return r
    }

    // MARK: Values

    /// An optional text field: null means empty, as `decode(_:forKey:default:)` does.
    private static func text(_ s: inout JSONScanner) throws -> String {
        try s.takeNull() ? "" : try s.string()
    }

    private static func strings(_ s: inout JSONScanner) throws -> [String] {
        try s.takeNull() ? [] : try s.stringArray()
    }

    private static func flag(_ s: inout JSONScanner) throws -> Bool {
        try s.takeNull() ? false : try s.bool()
    }

    private static func uuids(_ s: inout JSONScanner) throws -> [UUID] {
        try list(&s, uuid)
    }

    @inline(__always)
    private static func enumValue<T: RawRepresentable>(_ s: inout JSONScanner, _ type: T.Type) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: try s.string()) else { throw JSONScanner.GiveUp() }
        return value
    }

    /// `8-4-4-4-12` hex digits, either case, as `UUID(uuidString:)` reads them.
    private static func uuid(_ s: inout JSONScanner) throws -> UUID {
        let raw = try s.stringBytes()
        guard let b = raw.direct, b.count == 36,
              b[8] == UInt8(ascii: "-"), b[13] == UInt8(ascii: "-"), b[18] == UInt8(ascii: "-"), b[23] == UInt8(ascii: "-")
        else { throw JSONScanner.GiveUp() }
        @inline(__always) func byte(_ i: Int) throws -> UInt8 {
            guard let hi = hexValue(b[i]), let lo = hexValue(b[i + 1]) else { throw JSONScanner.GiveUp() }
            return hi << 4 | lo
        }
        return UUID(uuid: (try byte(0), try byte(2), try byte(4), try byte(6), try byte(9), try byte(11),
                           try byte(14), try byte(16), try byte(19), try byte(21), try byte(24), try byte(26),
                           try byte(28), try byte(30), try byte(32), try byte(34)))
    }

    @inline(__always)
    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }

    private static func optionalDay(_ s: inout JSONScanner) throws -> Day? {
        try s.takeNull() ? nil : try day(&s)
    }

    /// Exactly `yyyy-MM-dd`, a real date.
    private static func day(_ s: inout JSONScanner) throws -> Day {
        let raw = try s.stringBytes()
        guard let b = raw.direct, b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              let y = digits(b, 0, 4), let m = digits(b, 5, 2), let d = digits(b, 8, 2),
              let day = Day(year: y, month: m, day: d) else { throw JSONScanner.GiveUp() }
        return day
    }

    /// `yyyy-MM-ddTHH:mm:ssZ`, as the store writes timestamps; other ISO 8601 forms
    /// (offsets, fractions) are left to JSONDecoder.
    private static func date(_ s: inout JSONScanner) throws -> Date {
        let raw = try s.stringBytes()
        guard let b = raw.direct, b.count == 20, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              b[10] == UInt8(ascii: "T"), b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
              b[19] == UInt8(ascii: "Z"),
              let y = digits(b, 0, 4), (1900...2200).contains(y), let m = digits(b, 5, 2), let d = digits(b, 8, 2),
              let day = Day(year: y, month: m, day: d),
              let hh = digits(b, 11, 2), hh < 24, let mm = digits(b, 14, 2), mm < 60,
              let ss = digits(b, 17, 2), ss < 60 else { throw JSONScanner.GiveUp() }
        let seconds = day.ordinal * 86_400 + hh * 3600 + mm * 60 + ss
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    @inline(__always)
    private static func digits(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for i in start..<start + count {
            let byte = b[i]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// The fields an object has had so far; a key seen twice makes the reader give up,
    /// since which of the two JSONDecoder keeps is its business.
    private struct Fields {
        private var bits: UInt32 = 0

        mutating func mark(_ field: Int) throws {
            let bit: UInt32 = 1 << field
            guard bits & bit == 0 else { throw JSONScanner.GiveUp() }
            bits |= bit
        }
    }
}
