import Foundation
import FrivilligCore

/// One row read into the values it gives, before it is matched against the register.
///
/// Fields the row leaves blank are nil and keep the stored value on update: a blank cell
/// never erases what the coordinator already has.
protocol ImportDraft {
    associatedtype Record: Identifiable & Equatable where Record.ID == UUID
    var id: UUID? { get }
    var name: String { get }
    /// Whether the row describes this existing record (same person or place).
    func matches(_ record: Record) -> Bool
    /// The existing record with the row's values, or a new record when there is none.
    func applied(to record: Record?, now: Date) -> Record
    /// The record marked as changed now (volunteers carry an `updated` time).
    static func touched(_ record: Record, now: Date) -> Record
    static func put(_ record: Record) -> Change
}

/// Turns drafts into an import plan: matches each against the register and the rows
/// before it, and sorts it into added, updated, unchanged or rejected.
struct ImportEngine<Draft: ImportDraft> {
    private var known: [Draft.Record]
    private var rowOf: [UUID: Int] = [:]
    var plan: ImportPlan
    let now: Date

    init(records: [Draft.Record], plan: ImportPlan, now: Date) {
        known = records
        self.plan = plan
        self.now = now
    }

    mutating func reject(_ errors: [ImportRowError]) {
        plan.rejected += errors
    }

    mutating func take(_ draft: Draft, row: Int, nameColumn: String) {
        let existing: Draft.Record?
        if let id = draft.id, let byID = known.first(where: { $0.id == id }) {
            existing = byID
        } else {
            let candidates = known.filter(draft.matches)
            if candidates.count > 1 {
                plan.rejected.append(ImportRowError(row: row, column: nameColumn, value: draft.name, reason: .ambiguousMatch(count: candidates.count)))
                return
            }
            existing = candidates.first
        }
        if let existing, let earlier = rowOf[existing.id] {
            plan.rejected.append(ImportRowError(row: row, column: nameColumn, value: draft.name, reason: .duplicateOf(row: earlier)))
            return
        }
        let entry = ImportPlan.Entry(row: row, name: draft.name)
        var record = draft.applied(to: existing, now: now)
        if let existing {
            guard record != existing else {
                plan.unchanged.append(entry)
                rowOf[existing.id] = row
                return
            }
            record = Draft.touched(record, now: now)
            known[known.firstIndex { $0.id == existing.id }!] = record
            plan.updated.append(entry)
        } else {
            known.append(record)
            plan.added.append(entry)
        }
        rowOf[record.id] = row
        plan.changes.append(Draft.put(record))
    }
}
