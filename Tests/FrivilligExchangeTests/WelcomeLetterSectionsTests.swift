import FrivilligCore
import FrivilligExchange
import XCTest

/// What the welcome letter holds for a given agreement: its date and the volunteer's
/// address block always, the child-protection check and the workplace's guidelines only
/// when they apply.
final class WelcomeLetterSectionsTests: XCTestCase {
    private let today = Day(year: 2026, month: 12, day: 2)!

    private func letter(childCheck: Bool, guidelines: String, _ language: WelcomeLetterLanguage = .da,
                        letterhead: Letterhead = Letterhead()) -> String {
        let v = Volunteer(name: "Søren Østergaard", address: "Åboulevarden 3, 2. tv.", postalCode: "8000", city: "Aarhus C")
        let w = Workplace(name: "Solgården", guidelines: guidelines)
        let c = Contact(name: "Hanne Kjær", role: "Leder")
        let a = Agreement(volunteerID: v.id, workplaceID: w.id, contactID: c.id,
                          childCheck: CertificateCheck(required: childCheck, consentRequested: childCheck ? today : nil))
        var register = Register(volunteers: [v], contacts: [c], workplaces: [w], agreements: [a])
        register.settings.letterhead = letterhead
        let fields = WelcomeLetterFields(agreement: a, in: register, today: today, date: { $0.danish })
        return WelcomeLetter(fields: fields, language: language).render(.txt)
    }

    func testTheLetterIsDatedAndAddressedToTheVolunteer() {
        let text = letter(childCheck: false, guidelines: "")
        XCTAssertTrue(text.hasPrefix("Velkomstbrev\n============\n\nSøren Østergaard\nÅboulevarden 3, 2. tv.\n8000 Aarhus C\n\n02.12.2026\n"), text)
        XCTAssertTrue(text.contains("Dato og underskrift, kontaktperson: Hanne Kjær"), "the contact's name under the signature line")
    }

    /// The municipality's paper: the sender's block and coordinator from the settings,
    /// and the letter dated at the letterhead's place; none of it without a letterhead.
    func testTheLetterheadFromTheSettingsIsTheSender() {
        let letterhead = Letterhead(municipality: "Aarhus Kommune", department: "Sundhed og Omsorg", coordinator: "Mette Lund",
                                    phone: "87 13 00 00", email: "frivillig@aarhus.dk", address: "Rådhuspladsen 2, 8000 Aarhus C",
                                    place: "Aarhus")
        let text = letter(childCheck: false, guidelines: "", letterhead: letterhead)
        XCTAssertTrue(text.hasPrefix("""
            Velkomstbrev
            ============

            Aarhus Kommune
            Sundhed og Omsorg
            Rådhuspladsen 2, 8000 Aarhus C

            Frivilligkoordinator: Mette Lund, tlf. 87 13 00 00, frivillig@aarhus.dk

            Søren Østergaard
            Åboulevarden 3, 2. tv.
            8000 Aarhus C

            Aarhus, 02.12.2026

            """), text)
        XCTAssertFalse(letter(childCheck: false, guidelines: "").contains("Frivilligkoordinator"))
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
