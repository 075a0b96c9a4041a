import Foundation

/// What a spreadsheet column holds, independent of how its header is spelled.
///
/// The raw value is the name `--map COLUMN=FIELD` takes. Emergency contacts are numbered
/// (`emergency-name-2`), in call order.
public enum CsvField: Hashable, Sendable {
    case id, name, firstName, lastName, phone, email, address, postalCode, city
    case birthDate, status, statusChanged, startDate, skills, interests, weekdays, availability
    case workplaces, membership, association, consentDate, consentScopes, consentHow, consentWithdrawn
    case notes, tags, created, updated, revision
    /// A contact's kind, or an association's (association or network): the `kind` column.
    case kind
    case organisation, role
    case area, contacts, guidelines
    /// Whether a workplace works with children under 15 (yes/no).
    case worksWithChildren
    case emergencyName(Int), emergencyRelation(Int), emergencyPhone(Int)
    /// An agreement's links, each to one record, by name (or id where the name is shared).
    case volunteer, workplace, contact
    case allowedTasks, forbiddenTasks, reviewDate, endDate, signedByVolunteer, signedByContact
    case confidentiality, dutyToReport, insurance, expenses, regularAttachment
    /// The dates of the two certificate checks, never their outcome or note, which are
    /// criminal-offence data (databeskyttelsesloven §8) and never go out or come in.
    case childCheckRequired, childCheckConsent, childCheckReceived
    case criminalCheckRequired, criminalCheckConsent, criminalCheckReceived
    /// A recognition event's fields; its attendees are volunteers by name.
    case date, eventKind, title, description, attendees, giftValue
    /// A task's fields beside its title, description, links and skills: when it is
    /// (`TaskTime`), how many are wanted, and the volunteers on it by name.
    case partsOfDay, from, until, ongoing, wanted, volunteers
    /// An association's web site and the day it agreed to be listed publicly.
    case web, listedSince
    /// A column the user chose to leave out (`--map COLUMN=ignore`).
    case ignored

    /// The fields of each kind of record, in export order (emergency contacts numbered 1).
    public static func fields(for kind: SpreadsheetKind) -> [CsvField] {
        switch kind {
        case .volunteers:
            return [.id, .name, .firstName, .lastName, .phone, .email, .address, .postalCode, .city,
                    .birthDate, .status, .statusChanged, .startDate, .skills, .interests, .weekdays, .partsOfDay,
                    .availability, .workplaces, .membership, .association,
                    .emergencyName(1), .emergencyRelation(1), .emergencyPhone(1),
                    .consentDate, .consentScopes, .consentHow, .consentWithdrawn, .notes, .tags, .created, .updated, .revision]
        case .contacts:
            return [.id, .name, .firstName, .lastName, .kind, .organisation, .role, .phone, .email, .notes, .revision]
        case .workplaces:
            return [.id, .name, .area, .address, .postalCode, .city, .contacts, .guidelines, .worksWithChildren, .revision]
        case .agreements:
            return [.id, .volunteer, .workplace, .contact, .allowedTasks, .forbiddenTasks, .startDate, .reviewDate, .endDate,
                    .signedByVolunteer, .signedByContact, .confidentiality, .dutyToReport, .insurance, .expenses,
                    .regularAttachment, .childCheckRequired, .childCheckConsent, .childCheckReceived,
                    .criminalCheckRequired, .criminalCheckConsent, .criminalCheckReceived, .notes]
        case .events:
            return [.id, .date, .eventKind, .title, .description, .attendees, .giftValue, .notes]
        case .tasks:
            return [.id, .title, .description, .workplace, .contact, .skills, .weekdays, .partsOfDay, .from, .until,
                    .ongoing, .wanted, .status, .volunteers, .notes, .revision]
        case .associations:
            return [.id, .name, .kind, .area, .contacts, .phone, .email, .web, .address, .notes, .listedSince, .revision]
        }
    }

