@testable import FrivilligExchange
import FrivilligCore
import XCTest

final class CalendarWriterTests: XCTestCase {
    private let writer = CalendarWriter(
        labels: CalendarLabels(calendarName: "Påskønnelser", kind: { $0.rawValue }, attendees: { "Deltagere: \($0)" }),
        now: Date(timeIntervalSince1970: 1_795_000_000))

    func testAllDayEventWithExclusiveEndOverAYearBoundary() {
        let event = RecognitionEvent(
            id: UUID(uuidString: "6F1C2A4E-0B43-4B0E-9C8B-1B0E4E1A0040")!, date: Day(year: 2026, month: 12, day: 31)!,
            kind: .gathering, title: "Nytår; fest, \"bobler\"", attendeeIDs: [UUID(), UUID()])
        let lines = writer.write([event]).components(separatedBy: "\r\n")
        XCTAssertEqual(Array(lines[0...4]), [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Frivillig//Frivillig 0.1.0//DA", "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:Påskønnelser",
        ])
        XCTAssertEqual(Array(lines[5...]), [
            "BEGIN:VEVENT", "UID:6f1c2a4e-0b43-4b0e-9c8b-1b0e4e1a0040@frivillig", "DTSTAMP:20261118T110640Z",
            "DTSTART;VALUE=DATE:20261231", "DTEND;VALUE=DATE:20270101", "SUMMARY:Nytår\\; fest\\, \"bobler\"",
            "DESCRIPTION:Deltagere: 2", "CATEGORIES:gathering", "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR", "",
        ])
    }

    func testAnEventWithoutTitleIsNamedByItsKind() {
        let event = RecognitionEvent(date: Day(year: 2028, month: 2, day: 29)!, kind: .thanks)
        let text = writer.write([event])
        XCTAssertTrue(text.contains("\r\nDTEND;VALUE=DATE:20280301\r\nSUMMARY:thanks\r\nCATEGORIES:thanks\r\n"), text)
        XCTAssertFalse(text.contains("DESCRIPTION"), "nothing to describe")
    }
}
