import Foundation
import FrivilligCore
import FrivilligText

extension CsvExport {
    /// The task bank with every field the import reads, links as names (as the other
    /// kinds are written).
    /// For the register's own use: it names the assigned volunteers. The list to publish
    /// is `PublicLists.tasks`.
    public func tasks() -> CsvDocument {
        let places = ImportNameIndex(register.workplaces.map { ($0.id, $0.name) })
        let people = ImportNameIndex(register.contacts.map { ($0.id, $0.name) })
        let volunteers = ImportNameIndex(register.volunteers.map { ($0.id, $0.name) })
        let fields = CsvField.fields(for: .tasks)
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
        return CsvDocument(header: fields.map { CsvHeader.name($0, language) }, rows: rows, kinds: fields.map(\.columnKind))
    }

    /// The associations and networks with every field the import reads, contact persons
    /// as names.
    public func associations() -> CsvDocument {
        let people = ImportNameIndex(register.contacts.map { ($0.id, $0.name) })
        let fields = CsvField.fields(for: .associations)
        let rows = register.associations.map { a -> [String] in
            [a.id.uuidString, a.name, l10n.associationKind(a.kind), a.area,
             a.contactIDs.map { people.label($0, name: register.contact($0)?.name) }.joined(separator: "; "),
             CsvExport.phone(a.phone), a.email, a.web, a.address, a.notes, date(a.listedSince), String(a.revision)]
        }
        return CsvDocument(header: fields.map { CsvHeader.name($0, language) }, rows: rows, kinds: fields.map(\.columnKind))
    }
}