    /// Fields several columns may feed: their values are collected, not in conflict.
    var isMultiValued: Bool {
        switch self {
        case .phone, .skills, .interests, .tags, .notes, .workplaces, .contacts, .attendees, .volunteers, .ignored: return true
        default: return false
        }
    }

    /// The `--map` name: `phone`, `start-date`, `emergency-phone-2`.
    public var key: String {
        switch self {
        case .emergencyName(let n): return n == 1 ? "emergency-name" : "emergency-name-\(n)"
        case .emergencyRelation(let n): return n == 1 ? "emergency-relation" : "emergency-relation-\(n)"
        case .emergencyPhone(let n): return n == 1 ? "emergency-phone" : "emergency-phone-\(n)"
        default: return CsvField.plainKeys.first { $0.value == self }!.key
        }
    }

    /// The field a `--map` name means for this kind of record, or nil.
    public init?(key: String, kind: SpreadsheetKind) {
        let key = key.trimmingCharacters(in: .whitespaces).lowercased()
        let allowed = CsvField.fields(for: kind)
        if let plain = CsvField.plainKeys[key], plain == .ignored || allowed.contains(plain) {
            self = plain
            return
        }
        guard kind == .volunteers else { return nil }
        for (prefix, make) in CsvField.emergencyKeys {
            if key == prefix { self = make(1); return }
            if key.hasPrefix(prefix + "-"), let n = Int(key.dropFirst(prefix.count + 1)), (1...9).contains(n) {
                self = make(n)
                return
            }
        }
        return nil
    }

    /// The `--map` names accepted for a kind, for the message that rejects another.
    public static func keys(for kind: SpreadsheetKind) -> [String] {
        fields(for: kind).map(\.key) + ["ignore"]
    }

    private static let plainKeys: [String: CsvField] = [
        "id": .id, "name": .name, "first-name": .firstName, "last-name": .lastName, "phone": .phone,
        "email": .email, "address": .address, "postal-code": .postalCode, "city": .city,
        "birth-date": .birthDate, "status": .status, "status-changed": .statusChanged,
        "start-date": .startDate, "skills": .skills, "interests": .interests, "weekdays": .weekdays,
        "availability": .availability, "workplaces": .workplaces, "membership": .membership,
        "association": .association, "consent-date": .consentDate, "consent-scopes": .consentScopes,
        "consent-how": .consentHow, "consent-withdrawn": .consentWithdrawn, "notes": .notes, "tags": .tags,
        "created": .created, "updated": .updated, "revision": .revision, "kind": .kind, "organisation": .organisation,
        "role": .role, "area": .area, "contacts": .contacts, "guidelines": .guidelines,
        "works-with-children": .worksWithChildren, "ignore": .ignored,
        "volunteer": .volunteer, "workplace": .workplace, "contact": .contact, "allowed-tasks": .allowedTasks,
        "forbidden-tasks": .forbiddenTasks, "review-date": .reviewDate, "end-date": .endDate,
        "signed-by-volunteer": .signedByVolunteer, "signed-by-contact": .signedByContact,
        "confidentiality": .confidentiality, "duty-to-report": .dutyToReport, "insurance": .insurance,
        "expenses": .expenses, "regular-attachment": .regularAttachment,
        "child-check-required": .childCheckRequired, "child-check-consent": .childCheckConsent,
        "child-check-received": .childCheckReceived, "criminal-check-required": .criminalCheckRequired,
        "criminal-check-consent": .criminalCheckConsent, "criminal-check-received": .criminalCheckReceived,
        "date": .date, "event-kind": .eventKind, "title": .title, "description": .description,
        "attendees": .attendees, "gift-value": .giftValue, "parts-of-day": .partsOfDay, "from": .from, "until": .until,
        "ongoing": .ongoing, "wanted": .wanted, "volunteers": .volunteers, "web": .web, "listed-since": .listedSince,
    ]

    private static let emergencyKeys: [(String, (Int) -> CsvField)] = [
        ("emergency-name", { .emergencyName($0) }), ("emergency-relation", { .emergencyRelation($0) }),
        ("emergency-phone", { .emergencyPhone($0) }),
    ]
}
