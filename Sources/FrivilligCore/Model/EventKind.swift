/// The kinds of recognition the source documents name (Randers §10b, Faxe, Frederikshavn).
public enum EventKind: String, Codable, CaseIterable, Sendable {
    case gathering
    case excursion
    case thanks
    case anniversary
    case award
    case volunteerFriday = "volunteer-friday"
    case themeDay = "theme-day"
    case statusMeeting = "status-meeting"
    case other

    /// The Danish word a coordinator types; accepted everywhere the English one is.
    public var danishName: String {
        switch self {
        case .gathering: return "sammenkomst"
        case .excursion: return "udflugt"
        case .thanks: return "tak"
        case .anniversary: return "jubilæum"
        case .award: return "pris"
        case .volunteerFriday: return "frivillig-fredag"
        case .themeDay: return "temadag"
        case .statusMeeting: return "statusmøde"
        case .other: return "andet"
        }
    }

    /// Accepts the English or Danish name in any case (`Udflugt`, `excursion`).
    public init?(parsing text: String) {
        let key = text.trimmingWhitespace.lowercased()
        guard let kind = EventKind.allCases.first(where: { $0.rawValue == key || $0.danishName == key })
        else { return nil }
        self = kind
    }
}
