/// The record lists; decides the columns and what `a`, `e` and Enter open.
public enum ListKind: Sendable, Hashable {
    case volunteers, contacts, workplaces, agreements, events, tasks, associations
    /// The volunteers and contacts due to be anonymised or erased (`Retention`), with the
    /// reason and the day each became due; only behind the overview's line, and rows are
    /// marked as in any list. Nothing is added to it.
    case retention
    /// The active volunteers ranked for one task ("who should I ask?"), with the reasons;
    /// pushed from the task, and the place to record that they were asked or assign them.
    case ranking

    var tab: Tab {
        switch self {
        case .volunteers: return .volunteers
        case .contacts: return .contacts
        case .workplaces: return .workplaces
        case .agreements: return .agreements
        case .events: return .events
        case .tasks: return .tasks
        case .associations: return .associations
        case .retention: return .overview
        case .ranking: return .tasks
        }
    }
}
