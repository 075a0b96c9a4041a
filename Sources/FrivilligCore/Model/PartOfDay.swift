/// The part of the day a volunteer can help or a task needs someone: with the weekdays it
/// is what makes "the time fits" mean something when ranking volunteers for a task.
public enum PartOfDay: String, Codable, CaseIterable, Sendable, Comparable {
    case morning, afternoon, evening

    /// The Danish word a coordinator types (`formiddag`); accepted where the English one is.
    public var danishName: String {
        switch self {
        case .morning: return "formiddag"
        case .afternoon: return "eftermiddag"
        case .evening: return "aften"
        }
    }

    /// Accepts the English or Danish name in any case.
    public init?(parsing text: String) {
        let key = text.trimmingWhitespace.lowercased()
        guard let part = PartOfDay.allCases.first(where: { $0.rawValue == key || $0.danishName == key }) else { return nil }
        self = part
    }

    public static func < (a: PartOfDay, b: PartOfDay) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
