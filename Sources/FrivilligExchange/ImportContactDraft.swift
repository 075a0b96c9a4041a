import Foundation
import FrivilligCore

/// A spreadsheet row read as a contact person. Matches an existing contact with the same
/// name and phone number or e-mail address (or the same id).
struct ContactDraft: ImportDraft {
    var id: UUID?
    var revision: Int?
    var name: String
    var kind: Contact.Kind?
    var organisation: String?
    var role: String?
    var phone: String?
    var email: String?
    var notes: String?

    init(_ r: inout ImportRowReader) {
        id = r.id()
        revision = r.parsed(.revision, .revision, ImportValues.revision)
        name = r.name()
        kind = r.parsed(.kind, .contactKind, ImportValues.contactKind)
        organisation = r.text(.organisation)
        role = r.text(.role)
        phone = r.phones()?.first
        email = r.email()
        notes = r.notes()
    }

    static func name(of c: Contact) -> String { c.name }

    func matches(_ c: Contact) -> Bool {
        let samePhone = phone.map { $0 == c.phone } ?? false
        let sameEmail = email.map { !$0.isEmpty && $0.lowercased() == c.email.lowercased() } ?? false
        return samePhone || sameEmail
    }

    func applied(to existing: Contact?, now: Date) -> Contact {
        var c = existing ?? Contact(id: id ?? UUID(), name: name)
        c.name = name
        if let kind { c.kind = kind }
        if let organisation { c.organisation = organisation }
        if let role { c.role = role }
        if let phone { c.phone = phone }
        if let email { c.email = email }
        if let notes { c.notes = notes }
        return c
    }

    static func touched(_ c: Contact, now: Date) -> Contact { c }

    static func put(_ c: Contact) -> Change { .putContact(c) }
}
