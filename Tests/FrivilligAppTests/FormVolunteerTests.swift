@testable import FrivilligApp
import FrivilligCore
import TerminalUI
import XCTest

final class FormVolunteerTests: XCTestCase {
    private func newForm(_ l10n: Localizer = FormFixture.da) -> FormState {
        .volunteer(nil, register: FormFixture.register, l10n: l10n)
    }

    private func tab(_ form: inout FormState, _ times: Int) {
        for _ in 0 ..< times { form.press(.tab) }
    }

    func testTypingANameAndPhoneThenEnterSavesANewVolunteerWithNormalisedPhones() throws {
        var form = newForm()
        form.type("Søren Østergaard")
        form.press(.tab)
        form.type("20 12 34 56, 0045 30303030")
        let before = Date()
        let v = try XCTUnwrap(form.press(.enter).savedVolunteer)
        XCTAssertEqual(v.name, "Søren Østergaard")
        XCTAssertEqual(v.phones, ["+4520123456", "+4530303030"])
        XCTAssertEqual(v.status, .active)
        XCTAssertNil(v.statusChanged, "a new active volunteer has not changed status")
        XCTAssertEqual(v.emergencyContacts, [], "empty emergency rows are dropped")
        XCTAssertGreaterThanOrEqual(v.created, before)
        XCTAssertEqual(v.updated, v.created)
    }

    func testInvalidPhoneShowsTheDanishErrorUnderTheFieldAndFocusesIt() {
        var form = newForm()
        form.type("Søren")
        form.press(.tab)
        form.type("12")
        form.press(.tab, .tab)
        XCTAssertEqual(form.press(.enter), .stay)
        let lines = form.screen()
        XCTAssertEqual(Array(lines[1 ... 5]), [
            "│   Navn *            Søren                                                    │",
            "│ › Telefon           12                                                       │",
            "│   Telefon: »12« er ikke et telefonnummer. Skriv 8 cifre (fx 20 12 34 56, +45 │",
            "│   20123456 eller 0045 20123456), eller + og landekode med 6–15 cifre.        │",
            "│   E-mail                                                                     │",
        ])
        XCTAssertEqual(lines[22], "│ Ikke gemt: ret de markerede felter (1).                                      │")
    }

    func testCorrectingTheFieldClearsItsErrorAndThenSaves() throws {
        var form = newForm()
        form.type("Søren")
        form.press(.tab)
        form.type("22")
        XCTAssertEqual(form.press(.enter), .stay)
        XCTAssertTrue(form.screenText.contains("»22« er ikke et telefonnummer"))
        form.type("345678")
        XCTAssertFalse(form.screenText.contains("er ikke et telefonnummer"))
        XCTAssertFalse(form.screenText.contains("Ikke gemt"))
        XCTAssertEqual(try XCTUnwrap(form.press(.enter).savedVolunteer).phones, ["+4522345678"])
    }

    func testAMissingNameIsReportedAndFocused() {
        var form = newForm()
        form.press(.tab, .tab)
        form.type("not-an-email")
        XCTAssertEqual(form.press(.enter), .stay)
        let lines = form.screen()
        XCTAssertEqual(lines[1], "│ › Navn *                                                                     │")
        XCTAssertEqual(lines[2], "│   Navn: skal udfyldes.                                                       │")
        XCTAssertTrue(lines.contains { $0.contains("E-mail: »not-an-email« er ikke en e-mailadresse.") })
        XCTAssertTrue(lines.contains { $0.contains("Ikke gemt: ret de markerede felter (2).") })
    }

    func testEditingKeepsEverythingThatWasNotChanged() throws {
        let original = FormFixture.soerenOe
        var form = FormState.volunteer(original, register: FormFixture.register, l10n: FormFixture.da)
        XCTAssertEqual(form.title, "Rediger Søren Østergaard")
        var v = try XCTUnwrap(form.press(.enter).savedVolunteer)
        XCTAssertGreaterThan(v.updated, original.created)
        v.updated = original.updated
        XCTAssertEqual(v, original)
    }

