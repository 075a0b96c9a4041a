import Foundation

/// The journal's changes that the lookup shows, laid over the lookup index: volunteers
/// added, changed or deleted since the snapshot, and where each now stands in the
/// register's order (a change keeps a volunteer's place; someone new, or deleted and
/// added again, goes to the end), which decides ties in name order exactly as in the
/// register; and workplaces added, renamed or deleted, whose names every hit shows and
/// every search matches.
struct LookupOverlay {
    struct Current {
        /// Nil when deleted.
        let volunteer: Volunteer?
        let position: Int
    }

    private(set) var current: [UUID: Current] = [:]
    /// The names of workplaces saved in the journal.
    private(set) var workplaceNames: [UUID: String] = [:]
    /// Workplaces deleted in the journal (and not saved again since).
    private var deletedWorkplaces: Set<UUID> = []
    private var nextPosition: Int

    init(fileCount: Int) {
        nextPosition = fileCount
    }

    func touches(_ id: UUID) -> Bool {
        current[id] != nil
    }

    var isEmpty: Bool { current.isEmpty && workplaceNames.isEmpty && deletedWorkplaces.isEmpty }

    func workplaceChanged(_ id: UUID) -> Bool {
        workplaceNames[id] != nil || deletedWorkplaces.contains(id)
    }

    /// The name of a workplace the journal changed; nil once deleted.
    func workplaceName(_ id: UUID) -> String? { workplaceNames[id] }

    /// Applies the changes; false when one would not apply to the register (deleting
    /// someone or a workplace that is not there), so the caller takes the straightforward
    /// path and its error. `fileWorkplaces` are the workplaces the register held at the
    /// snapshot. Changes to other records do not concern the lookup.
    mutating func apply(_ changes: [Change], fileIDs: () throws -> [UUID: Int], fileWorkplaces: Set<UUID>) -> Bool {
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
            case .putWorkplace(let w):
                workplaceNames[w.id] = w.name
                deletedWorkplaces.remove(w.id)
            case .deleteWorkplace(let id):
                let held = workplaceNames[id] != nil || (!deletedWorkplaces.contains(id) && fileWorkplaces.contains(id))
                guard held else { return false }
                workplaceNames[id] = nil
                deletedWorkplaces.insert(id)
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
