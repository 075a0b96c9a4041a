import Foundation
import FrivilligCore
import FrivilligText

extension CsvExport {
    /// The task bank with every field, links as names (as the other kinds are written).
    /// For the register's own use: it names the assigned volunteers. The list to publish
    /// is `PublicLists.tasks`.
    public func tasks() -> CsvDocument {
        let places = ImportNameIndex(register.workplaces.map { ($0.id, $0.name) })
        let people = ImportNameIndex(register.contacts.map { ($0.id, $0.name) })
        let volunteers = ImportNameIndex(register.volunteers.map { ($0.id, $0.name) })
        let names = ["id", "title", "description", "workplace", "contact", "skills", "weekdays", "parts-of-day", "from", "until",
                     "ongoing", "wanted", "status", "volunteers", "notes", "revision"]
        let rows = register.tasks.map { t -> [String] in
            [t.id.uuidString, t.title, t.description,
             t.workplaceID.map { places.label($0, name: register.workplace($0)?.name) } ?? "",
             t.contactID.map { people.label($0, name: register.contact($0)?.name) } ?? "",
             t.skills.joined(separator: ", "), t.time.weekdays.map(weekday).joined(separator: ", "),
             t.time.partsOfDay.map(l10n.partOfDay).joined(separator: ", "), date(t.time.from), date(t.time.until),
             t.time.ongoing ? l10n(.settingsYes) : "", String(t.wanted), l10n.taskStatus(t.status),
             t.volunteerIDs.map { volunteers.label($0, name: register.volunteer($0)?.name) }.joined(separator: "; "),
             t.notes, String(t.revision)]
        }
        let kinds: [CsvColumnKind] = names.map { ["from", "until"].contains($0) ? .date : ["wanted", "revision"].contains($0) ? .number : .text }
        return CsvDocument(header: names.map(header), rows: rows, kinds: kinds)
    }

    /// The associations and networks with every field, contact persons as names.
    public func associations() -> CsvDocument {
        let people = ImportNameIndex(register.contacts.map { ($0.id, $0.name) })
        let names = ["id", "name", "kind", "area", "contacts", "phone", "email", "web", "address", "notes", "listed-since", "revision"]
        let rows = register.associations.map { a -> [String] in
            [a.id.uuidString, a.name, l10n.associationKind(a.kind), a.area,
             a.contactIDs.map { people.label($0, name: register.contact($0)?.name) }.joined(separator: "; "),
             CsvExport.phone(a.phone), a.email, a.web, a.address, a.notes, date(a.listedSince), String(a.revision)]
        }
        let kinds: [CsvColumnKind] = names.map { $0 == "listed-since" ? .date : $0 == "revision" ? .number : .text }
        return CsvDocument(header: names.map(header), rows: rows, kinds: kinds)
    }

    /// A column's heading: the field's label in the export's language, the id as `id`.
    private func header(_ name: String) -> String {
        name == "id" || name == "revision" ? name : l10n.field(name)
    }
}
