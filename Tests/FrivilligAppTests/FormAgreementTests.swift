import FrivilligApp
import FrivilligCore
import TerminalUI
import XCTest

final class FormAgreementTests: XCTestCase {
    private func agreementForm(volunteer: UUID? = FormFixture.soerenOe.id, _ l10n: Localizer = FormFixture.da) -> FormState {
        .agreement(nil, volunteerID: volunteer, register: FormFixture.register, today: FormFixture.today, l10n: l10n)
    }

    private func tab(_ form: inout FormState, _ times: Int) {
        for _ in 0 ..< times { form.press(.tab) }
    }

    func testTheGivenVolunteerIsFixedAndFocusStartsAtTheWorkplace() {
        var form = agreementForm()
        let lines = form.screen()
        XCTAssertEqual(lines[0], "┌ Ny aftale ───────────────────────────────────────────────────────────────────┐")
        XCTAssertEqual(lines[1], "│   Frivillig *                    Søren Østergaard                            │")
        XCTAssertEqual(lines[2], "│ › Arbejdsplads                   (ingen) ▾                                   │")
        form.press(.backTab)
        XCTAssertTrue(form.focusedLine?.contains("Noter") == true, "the fixed volunteer is skipped")
    }

    func testSpaceTogglesTheExplainedCheckboxes() throws {
        var form = agreementForm()
        tab(&form, 9)
        XCTAssertEqual(form.focusedLine, "│ › Tavshedspligt forklaret        [ ]                                         │")
        form.press(.char(" "))
        XCTAssertEqual(form.focusedLine, "│ › Tavshedspligt forklaret        [x]                                         │")
        form.press(.char(" "))
        XCTAssertEqual(form.focusedLine, "│ › Tavshedspligt forklaret        [ ]                                         │")
        form.press(.char(" "), .tab, .tab, .char(" "))
        XCTAssertEqual(form.focusedLine, "│ › Forsikring forklaret           [x]                                         │")
        let a = try XCTUnwrap(form.press(.enter).savedAgreement)
        XCTAssertTrue(a.confidentialityExplained)
        XCTAssertFalse(a.dutyToReportExplained)
        XCTAssertTrue(a.insuranceExplained)
        XCTAssertEqual(a.volunteerID, FormFixture.soerenOe.id)
        XCTAssertEqual(a.startDate, FormFixture.today, "a new agreement starts today")
    }

    func testWorkplaceFromThePickerAndContactByCycling() throws {
        var form = agreementForm()
        form.press(.enter)
        form.type("bib")
        form.press(.enter, .tab, .right)
        XCTAssertEqual(Array(form.screen()[2 ... 3]), [
            "│   Arbejdsplads                   Biblioteket ▾                               │",
            "│ › Kontaktperson                  Lene Bak (Plejecenter Solgården) ▾          │",
        ])
        form.press(.tab)
        form.type("køre med i bussen")
        let a = try XCTUnwrap(form.press(.enter).savedAgreement)
        XCTAssertEqual(a.workplaceID, FormFixture.biblioteket.id)
        XCTAssertEqual(a.contactID, FormFixture.lene.id)
        XCTAssertEqual(a.allowedTasks, "køre med i bussen")
    }

    func testWithoutAGivenVolunteerOneMustBePicked() throws {
        var form = agreementForm(volunteer: nil)
        tab(&form, 3)
        XCTAssertEqual(form.press(.enter), .stay)
        XCTAssertEqual(Array(form.screen()[1 ... 2]), [
            "│ › Frivillig *                    (ingen) ▾                                   │",
            "│   Frivillig: skal udfyldes.                                                  │",
        ])
        form.type("østerg")
        form.press(.enter)
        XCTAssertEqual(form.focusedLine, "│ › Frivillig *                    Søren Østergaard ▾                          │")
        tab(&form, 5)
        let a = try XCTUnwrap(form.press(.enter).savedAgreement)
        XCTAssertEqual(a.volunteerID, FormFixture.soerenOe.id)
    }

    func testChildCheckDatesAreValidatedUnderTheirHeading() throws {
        var form = agreementForm()
        tab(&form, 13)
        XCTAssertTrue(form.focusedLine?.contains("Kræves") == true)
        form.press(.char(" "), .tab)
        form.type("1.5.26")
        XCTAssertEqual(form.press(.enter), .stay)
        XCTAssertTrue(form.screenText.contains(
            "Børneattest – Samtykke bedt om: »1.5.26« er ikke en dato. Skriv dd.mm.åååå, dd-mm-åååå eller åååå-mm-dd"))
        form.press(.ctrl("u"))
        form.type("01.05.2026")
        let a = try XCTUnwrap(form.press(.enter).savedAgreement)
        XCTAssertEqual(a.childCheck, CertificateCheck(required: true, consentRequested: Day(year: 2026, month: 5, day: 1)))
        XCTAssertEqual(a.criminalCheck, CertificateCheck())
    }

    func testEditingKeepsTheAgreement() throws {
        let original = Agreement(
            volunteerID: FormFixture.soerenOe.id, workplaceID: FormFixture.solgaarden.id, contactID: FormFixture.lene.id,
            allowedTasks: "højtlæsning", startDate: Day(year: 2025, month: 1, day: 2), reviewDate: Day(year: 2026, month: 1, day: 2),
            signedByVolunteer: Day(year: 2025, month: 1, day: 2), dutyToReportExplained: true,
            criminalCheck: CertificateCheck(required: true, received: Day(year: 2025, month: 1, day: 10), note: "ingen anmærkninger"))
        var form = FormState.agreement(original, volunteerID: original.volunteerID, register: FormFixture.register,
                                       today: FormFixture.today, l10n: FormFixture.en)
        XCTAssertEqual(form.title, "Edit agreement with Søren Østergaard")
        form.press(.tab, .tab)
        XCTAssertEqual(try XCTUnwrap(form.press(.enter).savedAgreement), original)
    }
}
