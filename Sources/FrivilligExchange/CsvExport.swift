import Foundation
import FrivilligCore
import FrivilligText

/// The register as spreadsheets, one per kind of record, for Danish Excel.
///
/// Every kind is written with every field the import reads (ids too), so exporting and
/// importing again gives the same records. Links to
/// other records are written as names, which the import looks up again, or as the id
/// where two records share the name.
///
/// Cells are text a spreadsheet will not reinterpret: dates `dd-mm-yyyy`; phone numbers
/// as `20 12 34 56` (Danish) or `00 46 70 12 34 56` (abroad), which Excel keeps as text,
/// where `+4520123456` would become the number 4520123456 and lose its `+`.
public struct CsvExport: Sendable {
    public let register: Register
    public let language: CsvLanguage

    public init(register: Register, language: CsvLanguage) {
        self.register = register
        self.language = language
    }

    private var da: Bool { language == .da }

    /// The export's words, from the language files the screens speak from.
    var l10n: Localizer { Localizer(da ? .da : .en) }

    public func volunteers() -> CsvDocument {
        let workplaces = ImportNameIndex(register.workplaces.map { ($0.id, $0.name) })
        let emergencyCount = max(1, register.volunteers.map(\.emergencyContacts.count).max() ?? 0)
        let emergencyFields = (1...emergencyCount).flatMap { n in
            [CsvField.emergencyName(n), .emergencyRelation(n), .emergencyPhone(n)]
        }
        let fields: [CsvField] = [.id, .name, .phone, .email, .address, .postalCode, .city, .birthDate, .status, .statusChanged,
                                  .startDate, .skills, .interests, .weekdays, .partsOfDay, .availability, .workplaces,
                                  .membership, .association] + emergencyFields
            + [.consentDate, .consentScopes, .consentHow, .consentWithdrawn, .notes, .tags, .created, .updated, .revision]
        let rows = register.volunteers.map { v -> [String] in
            var cells = [v.id.uuidString, v.name, v.phones.map(CsvExport.phone).joined(separator: ", "), v.email,
                         v.address, v.postalCode, v.city, date(v.birthDate), status(v.status), date(v.statusChanged), date(v.startDate),
                         v.skills.joined(separator: ", "), v.interests.joined(separator: ", "),
                         v.availability.weekdays.map(weekday).joined(separator: ", "),
                         v.availability.partsOfDay.map(l10n.partOfDay).joined(separator: ", "), v.availability.note,
                         v.workplaceIDs.map { workplaces.label($0, name: register.workplace($0)?.name) }.joined(separator: "; "),
                         membership(v.membership.kind), v.membership.name]
            for n in 0..<emergencyCount {
                let c = n < v.emergencyContacts.count ? v.emergencyContacts[n] : nil
                cells += [c?.name ?? "", c?.relation ?? "", c.map { CsvExport.phone($0.phone) } ?? ""]
            }
            return cells + consent(v.consent) + [v.notes, v.tags.joined(separator: ", "),
                            CsvExport.timestamp(v.created), CsvExport.timestamp(v.updated), String(v.revision)]
        }
        return CsvDocument(header: fields.map { CsvHeader.name($0, language) }, rows: rows, kinds: fields.map(\.columnKind))
    }

    public func contacts() -> CsvDocument {
        let fields: [CsvField] = [.id, .name, .kind, .organisation, .role, .phone, .email, .notes, .revision]
        let rows = register.contacts.map { c in
            [c.id.uuidString, c.name, contactKind(c.kind), c.organisation, c.role, CsvExport.phone(c.phone), c.email, c.notes,
             String(c.revision)]
        }
        return CsvDocument(header: fields.map { CsvHeader.name($0, language) }, rows: rows, kinds: fields.map(\.columnKind))
    }

    public func workplaces() -> CsvDocument {
        let fields: [CsvField] = [.id, .name, .area, .address, .contacts, .guidelines, .worksWithChildren, .revision]
        let contacts = ImportNameIndex(register.contacts.map { ($0.id, $0.name) })
        let rows = register.workplaces.map { w in
            [w.id.uuidString, w.name, w.area, w.address,
             w.contactIDs.map { contacts.label($0, name: register.contact($0)?.name) }.joined(separator: "; "), w.guidelines,
             yesNo(w.worksWithChildren), String(w.revision)]
        }
        return CsvDocument(header: fields.map { CsvHeader.name($0, language) }, rows: rows, kinds: fields.map(\.columnKind))
    }

