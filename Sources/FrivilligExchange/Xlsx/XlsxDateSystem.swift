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
            return XlsxDateSystem.day(ordinal: XlsxDateSystem.epoch1904 + whole)
        case .from1900:
            guard whole != 60, whole > 0 else { return nil }
            return XlsxDateSystem.day(ordinal: XlsxDateSystem.epoch1900 + whole - (whole > 60 ? 1 : 0))
        }
    }

    /// The serial number of `day` in this system.
    func serial(_ day: Day) -> Int {
        let days = day.ordinal
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

    /// The day `ordinal` days after 1970-01-01 (`Day(ordinal:)`), held to the years a
    /// `Day` allows, so a serial past the year 9999 reads as no date.
    private static func day(ordinal: Int) -> Day? {
        let day = Day(ordinal: ordinal)
        return Day(year: day.year, month: day.month, day: day.day)
    }
}
