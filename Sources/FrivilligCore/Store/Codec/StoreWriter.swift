import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a register as the store's JSON: the top level and each list on lines of their
/// own, each record on one line, keys sorted, optional fields that are empty (`nil`)
/// left out, exactly as the Codable model would encode them.
///
/// One record per line keeps the file about half the size of pretty-printed JSON, makes
/// a `diff` of two snapshots show whole records, and is several times faster to write
/// than JSONEncoder. A test checks that JSONDecoder reads what this writes back to the
/// same register, so the format documented in the README stays the one format.
struct StoreWriter {
    private var out: [UInt8] = []
    /// Whether the next field of the current object needs a comma before it.
    private var needsComma = false
    /// Where the bytes go a megabyte at a time when streaming to a file; nil when they
    /// are kept in memory.
    private var sink: StreamSink?

    /// The file's bytes, in memory.
    static func encode(_ register: Register) -> [UInt8] {
        var w = StoreWriter()
        w.out.reserveCapacity(1024 + register.volunteers.count * 1400 + register.agreements.count * 600
            + register.events.count * 400 + register.contacts.count * 300 + register.workplaces.count * 300)
        w.write(register)
        return w.out
    }

    /// Streams the file's bytes into `fd` a megabyte at a time, so a compaction holds no
    /// second copy of the register as text. Returns the fingerprint of what was written
    /// (as `Journal.fingerprint` would give for the whole) and its size. The store's folder holds
    /// the scratch file the second core writes its half of a long list into.
    static func write(_ register: Register, to fd: Int32, files: StoreFiles, path: String) throws(StoreError) -> (fingerprint: String, size: Int) {
        var w = StoreWriter()
        w.sink = StreamSink(fd: fd, files: files)
        w.out.reserveCapacity(StreamSink.chunk + 64 << 10)
        w.write(register)
        w.flush()
        let sink = w.sink!
        if let failure = sink.failure { throw .writeFailed(path: path, reason: failure) }
        return (Journal.fingerprint(of: sink.hasher), sink.written)
    }

    private mutating func write(_ r: Register) {
        raw("{\n")
        list("accessRequests", r.accessRequests, last: false) { $0.accessRequest($1) }
        list("agreements", r.agreements, last: false) { $0.agreement($1) }
        list("associations", r.associations, last: false) { $0.association($1) }
        list("contacts", r.contacts, last: false) { $0.contact($1) }
        list("events", r.events, last: false) { $0.event($1) }
        raw("  \"schemaVersion\": ")
        raw(String(r.schemaVersion))
        raw(",\n  \"settings\": ")
        settings(r.settings)
        raw(",\n")
        list("tasks", r.tasks, last: false) { $0.task($1) }
        list("volunteers", r.volunteers, last: false) { $0.volunteer($1) }
        list("workplaces", r.workplaces, last: true) { $0.workplace($1) }
        raw("}\n")
    }

    private mutating func list<T: Sendable>(_ name: StaticString, _ items: [T], last: Bool, _ record: @escaping @Sendable (inout StoreWriter, T) -> Void) {
        raw("  \"")
        raw(name)
        if items.isEmpty {
            raw("\": []")
        } else {
            raw("\": [\n")
            if items.count >= StoreWriter.parallelFrom, let sink, let spill = sink.scratchFile() {
                let half = items.count / 2
                let second = InBackground { () -> String? in
                    var w = StoreWriter()
                    w.sink = StreamSink(fd: spill, files: nil)
                    w.out.reserveCapacity(StreamSink.chunk + 64 << 10)
                    w.lines(items[half...], isLast: true, record)
                    w.flush()
                    return w.sink!.failure
                }
                lines(items[..<half], isLast: false, record)
                flush()
                if let failure = second.value { self.sink!.fail(failure) }
                self.sink!.append(contentsOf: spill)
                Glibc.close(spill)
            } else {
                lines(items[...], isLast: true, record)
            }
            raw("  ]")
        }
        raw(last ? "\n" : ",\n")
    }

    /// When streaming to a file, long lists are written in two halves at once, one on
    /// each core: a record's line depends on the record alone, so the halves join into
    /// the same bytes.
    private static let parallelFrom = 4_096

