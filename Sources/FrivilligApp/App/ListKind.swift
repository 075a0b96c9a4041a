/// The record lists; decides the columns and what `a`, `e` and Enter open.
public enum ListKind: Sendable, Hashable {
    case volunteers, contacts, workplaces, agreements, events
    /// The volunteers and contacts due to be anonymised or erased (`Retention`), with the
    /// reason and the day each became due; only behind the overview's line, and rows are
    /// marked as in any list. Nothing is added to it.
    case retention

    var tab: Tab {
        switch self {
        case .volunteers: return .volunteers
        case .contacts: return .contacts
        case .workplaces: return .workplaces
        case .agreements: return .agreements
        case .events: return .events
        case .retention: return .overview
        }
    }
}
