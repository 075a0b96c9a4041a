extension DemoGenerator {
    /// Deals out the stages of record checks in a fixed rhythm, so that even a few checks
    /// include one waiting too long, one not asked for and one just asked for, while most
    /// are received as in a well-run municipality.
    struct CheckCycle {
        enum Stage {
            case waitingLong
            case notRequested
            case recentlyRequested
            case received
        }

        private static let rhythm: [Stage] = [
            .waitingLong, .notRequested, .recentlyRequested, .received, .received,
            .received, .received, .received, .received, .received,
        ]

        private var children = 0
        private var criminal = 0

        mutating func nextChild() -> Stage {
            defer { children += 1 }
            return CheckCycle.rhythm[children % CheckCycle.rhythm.count]
        }

        mutating func nextCriminal() -> Stage {
            defer { criminal += 1 }
            return CheckCycle.rhythm[criminal % CheckCycle.rhythm.count]
        }
    }
}
