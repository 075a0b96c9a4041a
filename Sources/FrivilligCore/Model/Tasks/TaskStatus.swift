/// Where a task stands: open for volunteers, filled (besat), or closed.
public enum TaskStatus: String, Codable, CaseIterable, Sendable {
    case open, filled, closed

    /// The Danish word a coordinator types; accepted everywhere the English one is.
    public var danishName: String {
        switch self {
        case .open: return "åben"
        case .filled: return "besat"
        case .closed: return "lukket"
        }
    }

    /// Accepts the English or Danish name in any case.
    public init?(parsing text: String) {
        let key = text.trimmingWhitespace.lowercased()
        guard let status = TaskStatus.allCases.first(where: { $0.rawValue == key || $0.danishName == key }) else { return nil }
        self = status
    }
}