    private mutating func lines<T>(_ items: ArraySlice<T>, isLast: Bool, _ record: (inout StoreWriter, T) -> Void) {
        for (i, item) in zip(items.indices, items) {
            raw("    ")
            record(&self, item)
            raw(isLast && i == items.endIndex - 1 ? "\n" : ",\n")
            if sink != nil, out.count >= StreamSink.chunk { flush() }
        }
    }

    /// Hands the buffered bytes to the sink, when streaming.
    private mutating func flush() {
        guard sink != nil, !out.isEmpty else { return }
        sink!.write(out)
        out.removeAll(keepingCapacity: true)
    }

    // MARK: Records (keys in sorted order)

    private mutating func volunteer(_ v: Volunteer) {
        open()
        string("address", v.address)
        if v.anonymised { bool("anonymised", true) }
        array("asked", v.asked) { $0.taskAsk($1) }
        key("availability")
        availability(v.availability)
        day("birthDate", v.birthDate)
        if let year = v.birthYear { int("birthYear", year) }
        string("city", v.city)
        key("consent")
        consent(v.consent)
        date("created", v.created)
        string("email", v.email)
        array("emergencyContacts", v.emergencyContacts) { $0.emergencyContact($1) }
        uuid("id", v.id)
        strings("interests", v.interests)
        key("membership")
        membership(v.membership)
        string("name", v.name)
        string("notes", v.notes)
        strings("phones", v.phones)
        string("postalCode", v.postalCode)
        int("revision", v.revision)
        strings("skills", v.skills)
        day("startDate", v.startDate)
        string("status", v.status.rawValue)
        day("statusChanged", v.statusChanged)
        array("statusPeriods", v.statusPeriods) { $0.statusPeriod($1) }
        strings("tags", v.tags)
        date("updated", v.updated)
        uuids("workplaceIDs", v.workplaceIDs)
        close()
    }

    private mutating func statusPeriod(_ p: StatusPeriod) {
        open()
        day("from", p.from)
        string("status", p.status.rawValue)
        day("to", p.to)
        close()
    }

    private mutating func availability(_ a: Availability) {
        open()
        string("note", a.note)
        array("partsOfDay", a.partsOfDay) { $0.quoted($1.rawValue) }
        array("weekdays", a.weekdays) { $0.quoted($1.rawValue) }
        close()
    }

    private mutating func taskAsk(_ a: TaskAsk) {
        open()
        day("day", a.day)
        uuid("taskID", a.taskID)
        close()
    }

    private mutating func membership(_ m: Membership) {
        open()
        uuid("associationID", m.associationID)
        string("kind", m.kind.rawValue)
        string("name", m.name)
        close()
    }

    private mutating func emergencyContact(_ c: EmergencyContact) {
        open()
        string("name", c.name)
        string("phone", c.phone)
        string("relation", c.relation)
        close()
    }

    private mutating func consent(_ c: Consent) {
        open()
        day("given", c.given)
        if let method = c.method { string("method", method.rawValue) }
        array("scopes", c.scopes) { $0.quoted($1.rawValue) }
        day("withdrawn", c.withdrawn)
        close()
    }

    private mutating func contact(_ c: Contact) {
        open()
        string("email", c.email)
        uuid("id", c.id)
        string("kind", c.kind.rawValue)
        string("name", c.name)
        string("notes", c.notes)
        string("organisation", c.organisation)
        string("phone", c.phone)
        int("revision", c.revision)
        string("role", c.role)
        day("unlinkedSince", c.unlinkedSince)
        close()
    }

    private mutating func workplace(_ w: Workplace) {
        open()
        string("address", w.address)
        string("area", w.area)
        uuids("contactIDs", w.contactIDs)
        string("guidelines", w.guidelines)
        uuid("id", w.id)
        string("name", w.name)
        int("revision", w.revision)
        bool("worksWithChildren", w.worksWithChildren)
        close()
    }