    /// The form leaves the status date and periods as they were; the store dates the
    /// change the day it saves it, as it does for every other way of saving.
    func testChangingTheStatusIsDatedByTheStoreThatSavesIt() throws {
        var form = FormState.volunteer(FormFixture.soerenOe, register: FormFixture.register, l10n: FormFixture.da)
        tab(&form, 5)
        form.press(.right)
        XCTAssertEqual(form.focusedLine, "│ › Status            pause ▾                                                  │")
        form.press(.tab)
        let v = try XCTUnwrap(form.press(.enter).savedVolunteer)
        XCTAssertEqual(v.status, .paused)
        XCTAssertEqual(v.statusChanged, FormFixture.soerenOe.statusChanged)
        XCTAssertEqual(v.id, FormFixture.soerenOe.id)
        XCTAssertEqual(v.created, FormFixture.created)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-form-status-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try Store.open(at: dir.appendingPathComponent("store.json"))
        try store.replace(with: FormFixture.register)
        try store.commit([.putVolunteer(v)], today: FormFixture.today)
        let saved = try XCTUnwrap(store.register.volunteer(v.id))
        XCTAssertEqual(saved.statusChanged, FormFixture.today)
        XCTAssertEqual(saved.statusPeriods.map(\.status), [.active, .paused])
        XCTAssertEqual(saved.statusPeriods.last?.from, FormFixture.today)
    }

    func testStatusPickerOpensFiltersAndChooses() throws {
        var form = newForm()
        form.type("Bodil")
        tab(&form, 5)
        form.press(.enter)
        XCTAssertEqual(Array(form.screen()[5 ... 13]), [
            "│   Fødselsdato                                                                │",
            "│ › Status            aktiv ▾                                                  │",
            "│   Startdato        ┌ Status ──────────┐                                      │",
            "│   Kompetencer      │  ansøger         │                                      │",
            "│   Interesser       │› aktiv           │                                      │",
            "│   Arbejdspladser   │  pause           │                                      │",
            "│ Tilgængelighed     │  stoppet         │                                      │",
            "│   Ugedage          │  afvist          │                                      │",
            "│   Tidspunkt        └──────────────────┘                                      │",
        ])
        form.type("sto")
        XCTAssertEqual(Array(form.screen()[7 ... 9]), [
            "│   Startdato        ┌ Status: sto ─────┐                                      │",
            "│   Kompetencer      │› stoppet         │                                      │",
            "│   Interesser       └──────────────────┘                                      │",
        ])
        form.press(.enter)
        XCTAssertEqual(form.focusedLine, "│ › Status            stoppet ▾                                                │")
        form.press(.tab)
        let v = try XCTUnwrap(form.press(.enter).savedVolunteer)
        XCTAssertEqual(v.status, .stopped)
        XCTAssertNil(v.statusChanged, "dated by the store (StatusPeriodTests)")
    }

    func testTypingOnAChoiceOpensItsPickerFiltered() throws {
        var form = newForm()
        form.type("Bodil")
        tab(&form, 5)
        form.type("pa")
        XCTAssertEqual(Array(form.screen()[7 ... 9]), [
            "│   Startdato        ┌ Status: pa ──────┐                                      │",
            "│   Kompetencer      │› pause           │                                      │",
            "│   Interesser       └──────────────────┘                                      │",
        ])
        form.press(.enter, .tab)
        XCTAssertEqual(try XCTUnwrap(form.press(.enter).savedVolunteer).status, .paused)
    }

    func testLeftAndRightCycleThroughTheStatuses() {
        var form = newForm()
        tab(&form, 5)
        form.press(.left)
        XCTAssertEqual(form.focusedLine?.contains("ansøger ▾"), true, "the statuses in the order a person passes through them")
        form.press(.left)
        XCTAssertEqual(form.focusedLine?.contains("afvist ▾"), true)
        form.press(.right, .right, .right)
        XCTAssertEqual(form.focusedLine?.contains("pause ▾"), true)
    }

