/// The top-level views, reached by number keys or Tab / Shift-Tab.
public enum Tab: Int, CaseIterable, Sendable {
    case overview = 1
    case volunteers
    case contacts
    case workplaces
    case agreements
    case events
    case statistics
    /// The task bank and the associations come after the statistics so that the numbers
    /// coordinators had learned for the first seven tabs stay as they were.
    case tasks
    case associations

    var titleKey: TextKey {
        switch self {
        case .overview: return .tabOverview
        case .volunteers: return .tabVolunteers
        case .contacts: return .tabContacts
        case .workplaces: return .tabWorkplaces
        case .agreements: return .tabAgreements
        case .events: return .tabEvents
        case .statistics: return .tabStatistics
        case .tasks: return .tabTasks
        case .associations: return .tabAssociations
        }
    }

    var next: Tab { Tab(rawValue: rawValue % Tab.allCases.count + 1)! }
    var previous: Tab { Tab(rawValue: (rawValue + Tab.allCases.count - 2) % Tab.allCases.count + 1)! }
}