    private mutating func settings(_ s: Settings) {
        open()
        int("anonymisePausedMonths", s.anonymisePausedMonths)
        int("anonymiseStoppedMonths", s.anonymiseStoppedMonths)
        int("childCheckRenewalYears", s.childCheckRenewalYears)
        int("eraseContactsMonths", s.eraseContactsMonths)
        int("eraseDeclinedMonths", s.eraseDeclinedMonths)
        int("historyMonths", s.historyMonths)
        if !s.letterhead.isEmpty {
            key("letterhead")
            open()
            string("address", s.letterhead.address)
            string("coordinator", s.letterhead.coordinator)
            string("department", s.letterhead.department)
            string("email", s.letterhead.email)
            string("municipality", s.letterhead.municipality)
            string("phone", s.letterhead.phone)
            string("place", s.letterhead.place)
            close()
        }
        int("occasionalAfterMonths", s.occasionalAfterMonths)
        int("occasionalWithinWeeks", s.occasionalWithinWeeks)
        int("returnGapMonths", s.returnGapMonths)
        bool("returnNeedsNewCheck", s.returnNeedsNewCheck)
        close()
    }

    private mutating func agreement(_ a: Agreement) {
        open()
        string("allowedTasks", a.allowedTasks)
        key("childCheck")
        certificateCheck(a.childCheck)
        bool("confidentialityExplained", a.confidentialityExplained)
        uuid("contactID", a.contactID)
        key("criminalCheck")
        certificateCheck(a.criminalCheck)
        bool("dutyToReportExplained", a.dutyToReportExplained)
        day("endDate", a.endDate)
        string("expenses", a.expenses)
        string("forbiddenTasks", a.forbiddenTasks)
        uuid("id", a.id)
        bool("insuranceExplained", a.insuranceExplained)
        string("notes", a.notes)
        bool("regularAttachment", a.regularAttachment)
        int("revision", a.revision)
        day("reviewDate", a.reviewDate)
        day("signedByContact", a.signedByContact)
        day("signedByVolunteer", a.signedByVolunteer)
        day("startDate", a.startDate)
        uuid("volunteerID", a.volunteerID)
        uuid("workplaceID", a.workplaceID)
        close()
    }

    private mutating func certificateCheck(_ c: CertificateCheck) {
        open()
        string("assessedBy", c.assessedBy)
        day("consentRequested", c.consentRequested)
        string("note", c.note)
        if let outcome = c.outcome { string("outcome", outcome.rawValue) }
        day("received", c.received)
        bool("required", c.required)
        close()
    }

    private mutating func event(_ e: RecognitionEvent) {
        open()
        uuids("attendeeIDs", e.attendeeIDs)
        day("date", e.date)
        string("description", e.description)
        string("giftValue", e.giftValue)
        uuid("id", e.id)
        string("kind", e.kind.rawValue)
        string("notes", e.notes)
        int("revision", e.revision)
        string("title", e.title)
        close()
    }

    private mutating func task(_ t: VolunteerTask) {
        open()
        uuid("contactID", t.contactID)
        string("description", t.description)
        uuid("id", t.id)
        string("notes", t.notes)
        int("revision", t.revision)
        strings("skills", t.skills)
        string("status", t.status.rawValue)
        key("time")
        open()
        day("from", t.time.from)
        bool("ongoing", t.time.ongoing)
        array("partsOfDay", t.time.partsOfDay) { $0.quoted($1.rawValue) }
        day("until", t.time.until)
        array("weekdays", t.time.weekdays) { $0.quoted($1.rawValue) }
        close()
        string("title", t.title)
        uuids("volunteerIDs", t.volunteerIDs)
        int("wanted", t.wanted)
        uuid("workplaceID", t.workplaceID)
        close()
    }

    private mutating func association(_ a: Association) {
        open()
        string("address", a.address)
        string("area", a.area)
        uuids("contactIDs", a.contactIDs)
        string("email", a.email)
        uuid("id", a.id)
        string("kind", a.kind.rawValue)
        day("listedSince", a.listedSince)
        string("name", a.name)
        string("notes", a.notes)
        string("phone", a.phone)
        int("revision", a.revision)
        string("web", a.web)
        close()
    }

