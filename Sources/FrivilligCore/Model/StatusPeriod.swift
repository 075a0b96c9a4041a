import Foundation

/// One stretch of a volunteer's time in one status: active from 1 March 2020 until
/// 1 May 2025, stopped since. The retention rules, the rule for a volunteer returning
/// after a long break and the statistics read them, so they are kept in the record and
/// survive anonymisation.
///
/// `to` is the day the next period began (the day the status changed); nil for the
/// period that lasts. The store keeps the list (`Volunteer.keepingStatusPeriods`), so no
/// form or command writes it.
public struct StatusPeriod: Codable, Hashable, Sendable {
    public var status: VolunteerStatus
    public var from: Day
    public var to: Day?

    public init(_ status: VolunteerStatus, from: Day, to: Day? = nil) {
        self.status = status
        self.from = from
        self.to = to
    }

    /// The one period a record from before status periods is read with: its status since
    /// the day it last changed, else since the start date, else since the day the record
    /// was created (in UTC, so every process reading the file agrees on the day).
    public static func legacy(status: VolunteerStatus, statusChanged: Day?, startDate: Day?, created: Date) -> [StatusPeriod] {
        [StatusPeriod(status, from: statusChanged ?? startDate ?? Day(created, timeZone: .utc))]
    }
}

extension TimeZone {
    static let utc = TimeZone(identifier: "UTC")!
}
