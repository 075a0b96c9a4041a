/// The five record lists; decides the columns and what `a`, `e` and Enter open.
public enum ListKind: Sendable, Hashable {
    case volunteers, contacts, workplaces, agreements, events

    var tab: Tab {
        switch self {
        case .volunteers: return .volunteers
        case .contacts: return .contacts
        case .workplaces: return .workplaces
        case .agreements: return .agreements
        case .events: return .events
        }
    }
}