    func testEscapeClosesThePickerWithoutChoosing() {
        var form = newForm()
        tab(&form, 5)
        form.press(.enter, .down, .escape)
        XCTAssertEqual(form.focusedLine?.contains("aktiv ▾"), true)
        XCTAssertFalse(form.screen().joined().contains("┌ Status"))
        XCTAssertEqual(form.press(.escape), .cancel, "closing the picker changed nothing")
    }

    func testEmergencyRowWithANameButNoPhoneIsAnErrorAndAnEmptyRowIsDropped() throws {
        var form = newForm()
        form.type("Søren")
        tab(&form, 15)
        form.type("Mette")
        form.press(.tab)
        form.type("datter")
        XCTAssertEqual(form.press(.enter), .stay)
        let lines = form.screen()
        let phone = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("│ › Telefon") })
        XCTAssertEqual(lines[phone - 3], "│ Pårørende 1                                                                  │")
        XCTAssertEqual(lines[phone + 1], "│   Pårørende 1 – Telefon: skal udfyldes.                                      │")
        form.type("60 60 60 60")
        let v = try XCTUnwrap(form.press(.enter).savedVolunteer)
        XCTAssertEqual(v.emergencyContacts, [EmergencyContact(name: "Mette", relation: "datter", phone: "+4560606060")])
    }

    func testEmergencyRowWithAPhoneButNoNameNeedsTheName() {
        var form = newForm()
        form.type("Søren")
        tab(&form, 19)
        form.type("60606060")
        XCTAssertEqual(form.press(.enter), .stay)
        XCTAssertEqual(form.focusedLine, "│ › Navn                                                                       │")
        XCTAssertTrue(form.screen().contains { $0.contains("Pårørende 2 – Navn: skal udfyldes.") })
    }

    func testAnExistingVolunteerGetsASpareEmergencyRow() {
        let form = FormState.volunteer(FormFixture.soerenOe, register: FormFixture.register, l10n: FormFixture.da)
        var scrolled = form
        for _ in 0 ..< 17 { scrolled.press(.tab) }
        let lines = scrolled.screen()
        XCTAssertTrue(lines.contains { $0.hasPrefix("│ Pårørende 2") })
        XCTAssertTrue(lines.contains { $0.contains("Mette Østergaard") })
        XCTAssertTrue(lines.contains { $0.contains("+45 60 60 60 60") })
    }

    func testWeekdaysInDanishAndEnglishAndShownInTheInterfaceLanguage() throws {
        var form = newForm()
        form.type("Søren")
        tab(&form, 10)
        form.type("man, thu lørdag")
        let v = try XCTUnwrap(form.press(.enter).savedVolunteer)
        XCTAssertEqual(v.availability.weekdays, [.monday, .thursday, .saturday])
        var english = FormState.volunteer(v, register: FormFixture.register, l10n: FormFixture.en)
        tab(&english, 10)
        XCTAssertEqual(english.focusedLine, "│ › Weekdays             mon, thu, sat                                         │")
        var danish = FormState.volunteer(v, register: FormFixture.register, l10n: FormFixture.da)
        tab(&danish, 10)
        XCTAssertEqual(danish.focusedLine, "│ › Ugedage           man, tor, lør                                            │")
    }

    func testAWordThatIsNoWeekdayIsAnError() {
        var form = newForm()
        form.type("Søren")
        tab(&form, 10)
        form.type("man, t")
        XCTAssertEqual(form.press(.enter), .stay)
        XCTAssertTrue(form.screenText.contains("Tilgængelighed – Ugedage: »t« er ikke en ugedag. Skriv fx man, tor"))
    }

    func testDatesAreAcceptedInAllThreeFormsAndRejectedWithTheFormsListed() throws {
        var form = newForm()
        form.type("Søren")
        tab(&form, 4)
        form.type("31.02.1960")
        XCTAssertEqual(form.press(.enter), .stay)
        XCTAssertTrue(form.screenText.contains(
            "Fødselsdato: »31.02.1960« er ikke en dato. Skriv dd.mm.åååå, dd-mm-åååå eller åååå-mm-dd (fx 24.12.2026)."))
        form.press(.ctrl("u"))
        form.type("24.12.1960")
        tab(&form, 2)
        form.type("01-03-2024")
        tab(&form, 15)
        form.type("2024-03-05")
        let v = try XCTUnwrap(form.press(.enter).savedVolunteer)
        XCTAssertEqual(v.birthDate, Day(year: 1960, month: 12, day: 24))
        XCTAssertEqual(v.startDate, Day(year: 2024, month: 3, day: 1))
        XCTAssertEqual(v.consent, Consent(given: Day(year: 2024, month: 3, day: 5), scopes: [.register]), "a date alone means the register")
    }

    func testCommaSeparatedListsAndMembership() throws {
        var form = newForm()
        form.type("Søren")
        tab(&form, 7)
        form.type("kørsel, ,  IT ")
        tab(&form, 6)
        form.press(.right)
        form.press(.tab)
        form.type("Ældresagen")
        let v = try XCTUnwrap(form.press(.enter).savedVolunteer)
        XCTAssertEqual(v.skills, ["kørsel", "IT"])
        XCTAssertEqual(v.membership, Membership(kind: .association, name: "Ældresagen"))
    }

    func testEnglishLabelsAndMessages() {
        var form = newForm(FormFixture.en)
        XCTAssertEqual(form.title, "New volunteer")
        form.press(.tab, .tab)
        form.type("x@")
        form.press(.enter)
        let lines = form.screen()
        XCTAssertEqual(lines[0], "┌ New volunteer ───────────────────────────────────────────────────────────────┐")
        XCTAssertEqual(Array(lines[1 ... 5]), [
            "│ › Name *                                                                     │",
            "│   Name: is required.                                                         │",
            "│   Phone                                                                      │",
            "│   E-mail               x@                                                    │",
            "│   E-mail: \"x@\" is not an e-mail address. Type e.g. name@example.dk.          │",
        ])
        XCTAssertTrue(lines.contains { $0.contains("Not saved: correct the marked fields (2).") })
        XCTAssertEqual(form.statusHint, "Tab/↑↓ field · Enter save · Esc cancel")
    }

    func testWorkplacesArePickedFromTheRegister() throws {
        var form = FormState.volunteer(FormFixture.soerenOe, register: FormFixture.register, l10n: FormFixture.da)
        tab(&form, 9)
        XCTAssertTrue(form.focusedLine?.hasPrefix("│ › Arbejdspladser") == true, form.focusedLine ?? "")
        form.press(.enter)
        let picker = form.screenText
        XCTAssertTrue(picker.contains("Biblioteket") && picker.contains("Plejecenter Solgården"), picker)
        form.press(.char(" "), .enter, .tab)
        let v = try XCTUnwrap(form.press(.enter).savedVolunteer)
        XCTAssertEqual(v.workplaceIDs, [FormFixture.biblioteket.id], "the first in name order was ticked")
    }

    /// The form edits what `Volunteer.schema` says it edits, under the ids it gives, and
    /// nothing else: a field added to the table without a form input fails here.
    func testTheFormHasAnInputForEveryFieldTheTableSaysItEdits() {
        let ids = VolunteerForm.fields(nil, register: FormFixture.register, l10n: FormFixture.da).map(\.id)
        let expected = Volunteer.schema.flatMap { spec -> [String] in
            switch spec.form {
            case nil, .attendees?: return []
            case .input?, .choice?, .checkbox?: return [spec.name]
            case .inputs(let ids)?: return ids
            case .rows(let stems)?: return stems.map { $0 + ".1" }
            }
        }
        XCTAssertEqual(Set(ids.filter { !$0.contains(".") || $0.hasSuffix(".1") }), Set(expected))
    }
}
