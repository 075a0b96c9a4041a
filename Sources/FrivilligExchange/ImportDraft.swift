import Foundation
import FrivilligCore

/// One row read into the values it gives, before it is matched against the register.
///
/// Fields the row leaves blank are nil and keep the stored value on update: a blank cell
/// never erases what the coordinator already has.
protocol ImportDraft {
    associatedtype Record: Revisioned
    var id: UUID? { get }
    /// The revision the row was exported at (the `Revision` column), if it has one.
    var revision: Int? { get }
    var name: String { get }
    /// How the dry run names the row; the name unless a kind matches by something else.
    var shownName: String { get }
    /// The record's name, which every match requires to be the same.
    static func name(of record: Record) -> String
    /// The form in which two names are the same (`SpreadsheetImport.nameKey` unless a
    /// kind compares its names its own way).
    static func nameKey(_ name: String) -> String
    /// Whether the name alone is the record, so that a row whose id this register does
    /// not know (another store's) is still matched by name; false for kinds where two
    /// records may share a name.
    static var nameIsIdentity: Bool { get }
    /// Whether the row describes this existing record, which has the row's name (the
    /// engine compares names); a person also needs the same phone number or e-mail.
    func matches(_ record: Record) -> Bool
    /// The existing record with the row's values, or a new record when there is none.
    func applied(to record: Record?, now: Date) -> Record
    /// The record marked as changed now (volunteers carry an `updated` time).
    static func touched(_ record: Record, now: Date) -> Record
    static func put(_ record: Record) -> Change
}

extension ImportDraft {
    var shownName: String { name }
    static func nameKey(_ name: String) -> String { SpreadsheetImport.nameKey(name) }
    static var nameIsIdentity: Bool { false }
}

/// Turns drafts into an import plan: matches each against the register and the rows
/// before it, and sorts it into added, updated, unchanged or rejected.
///
/// A row with an id (from an export) is the record with that id, new or not; a row
/// without one is matched by name (and, for people, phone or e-mail), as is a row with an
/// unknown id of a kind whose name is the record (`nameIsIdentity`).
struct ImportEngine<Draft: ImportDraft> {
    private var known: [UUID: Draft.Record] = [:]
    /// Ids by folded name, so a row is compared with the few records of its name only.
    private var byName: [String: [UUID]] = [:]
    private var rowOf: [UUID: Int] = [:]
    var plan: ImportPlan
    let now: Date

    init(records: [Draft.Record], plan: ImportPlan, now: Date) {
        self.plan = plan
        self.now = now
        for record in records { remember(record) }
    }

    private mutating func remember(_ record: Draft.Record) {
        if known.updateValue(record, forKey: record.id) == nil {
            byName[Draft.nameKey(Draft.name(of: record)), default: []].append(record.id)
        }
    }

    mutating func reject(_ errors: [ImportRowError]) {
        plan.rejected += errors
    }

    mutating func take(_ draft: Draft, row: Int, nameColumn: String) {
        var existing = draft.id.flatMap { known[$0] }
        if existing == nil && (draft.id == nil || Draft.nameIsIdentity) {
            let candidates = (byName[Draft.nameKey(draft.name)] ?? []).compactMap { known[$0] }.filter(draft.matches)
            if candidates.count > 1 {
                plan.rejected.append(ImportRowError(row: row, column: nameColumn, value: draft.shownName, reason: .ambiguousMatch(count: candidates.count)))
                return
            }
            existing = candidates.first
        }
        if let existing, let earlier = rowOf[existing.id] {
            plan.rejected.append(ImportRowError(row: row, column: nameColumn, value: draft.shownName, reason: .duplicateOf(row: earlier)))
            return
        }
        let entry = ImportPlan.Entry(row: row, name: draft.shownName)
        var record = draft.applied(to: existing, now: now)
        if let existing {
            guard record != existing else {
                plan.unchanged.append(entry)
                rowOf[existing.id] = row
                return
            }
            record = Draft.touched(record, now: now)
            // Made from the revision the sheet was exported at: the store merges it with
            // what was saved since, and stops where both changed a field, so an old
            // export never silently undoes a newer save. Another record's revision (of a
            // row matched by name despite its id) is no base for that.
            if let revision = draft.revision, draft.id == nil || draft.id == existing.id { record.revision = revision }
            plan.updated.append(entry)
        } else {
            // A row exported from a record this store has since deleted says so by its
            // revision; the store refuses to bring that record back.
            if draft.id != nil, let revision = draft.revision { record.revision = revision }
            plan.added.append(entry)
        }
        remember(record)
        rowOf[record.id] = row
        plan.changes.append(Draft.put(record))
    }
}
