import FrivilligApp
import FrivilligCore
import TerminalUI
import XCTest

final class FormEventTests: XCTestCase {
    private func eventForm(attendees: [UUID] = [FormFixture.anna.id, FormFixture.bodil.id],
                           _ l10n: Localizer = FormFixture.da) -> FormState {
        .event(nil, attendees: attendees, register: FormFixture.register, today: FormFixture.today, l10n: l10n)
    }

    func testOpensWithTodayGatheringTheMarkedAttendeesAndTheCursorInTheTitle() {
        let blank = "│                                                                              │"
        XCTAssertEqual(eventForm().screen(), [
            "┌ Ny påskønnelse ──────────────────────────────────────────────────────────────┐",
            "│   Dato *           15.06.2026                                                │",
            "│   Type             sammenkomst ▾                                             │",
            "│ › Titel *                                                                    │",
            "│   Beskrivelse                                                                │",
            "│   Gaveværdi                                                                  │",
            "│   Noter                                                                      │",
            "│ Deltagere (2)                                                                │",
            "│   Tilføj deltager                                                            │",
            "│                    • Anna Hansen                                             │",
            "│                    • Bodil Ærø                                               │",
        ] + Array(repeating: blank, count: 12) + [
            "└──────────────────────────────────────────────────────────────────────────────┘",
        ])
    }

    func testTypingATitleAndEnterSavesTheEvent() throws {
        var form = eventForm()
        form.type("Sommerudflugt")
        let e = try XCTUnwrap(form.press(.enter).savedEvent)
        XCTAssertEqual(e.title, "Sommerudflugt")
        XCTAssertEqual(e.date, FormFixture.today)
        XCTAssertEqual(e.kind, .gathering)
        XCTAssertEqual(e.attendeeIDs, [FormFixture.anna.id, FormFixture.bodil.id])
    }

    func testAddingAnAttendeeBySearchingSoeren() throws {
        var form = eventForm()
        form.type("Sommerudflugt")
        form.press(.tab, .tab, .tab, .tab)
        form.type("soeren")
        XCTAssertEqual(Array(form.screen()[7 ... 12]), [
            "│ Deltagere (2)                                                                │",
            "│ › Tilføj deltager  soeren                                                    │",
            "│                    › Søren Jensen  +45 30 30 30 30                           │",
            "│                      Søren Østergaard  +45 20 12 34 56                       │",
            "│                    • Anna Hansen                                             │",
            "│                    • Bodil Ærø                                               │",
        ])
        XCTAssertTrue(form.isTextEntry)
        form.press(.down)
        XCTAssertEqual(form.press(.enter), .stay, "Enter adds the match; it does not save")
        XCTAssertEqual(Array(form.screen()[7 ... 11]), [
            "│ Deltagere (3)                                                                │",
            "│ › Tilføj deltager                                                            │",
            "│                    • Anna Hansen                                             │",
            "│                    • Bodil Ærø                                               │",
            "│                    • Søren Østergaard                                        │",
        ])
        form.type("soeren")
        XCTAssertEqual(form.screen()[9], "│                    › Søren Jensen  +45 30 30 30 30                           │")
        XCTAssertFalse(form.screen()[10].contains("Østergaard"), "attendees are not offered again")
        XCTAssertEqual(form.press(.escape), .stay, "Esc clears the search first")
        let e = try XCTUnwrap(form.press(.enter).savedEvent)
        XCTAssertEqual(e.attendeeIDs, [FormFixture.anna.id, FormFixture.bodil.id, FormFixture.soerenOe.id])
    }

    func testEnterOnASearchWithoutMatchesNeitherAddsNorSaves() {
        var form = eventForm()
        form.type("Sommerudflugt")
        form.press(.tab, .tab, .tab, .tab)
        form.type("zzz")
        XCTAssertEqual(form.screen()[9], "│                    (intet match)                                             │")
        XCTAssertEqual(form.press(.enter), .stay)
        XCTAssertTrue(form.screenText.contains("Deltagere (2)"))
    }

    func testDAndBackspaceRemoveAttendees() throws {
        var form = eventForm()
        form.type("Tak")
        for _ in 0 ..< 5 { form.press(.tab) }
        XCTAssertEqual(form.focusedLine, "│ ›                  • Anna Hansen                                             │")
        XCTAssertFalse(form.isTextEntry, "d is a command here")
        form.press(.char("d"))
        XCTAssertEqual(form.focusedLine, "│ ›                  • Bodil Ærø                                               │")
        XCTAssertTrue(form.screenText.contains("Deltagere (1)"))
        form.press(.backspace)
        XCTAssertTrue(form.screenText.contains("Deltagere (0)"))
        XCTAssertEqual(form.focusedLine, "│ › Tilføj deltager                                                            │")
        XCTAssertEqual(try XCTUnwrap(form.press(.enter).savedEvent).attendeeIDs, [])
    }

    func testATitleIsRequired() {
        var form = eventForm()
        form.press(.tab)
        XCTAssertEqual(form.press(.enter), .stay)
        XCTAssertEqual(Array(form.screen()[3 ... 4]), [
            "│ › Titel *                                                                    │",
            "│   Titel: skal udfyldes.                                                      │",
        ])
    }

    func testKindAndDateCanBeChanged() throws {
        var form = eventForm(attendees: [])
        form.type("Udflugt til Skagen")
        form.press(.backTab, .enter)
        form.type("udf")
        form.press(.enter, .backTab, .ctrl("u"))
        form.type("2026-07-04")
        let e = try XCTUnwrap(form.press(.enter).savedEvent)
        XCTAssertEqual(e.kind, .excursion)
        XCTAssertEqual(e.date, Day(year: 2026, month: 7, day: 4))
    }

    func testEditingAnEventKeepsItsIdAndShowsItsValues() throws {
        let event = RecognitionEvent(date: Day(year: 2025, month: 8, day: 1)!, kind: .excursion, title: "Skagen",
                                     attendeeIDs: [FormFixture.soerenJ.id], giftValue: "150 kr.")
        var form = FormState.event(event, attendees: event.attendeeIDs, register: FormFixture.register,
                                   today: FormFixture.today, l10n: FormFixture.en)
        XCTAssertEqual(form.title, "Edit recognition event: Skagen")
        XCTAssertEqual(Array(form.screen()[1 ... 3]), [
            "│   Date *        2025-08-01                                                   │",
            "│   Kind          excursion ▾                                                  │",
            "│ › Title *       Skagen                                                       │",
        ])
        XCTAssertTrue(form.screenText.contains("Attendees (1) Add attendee • Søren Jensen"))
        XCTAssertEqual(try XCTUnwrap(form.press(.enter).savedEvent), event)
    }
}
