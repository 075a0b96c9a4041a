import Foundation
import FrivilligCore

/// A spreadsheet row read as a volunteer. Matches an existing volunteer with the same
/// name and the same phone number or e-mail address (or the same id, from an export).
struct VolunteerDraft: ImportDraft {
    var id: UUID?
    var revision: Int?
    var name: String
    var phones: [String]?
    var email: String?
    var address: String?
    var postalCode: String?
    var city: String?
    var birthDate: Day?
    var status: VolunteerStatus?
    var statusChanged: Day?
    var startDate: Day?
    var skills: [String]?
    var interests: [String]?
    var weekdays: [Weekday]?
    var partsOfDay: [PartOfDay]?
    var availabilityNote: String?
    var workplaceIDs: [UUID]?
    var membershipKind: Membership.Kind?
    var membershipName: String?
    var emergencyContacts: [EmergencyContact]?
    var consentDate: Day?
    var consentScopes: [Consent.Scope]?
    var consentMethod: Consent.Method?
    var consentWithdrawn: Day?
    var notes: String?
    var tags: [String]?
    var created: Date?
    var updated: Date?

    init(_ r: inout ImportRowReader, workplaces: ImportNameIndex) {
        id = r.id()
        revision = r.parsed(.revision, .revision, ImportValues.revision)
        name = r.name()
        phones = r.phones()
        email = r.email()
        (address, postalCode, city) = r.addressParts()
        birthDate = r.day(.birthDate)
        status = r.parsed(.status, .status, ImportValues.status)
        statusChanged = r.day(.statusChanged)
        startDate = r.day(.startDate)
        skills = r.list(.skills)
        interests = r.list(.interests)
        weekdays = r.parsed(.weekdays, .weekday, ImportValues.weekdays)
        partsOfDay = r.parsed(.partsOfDay, .partOfDay, ImportValues.partsOfDay)
        availabilityNote = r.text(.availability)
        workplaceIDs = r.references(.workplaces, .unknownWorkplace, lookup: workplaces.resolve)
        membershipKind = r.parsed(.membership, .membership, ImportValues.membership)
        membershipName = r.text(.association)
        emergencyContacts = VolunteerDraft.emergencyContacts(&r)
        consentDate = r.day(.consentDate)
        consentScopes = r.parsed(.consentScopes, .consentScope, Consent.Scope.list)
        consentMethod = r.parsed(.consentHow, .consentMethod) { Consent.Method(word: $0) }
        consentWithdrawn = r.day(.consentWithdrawn)
        if let given = consentDate, let withdrawn = consentWithdrawn, withdrawn < given, let cell = r.value(.consentWithdrawn) {
            r.fail(cell.column, cell.value, .consentWithdrawnBeforeGiven)
        }
        notes = r.notes()
        tags = r.list(.tags)
        created = r.parsed(.created, .timestamp, ImportValues.timestamp)
        updated = r.parsed(.updated, .timestamp, ImportValues.timestamp)
    }

    /// Emergency contacts in their columns' order; nil when the row gives none. A contact
    /// needs a name and a phone number, as in the form.
    private static func emergencyContacts(_ r: inout ImportRowReader) -> [EmergencyContact]? {
        var contacts: [EmergencyContact] = []
        for n in r.columns.emergencyNumbers {
            let name = r.value(.emergencyName(n))
            let relation = r.value(.emergencyRelation(n))
            let phone = r.value(.emergencyPhone(n))
            if name == nil && relation == nil && phone == nil { continue }
            if name == nil {
                if let header = r.columns.header(.emergencyName(n)) {
                    r.fail(header, "", .required)
                } else if let filled = phone ?? relation {
                    r.fail(filled.column, filled.value, .emergencyNameMissing)
                }
            }
            guard let phone else {
                if let header = r.columns.header(.emergencyPhone(n)) {
                    r.fail(header, "", .required)
                } else if let filled = name ?? relation {
                    r.fail(filled.column, filled.value, .emergencyPhoneMissing)
                }
                continue
            }
            guard let normalised = ImportValues.phone(phone.value) else {
                r.fail(phone.column, phone.value, .phone)
                continue
            }
            if let name {
                contacts.append(EmergencyContact(name: name.value, relation: relation?.value ?? "", phone: normalised))
            }
        }
        return contacts.isEmpty ? nil : contacts
    }

    static func name(of v: Volunteer) -> String { v.name }

    func matches(_ v: Volunteer) -> Bool {
        let samePhone = phones.map { !Set($0).isDisjoint(with: v.phones) } ?? false
        let sameEmail = email.map { !$0.isEmpty && $0.lowercased() == v.email.lowercased() } ?? false
        return samePhone || sameEmail
    }

    func applied(to existing: Volunteer?, now: Date) -> Volunteer {
        var v = existing ?? Volunteer(id: id ?? UUID(), name: name, created: created ?? now, updated: updated ?? created ?? now)
        v.name = name
        if let phones { v.phones = phones }
        if let email { v.email = email }
        if let address { v.address = address }
        if let postalCode { v.postalCode = postalCode }
        if let city { v.city = city }
        if let birthDate { v.birthDate = birthDate }
        if let status { v.status = status }
        if let statusChanged { v.statusChanged = statusChanged }
        if let startDate { v.startDate = startDate }
        if let skills { v.skills = skills }
        if let interests { v.interests = interests }
        if let weekdays { v.availability.weekdays = weekdays }
        if let partsOfDay { v.availability.partsOfDay = partsOfDay }
        if let availabilityNote { v.availability.note = availabilityNote }
        if let workplaceIDs { v.workplaceIDs = workplaceIDs }
        if let membershipKind { v.membership.kind = membershipKind }
        if let membershipName {
            v.membership.name = membershipName
            if membershipKind == nil && v.membership.kind == .individual { v.membership.kind = .association }
        }
        if let emergencyContacts { v.emergencyContacts = emergencyContacts }
        if let consentDate {
            v.consent.given = consentDate
            if consentScopes == nil, v.consent.scopes.isEmpty { v.consent.scopes = [.register] }
        }
        if let consentScopes { v.consent.scopes = consentScopes }
        if let consentMethod { v.consent.method = consentMethod }
        if let consentWithdrawn { v.consent.withdrawn = consentWithdrawn }
        if let notes { v.notes = notes }
        if let tags { v.tags = tags }
        return v
    }

    static func touched(_ v: Volunteer, now: Date) -> Volunteer {
        var v = v
        v.updated = now
        return v
    }

    static func put(_ v: Volunteer) -> Change { .putVolunteer(v) }
}