    private mutating func accessRequest(_ r: AccessRequest) {
        open()
        string("answerFile", r.answerFile)
        day("answered", r.answered)
        string("extensionReason", r.extensionReason)
        uuid("id", r.id)
        string("name", r.name)
        day("received", r.received)
        int("revision", r.revision)
        uuid("volunteerID", r.volunteerID)
        close()
    }

    // MARK: Bytes

    private mutating func raw(_ s: StaticString) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    private mutating func raw(_ s: String) {
        out.append(contentsOf: s.utf8)
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything
    /// else (æøå, emoji) as UTF-8.
    private mutating func quoted(_ s: String) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var start = 0
            for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                start = i + 1
                switch byte {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                default:
                    let hex = StoreWriter.lowerHex
                    out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let upperHex: [UInt8] = Array("0123456789ABCDEF".utf8)
    private static let lowerHex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func uuidValue(_ id: UUID) {
        let hex = StoreWriter.upperHex
        out.append(UInt8(ascii: "\""))
        withUnsafeBytes(of: id.uuid) { bytes in
            for (i, byte) in bytes.enumerated() {
                if i == 4 || i == 6 || i == 8 || i == 10 { out.append(UInt8(ascii: "-")) }
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `yyyy-MM-ddTHH:mm:ssZ`, whole seconds rounded down, as JSONEncoder's `.iso8601` writes.
    private mutating func dateValue(_ date: Date) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        let day = Day(ordinal: days)
        out.append(UInt8(ascii: "\""))
        dayValue(day)
        out.append(UInt8(ascii: "T"))
        twoDigits(rest / 3600)
        out.append(UInt8(ascii: ":"))
        twoDigits(rest / 60 % 60)
        out.append(UInt8(ascii: ":"))
        twoDigits(rest % 60)
        out.append(contentsOf: [UInt8(ascii: "Z"), UInt8(ascii: "\"")])
    }

    private mutating func dayValue(_ day: Day) {
        twoDigits(day.year / 100)
        twoDigits(day.year % 100)
        out.append(UInt8(ascii: "-"))
        twoDigits(day.month)
        out.append(UInt8(ascii: "-"))
        twoDigits(day.day)
    }

    private mutating func twoDigits(_ n: Int) {
        out.append(UInt8(0x30 + n / 10))
        out.append(UInt8(0x30 + n % 10))
    }

    // MARK: Fields

    private mutating func open() {
        raw("{")
        needsComma = false
    }

    private mutating func close() {
        raw("}")
        needsComma = true
    }

    private mutating func key(_ name: StaticString) {
        raw(needsComma ? ",\"" : "\"")
        needsComma = true
        raw(name)
        raw("\":")
    }

    private mutating func string(_ name: StaticString, _ value: String) {
        key(name)
        quoted(value)
    }

    private mutating func strings(_ name: StaticString, _ values: [String]) {
        array(name, values) { $0.quoted($1) }
    }

    private mutating func array<T>(_ name: StaticString, _ values: [T], _ element: (inout StoreWriter, T) -> Void) {
        key(name)
        raw("[")
        for (i, value) in values.enumerated() {
            if i > 0 { raw(",") }
            element(&self, value)
        }
        raw("]")
    }

    private mutating func int(_ name: StaticString, _ value: Int) {
        key(name)
        raw(String(value))
    }

    private mutating func bool(_ name: StaticString, _ value: Bool) {
        key(name)
        raw(value ? "true" : "false")
    }

    private mutating func uuid(_ name: StaticString, _ value: UUID?) {
        guard let value else { return }
        key(name)
        uuidValue(value)
    }

    private mutating func uuids(_ name: StaticString, _ values: [UUID]) {
        array(name, values) { $0.uuidValue($1) }
    }

    private mutating func day(_ name: StaticString, _ value: Day?) {
        guard let value else { return }
        key(name)
        out.append(UInt8(ascii: "\""))
        dayValue(value)
        out.append(UInt8(ascii: "\""))
    }

    private mutating func date(_ name: StaticString, _ value: Date) {
        key(name)
        dateValue(value)
    }
}
