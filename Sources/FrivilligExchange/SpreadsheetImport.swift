import Foundation
import FrivilligCore

/// Imports volunteers, contacts, workplaces, agreements, events, tasks or associations from
/// a spreadsheet file (CSV as Excel, LibreOffice or Numbers save it, or an .xlsx workbook).
///
/// Only plans: the caller shows the plan (a dry run) or commits its changes in one store
/// commit, so an import is all or nothing.
public enum SpreadsheetImport {
    /// Reads the file and decides what each row does against `register`.
    ///
    /// - Parameter mapping: `COLUMN=FIELD` choices that override the header matching,
    ///   e.g. `Skostørrelse=notes` or `CPR=ignore`.
    /// - Parameter dateOrder: the order of `/` dates in columns whose cells cannot tell
    ///   (`--date-order`); without it such a column refuses the file.
    /// - Parameter today: the day two-digit years are read against (`TwoDigitYear`);
    ///   the day of `now` unless given.
    /// - Throws: `ImportFileError` when the file as a whole cannot be imported (one larger
    ///   than `SpreadsheetLimits` allows among them); problems
    ///   in single rows are in the plan's `rejected` instead.
    public static func plan(
        _ kind: SpreadsheetKind, data: Data, register: Register, mapping: [String] = [], sheet: String? = nil,
        dateOrder: DateOrder? = nil, today: Day? = nil, now: Date = Date()
    ) throws(ImportFileError) -> ImportPlan {
        guard data.count <= SpreadsheetLimits.fileBytes else { throw .fileTooLarge(bytes: data.count) }
        let table = try SpreadsheetTable.read(data, sheet: sheet)
        let columns = try ImportColumns.resolve(table, kind: kind, mapping: mapping, dateOrder: dateOrder, today: today ?? Day(now))
        let plan = ImportPlan(kind: kind, table: table, columns: columns)
        let nameColumn = kind.requiredField.flatMap(columns.header)
            ?? columns.header(.name) ?? columns.header(.firstName) ?? columns.header(.lastName) ?? ""
        func run<D: ImportDraft>(_ records: [D.Record], _ read: (inout ImportRowReader) -> D) -> ImportPlan {
            var engine = ImportEngine<D>(records: records, plan: plan, now: now)
            for row in table.rows {
                var reader = ImportRowReader(row: row, columns: columns)
                let draft = read(&reader)
                if reader.errors.isEmpty {
                    engine.take(draft, row: row.number, nameColumn: nameColumn)
                } else {
                    engine.reject(reader.errors)
                }
            }
            return engine.plan
        }
        switch kind {
        case .volunteers:
            let workplaces = ImportNameIndex(register.workplaces.map { ($0.id, $0.name) })
            return run(register.volunteers) { VolunteerDraft(&$0, workplaces: workplaces) }
        case .contacts:
            return run(register.contacts) { ContactDraft(&$0) }
        case .workplaces:
            let contacts = ImportNameIndex(register.contacts.map { ($0.id, $0.name) })
            return run(register.workplaces) { WorkplaceDraft(&$0, contacts: contacts) }
        case .agreements:
            let names = ImportLinkNames(register)
            let known = Dictionary(register.agreements.map { ($0.id, $0) }) { first, _ in first }
            return run(register.agreements) { AgreementDraft(&$0, known: known, names: names) }
        case .events:
            let volunteers = ImportNameIndex(register.volunteers.map { ($0.id, $0.name) })
            let known = Dictionary(register.events.map { ($0.id, $0) }) { first, _ in first }
            return run(register.events) { EventDraft(&$0, known: known, volunteers: volunteers) }
        case .tasks:
            let names = ImportLinkNames(register)
            let known = Dictionary(register.tasks.map { ($0.id, $0) }) { first, _ in first }
            return run(register.tasks) { TaskDraft(&$0, known: known, names: names) }
        case .associations:
            let contacts = ImportNameIndex(register.contacts.map { ($0.id, $0.name) })
            let known = Dictionary(register.associations.map { ($0.id, $0) }) { first, _ in first }
            let byName = Dictionary(grouping: register.associations) { AssociationName($0.name) }.mapValues { $0.map(\.id) }
            return run(register.associations) { AssociationDraft(&$0, known: known, byName: byName, contacts: contacts) }
        }
    }

    /// A name folded as the search folds it, runs of spaces as one.
    static func nameKey(_ name: String) -> String {
        SearchFold.collapsed(plain: SearchFold.plain(name)).split(separator: " ").joined(separator: " ")
    }
}
