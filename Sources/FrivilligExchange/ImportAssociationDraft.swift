import Foundation
import FrivilligCore

/// A spreadsheet row read as an association or network, from the columns its export
/// writes; its contact persons are named as a task's volunteers are.
///
/// Its name is what it is (`AssociationName`: case, spacing, hyphens and the spelling of
/// æ ø å aside), as the conversion of older stores holds it, so an import never makes a
/// second record of one name. A row is the record of its id when this register has it;
/// otherwise the record with the id its name gives (even renamed since), otherwise the
/// one of its name. A new record gets the row's id, or the one its name gives; a row may
/// rename the record of its id, but not to another record's name.
struct AssociationDraft: ImportDraft {
    var id: UUID?
    var revision: Int?
    var name: String
    var kind: Association.Kind?
    var area: String?
    var contactIDs: [UUID]?
    var phone: String?
    var email: String?
    var web: String?
    var address: String?
    var notes: String?
    var listedSince: Day?

    static let nameIsIdentity = true

    /// - Parameter byName: the register's associations by name, for the rename check.
    init(_ r: inout ImportRowReader, known: [UUID: Association], byName: [AssociationName: [UUID]], contacts: ImportNameIndex) {
        id = r.id()
        revision = r.parsed(.revision, .revision, ImportValues.revision)
        name = r.name()
        let named = AssociationName(name)
        if !named.isEmpty, id.map({ known[$0] == nil }) ?? true, known[named.recordID] != nil {
            id = named.recordID
            // The revision is of the id the row came with, not of this record.
            revision = nil
        }
        if let id, let record = known[id], AssociationName(record.name) != named,
           byName[named, default: []].contains(where: { $0 != id }) {
            r.fail(r.columns.header(.name) ?? "", name, .associationNameTaken)
        }
        let current = id.flatMap { known[$0] }
        kind = r.parsed(.kind, .associationKind, ImportValues.associationKind)
        area = r.text(.area)
        contactIDs = r.links(.contacts, in: contacts, current: current?.contactIDs ?? [])
        phone = r.phones()?.first
        email = r.email()
        web = r.text(.web)
        address = r.text(.address)
        notes = r.notes()
        listedSince = r.day(.listedSince)
    }

    static func name(of a: Association) -> String { a.name }

    static func nameKey(_ name: String) -> String { AssociationName(name).key }

    func matches(_ a: Association) -> Bool { true }

    /// Another spelling of the record's name leaves the record's own; only another name
    /// (from a row with the record's id) renames it.
    func applied(to existing: Association?, now: Date) -> Association {
        var a = existing ?? Association(id: id ?? AssociationName(name).recordID, name: name)
        if AssociationName(a.name) != AssociationName(name) { a.name = name }
        if let kind { a.kind = kind }
        if let area { a.area = area }
        if let contactIDs { a.contactIDs = contactIDs }
        if let phone { a.phone = phone }
        if let email { a.email = email }
        if let web { a.web = web }
        if let address { a.address = address }
        if let notes { a.notes = notes }
        if let listedSince { a.listedSince = listedSince }
        return a
    }

    static func touched(_ a: Association, now: Date) -> Association { a }

    static func put(_ a: Association) -> Change { .putAssociation(a) }
}
