import Foundation

/// Which record a row or a detail screen is about.
public enum RecordRef: Hashable, Sendable {
    case volunteer(UUID)
    case contact(UUID)
    case workplace(UUID)
    case agreement(UUID)
    case event(UUID)
    case task(UUID)
    case association(UUID)

    public var id: UUID {
        switch self {
        case .volunteer(let id), .contact(let id), .workplace(let id), .agreement(let id), .event(let id),
             .task(let id), .association(let id): return id
        }
    }

    /// The list records of this kind are shown in, which also names their key table.
    var kind: ListKind {
        switch self {
        case .volunteer: return .volunteers
        case .contact: return .contacts
        case .workplace: return .workplaces
        case .agreement: return .agreements
        case .event: return .events
        case .task: return .tasks
        case .association: return .associations
        }
    }
}
