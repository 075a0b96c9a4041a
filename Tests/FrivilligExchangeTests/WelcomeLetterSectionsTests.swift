import FrivilligCore
import FrivilligExchange
import XCTest

/// What the welcome letter holds for a given agreement: its date and the volunteer's
/// address block always, the child-protection check and the workplace's guidelines only
/// when they apply.
final class WelcomeLetterSectionsTests: XCTestCase {
    private let today = Day(year: 2026, month: 12, day: 2)!

    private func letter(childCheck: Bool, guidelines: String, _ language: WelcomeLetterLanguage = .da) -> String {
        let v = Volunteer(name: "Søren Østergaard", address: "Åboulevarden 3, 2. tv.", postalCode: "8000", city: "Aarhus C")
        let w = Workplace(name: "Solgården", guidelines: guidelines)
        let c = Contact(name: "Hanne Kjær", role: "Leder")
        let a = Agreement(volunteerID: v.id, workplaceID: w.id, contactID: c.id,
                          childCheck: CertificateCheck(required: childCheck, consentRequested: childCheck ? today : nil))
        let register = Register(volunteers: [v], contacts: [c], workplaces: [w], agreements: [a])
        let fields = WelcomeLetterFields(agreement: a, in: register, today: today, date: { $0.danish })
        return WelcomeLetter(fields: fields, language: language).render(.txt)
    }

    func testTheLetterIsDatedAndAddressedToTheVolunteer() {
        let text = letter(childCheck: false, guidelines: "")
        XCTAssertTrue(text.hasPrefix("Velkomstbrev\n============\n\nSøren Østergaard\nÅboulevarden 3, 2. tv.\n8000 Aarhus C\n\nDato: 02.12.2026\n"), text)
        XCTAssertTrue(text.contains("Dato og underskrift, kontaktperson: Hanne Kjær"), "the contact's name under the signature line")
    }

    func testTheChildCheckSectionOnlyWhenTheAgreementRequiresOne() {
        let required = letter(childCheck: true, guidelines: "")
        XCTAssertTrue(required.contains("\nBørneattest\n-----------\n"), required)
        XCTAssertTrue(required.contains("- [x] Samtykke til børneattest er bedt om"), required)
        XCTAssertFalse(letter(childCheck: false, guidelines: "").contains("ørneattest"))
        XCTAssertTrue(letter(childCheck: true, guidelines: "", .en).contains("\nChild-protection check\n"))
    }

    func testTheWorkplacesGuidelinesOnlyWhenItHasSome() {
        let with = letter(childCheck: false, guidelines: "Frivillige giver ikke medicin.\nMeld afbud til vagten.")
        XCTAssertTrue(with.contains("\nArbejdspladsens retningslinjer\n------------------------------\n\nFrivillige giver ikke medicin.\nMeld afbud til vagten.\n"), with)
        XCTAssertFalse(letter(childCheck: false, guidelines: "").contains("retningslinjer\n"))
    }
}
