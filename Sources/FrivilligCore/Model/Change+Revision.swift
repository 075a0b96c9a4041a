import Foundation

extension Change {
    /// The id and revision of the record a put stores; nil for a delete.
    public var putRecord: (id: UUID, revision: Int)? {
        record.map { ($0.id, $0.revision) }
    }

    /// The record a put stores, of whichever kind; nil for a delete.
    var record: (any Revisioned)? {
        switch self {
        case .putVolunteer(let r): return r
        case .putContact(let r): return r
        case .putWorkplace(let r): return r
        case .putAgreement(let r): return r
        case .putEvent(let r): return r
        case .putAccessRequest(let r): return r
        case .putTask(let r): return r
        case .putAssociation(let r): return r
        default: return nil
        }
    }

    /// The same put, made from `revision` of its record: a form builds a new value from
    /// the fields and stamps the revision it opened, so the store can tell a save made
    /// from an older revision and merge it instead of undoing what was saved since.
    public func madeFrom(revision: Int) -> Change {
        switch self {
        case .putVolunteer(var r): r.revision = revision; return .putVolunteer(r)
        case .putContact(var r): r.revision = revision; return .putContact(r)
        case .putWorkplace(var r): r.revision = revision; return .putWorkplace(r)
        case .putAgreement(var r): r.revision = revision; return .putAgreement(r)
        case .putEvent(var r): r.revision = revision; return .putEvent(r)
        case .putAccessRequest(var r): r.revision = revision; return .putAccessRequest(r)
        case .putTask(var r): r.revision = revision; return .putTask(r)
        case .putAssociation(var r): r.revision = revision; return .putAssociation(r)
        default: return self
        }
    }
}
