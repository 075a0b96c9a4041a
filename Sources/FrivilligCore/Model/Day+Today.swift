import Foundation

extension Day {
    /// The local calendar day of an instant; "today" must follow the coordinator's wall clock.
    public init(_ date: Date, timeZone: TimeZone = .current) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: c.year!, month: c.month!, day: c.day!)!
    }

    /// Today, overridable with `FRIVILLIG_TODAY=yyyy-mm-dd` so that tests and demos of
    /// "what is due" are reproducible.
    public static func today(environment: [String: String] = ProcessInfo.processInfo.environment) -> Day {
        if let fixed = environment["FRIVILLIG_TODAY"], let day = Day.parse(fixed) { return day }
        return Day(Date())
    }
}
