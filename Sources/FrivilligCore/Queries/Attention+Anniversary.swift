extension Attention {
    /// A round number of years since a volunteer started, worth a card or a speech.
    public struct Anniversary: Hashable, Sendable {
        public let volunteer: Volunteer
        public let years: Int
        /// The day the years are complete (28 February for a start on 29 February in a common year).
        public let date: Day

        public init(volunteer: Volunteer, years: Int, date: Day) {
            self.volunteer = volunteer
            self.years = years
            self.date = date
        }

        /// The anniversaries that are celebrated: the first year, then every fifth.
        public static func isRound(_ years: Int) -> Bool {
            years == 1 || (years > 0 && years % 5 == 0)
        }

        /// Round anniversaries of the volunteers' start dates from `today` to `days` days
        /// ahead, both included; soonest first, then by name.
        static func upcoming<S: Sequence>(of volunteers: S, today: Day, days: Int) -> [Anniversary] where S.Element == Volunteer {
            let last = today.adding(days: days)
            var found: [Anniversary] = []
            for v in volunteers {
                guard let start = v.startDate else { continue }
                let completed = start.wholeYears(until: today)
                // The anniversary on or before today and the one after; a window shorter than
                // a year can hold at most one of them.
                for years in [completed, completed + 1] where isRound(years) {
                    let date = start.adding(years: years)
                    if date >= today && date <= last {
                        found.append(Anniversary(volunteer: v, years: years, date: date))
                    }
                }
            }
            return found
                .map { (anniversary: $0, key: SearchFold.sortKey($0.volunteer.name), id: $0.volunteer.id.orderKey) }
                .sorted { ($0.anniversary.date, $0.key, $0.id) < ($1.anniversary.date, $1.key, $1.id) }
                .map(\.anniversary)
        }
    }
}
