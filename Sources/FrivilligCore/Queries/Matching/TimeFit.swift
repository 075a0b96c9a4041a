/// How a task's time meets a volunteer's availability, kept by the ranking as one byte per
/// candidate; `reason` is the `MatchReason` the coordinator reads.
enum TimeFit: UInt8, Sendable {
    case fits, any, unknown, doesNotFit

    /// Fits and any time first, then not said, then does not fit.
    var rank: UInt64 {
        switch self {
        case .fits, .any: return 0
        case .unknown: return 1
        case .doesNotFit: return 2
        }
    }

    var reason: MatchReason {
        switch self {
        case .fits: return .timeFits
        case .any: return .anyTime
        case .unknown: return .timeUnknown
        case .doesNotFit: return .timeDoesNotFit
        }
    }

    /// Whether a task's time is fixed at all; when it is not, everyone fits (`any`) and
    /// no volunteer's availability needs reading.
    static func isFixed(_ task: TaskTime) -> Bool { !task.ongoing && !task.weekdays.isEmpty }

    /// An empty part of the day, on either side, is any part.
    init(_ task: TaskTime, _ availability: Availability) {
        if !Self.isFixed(task) {
            self = .any
        } else if availability.weekdays.isEmpty {
            self = .unknown
        } else if !availability.weekdays.contains(where: task.weekdays.contains) {
            self = .doesNotFit
        } else if task.partsOfDay.isEmpty || availability.partsOfDay.isEmpty {
            self = .fits
        } else {
            self = availability.partsOfDay.contains(where: task.partsOfDay.contains) ? .fits : .doesNotFit
        }
    }
}
