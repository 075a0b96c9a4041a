import Foundation

/// The journal's changes to volunteers, laid over the lookup index: who was added,
/// changed or deleted since the snapshot, and where each now stands in the register's
/// order (a change keeps a volunteer's place; someone new, or deleted and added again,
/// goes to the end), which decides ties in name order exactly as in the register.
struct LookupOverlay {
    struct Current {
        /// Nil when deleted.
        let volunteer: Volunteer?
        let position: Int
    }

    private(set) var current: [UUID: Current] = [:]
    private var nextPosition: Int

    init(fileCount: Int) {
        nextPosition = fileCount
    }

    func touches(_ id: UUID) -> Bool {
        current[id] != nil
    }

    /// Applies the changes; false when one would not apply to the register (deleting
    /// someone who is not there), so the caller takes the straightforward path and its
    /// error. Changes to other records do not concern the lookup.
    mutating func apply(_ changes: [Change], fileIDs: () throws -> [UUID: Int]) -> Bool {
        var inFile: [UUID: Int]?
        func filePosition(_ id: UUID) -> Int? {
            if inFile == nil { inFile = (try? fileIDs()) ?? [:] }
            return inFile?[id]
        }
        for change in changes {
            switch change {
            case .putVolunteer(let v):
                let position: Int
                if let now = current[v.id] {
                    position = now.volunteer != nil ? now.position : take()
                } else {
                    position = filePosition(v.id) ?? take()
                }
                current[v.id] = Current(volunteer: v, position: position)
            case .deleteVolunteer(let id):
                if let now = current[id] {
                    guard now.volunteer != nil else { return false }
                } else {
                    guard filePosition(id) != nil else { return false }
                }
                current[id] = Current(volunteer: nil, position: -1)
            default:
                continue
            }
        }
        return true
    }

    private mutating func take() -> Int {
        defer { nextPosition += 1 }
        return nextPosition
    }
}
