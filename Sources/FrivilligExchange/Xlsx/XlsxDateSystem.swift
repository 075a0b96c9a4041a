import FrivilligCore

/// How a workbook counts days: a date cell holds a number of days since the system's
/// start, and the workbook says which system it uses (`<workbookPr date1904="1"/>`).
///
/// The 1900 system keeps Lotus 1-2-3's mistake of a 29 February 1900, so day 60 is a day
/// that never was and every later day is one more than the count from 31 December 1899.
/// Frivillig writes the 1900 system and reads both.
enum XlsxDateSystem: Sendable {
    case from1900, from1904

    /// The day a serial number falls on (its time of day is dropped); nil for day 60 of
    /// the 1900 system, for negative numbers and for days past the year 9999.
    func day(_ serial: Double) -> Day? {
        guard serial.isFinite, serial >= 0, serial < 3_000_000 else { return nil }
        let whole = Int(serial.rounded(.down))
        switch self {
        case .from1904:
            return XlsxDateSystem.day(daysSinceEpoch: XlsxDateSystem.epoch1904 + whole)
        case .from1900:
            guard whole != 60, whole > 0 else { return nil }
            return XlsxDateSystem.day(daysSinceEpoch: XlsxDateSystem.epoch1900 + whole - (whole > 60 ? 1 : 0))
        }
    }

    /// The serial number of `day` in this system.
    func serial(_ day: Day) -> Int {
        let days = XlsxDateSystem.daysSinceEpoch(day)
        switch self {
        case .from1904: return days - XlsxDateSystem.epoch1904
        case .from1900:
            let n = days - XlsxDateSystem.epoch1900
            return n >= 60 ? n + 1 : n
        }
    }

    /// Days from 1970-01-01 to 1899-12-31 and to 1904-01-01.
    private static let epoch1900 = -25_568
    private static let epoch1904 = -24_107

    /// Days since 1970-01-01 on the proleptic Gregorian calendar (Howard Hinnant's
    /// `days_from_civil`).
    static func daysSinceEpoch(_ day: Day) -> Int {
        let y = day.month <= 2 ? day.year - 1 : day.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (day.month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The inverse of `daysSinceEpoch` (Hinnant's `civil_from_days`).
    static func day(daysSinceEpoch: Int) -> Day? {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return Day(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }
}