    /// Agreements with their volunteer, workplace and contact by name, which the import
    /// looks up again.
    public func agreements() -> CsvDocument {
        let fields = CsvField.fields(for: .agreements)
        let rows = register.agreements.map { a -> [String] in
            [a.id.uuidString, register.volunteer(a.volunteerID)?.name ?? a.volunteerID.uuidString,
             a.workplaceID.map { register.workplace($0)?.name ?? $0.uuidString } ?? "",
             a.contactID.map { register.contact($0)?.name ?? $0.uuidString } ?? "",
             a.allowedTasks, a.forbiddenTasks, date(a.startDate), date(a.reviewDate), date(a.endDate),
             date(a.signedByVolunteer), date(a.signedByContact), yesNo(a.confidentialityExplained),
             yesNo(a.dutyToReportExplained), yesNo(a.insuranceExplained), a.expenses, yesNo(a.regularAttachment)]
                + check(a.childCheck) + check(a.criminalCheck) + [a.notes]
        }
        return CsvDocument(header: fields.map { CsvHeader.name($0, language) }, rows: rows, kinds: fields.map(\.columnKind))
    }

    /// Recognition events with their attendees by name, which the import looks up again.
    public func events() -> CsvDocument {
        let fields = CsvField.fields(for: .events)
        let rows = register.events.map { e -> [String] in
            [e.id.uuidString, date(e.date), da ? e.kind.danishName : e.kind.rawValue, e.title, e.description,
             e.attendeeIDs.map { register.volunteer($0)?.name ?? $0.uuidString }.joined(separator: "; "),
             e.giftValue, e.notes]
        }
        return CsvDocument(header: fields.map { CsvHeader.name($0, language) }, rows: rows, kinds: fields.map(\.columnKind))
    }

    /// `20 12 34 56` for Danish numbers, `00` and the digits in pairs for others: forms
    /// Excel keeps as text and the import reads back to the same stored number.
    public static func phone(_ stored: String) -> String {
        guard stored.hasPrefix("+"), stored.dropFirst().allSatisfy(\.isNumber) else { return stored }
        let digits = Array(stored.hasPrefix("+45") && stored.count == 11 ? stored.dropFirst(3) : "00" + stored.dropFirst())
        return stride(from: 0, to: digits.count, by: 2).map { String(digits[$0..<min($0 + 2, digits.count)]) }
            .joined(separator: " ")
    }

    /// `dd-mm-yyyy`, which Danish Excel reads as a date.
    static func day(_ day: Day) -> String {
        let pad = { (n: Int, w: Int) in String(repeating: "0", count: max(0, w - String(n).count)) + String(n) }
        return pad(day.day, 2) + "-" + pad(day.month, 2) + "-" + pad(day.year, 4)
    }

    static func timestamp(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }

    func date(_ day: Day?) -> String { day.map(CsvExport.day) ?? "" }

    /// The given date, the scopes, the method and the withdrawal, in the words the import reads back.
    private func consent(_ c: Consent) -> [String] {
        [date(c.given), c.scopes.map { l10n.consentScope($0) }.joined(separator: ", "),
         c.method.map { l10n.consentMethod($0) } ?? "", date(c.withdrawn)]
    }

    private func yesNo(_ value: Bool) -> String { value ? (da ? "ja" : "yes") : (da ? "nej" : "no") }

    /// The dates of a check, never its outcome, assessor or note: criminal-offence data
    /// leaves the program only in the person's own access export (databeskyttelsesloven §8).
    private func check(_ c: CertificateCheck) -> [String] {
        [yesNo(c.required), date(c.consentRequested), date(c.received)]
    }

    private func status(_ s: VolunteerStatus) -> String {
        guard da else { return s.rawValue }
        switch s {
        case .active: return "aktiv"
        case .paused: return "pause"
        case .stopped: return "stoppet"
        case .applicant: return "ansøger"
        case .declined: return "afvist"
        }
    }

    private func membership(_ k: Membership.Kind) -> String {
        guard da else { return k.rawValue }
        switch k {
        case .individual: return "enkeltperson"
        case .association: return "forening"
        case .network: return "netværk"
        }
    }

    private func contactKind(_ k: Contact.Kind) -> String {
        guard da else { return k.rawValue }
        switch k {
        case .staff: return "kontaktperson"
        case .association: return "forening"
        case .other: return "andet"
        }
    }

    func weekday(_ d: Weekday) -> String {
        let names = da ? ["man", "tir", "ons", "tor", "fre", "lør", "søn"] : ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        return names[Weekday.allCases.firstIndex(of: d)!]
    }
}
