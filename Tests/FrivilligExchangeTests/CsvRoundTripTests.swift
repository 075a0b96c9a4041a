import FrivilligCore
import FrivilligExchange
import XCTest

/// Export to CSV and import again: every field of every record comes back.
final class CsvRoundTripTests: XCTestCase {
    private typealias F = SpreadsheetFixture

    /// A register that uses every field, with text that tests the CSV: quotes, `;`, `,`,
    /// line breaks, Danish letters, a foreign phone number.
    static func register() -> Register {
        let created = Date(timeIntervalSince1970: 1_772_355_120)
        let hanne = Contact(name: "Hanne Kjær", kind: .staff, organisation: "Plejecenter \"Solgården\"", role: "Leder; aktivitet",
                            phone: "+4540000000", email: "hanne@example.dk", notes: "Træffes\nformiddag")
        let lars = Contact(name: "Lars Berg", kind: .association, organisation: "Ældre Sagen", phone: "+46701234567")
        let solgaarden = Workplace(name: "Plejecenter Solgården, afd. B", area: "ældre", address: "Solvej 1, 8900 Randers",
                                   contactIDs: [hanne.id, lars.id], guidelines: "Ingen medicin.\nSpørg \"personalet\"; altid.")
        let bibliotek = Workplace(name: "Bibliotek", area: "kultur", worksWithChildren: true)
        let otherBibliotek = Workplace(name: "bibliotek", area: "kultur", address: "Nordvej 2")
        let soeren = Volunteer(
            name: "Søren \"Sønne\" Østergaard", phones: ["+4520123456", "+4586123456", "+358401234567"],
            email: "soeren@example.dk", address: "Østergade 4; 1. tv", postalCode: "8900", city: "Randers C", birthDate: F.day(1954, 2, 3),
            status: .paused, statusChanged: F.day(2026, 10, 1), startDate: F.day(2021, 12, 1),
            skills: ["kørsel", "højtlæsning"], interests: ["historie"],
            availability: Availability(weekdays: [.monday, .saturday, .sunday], partsOfDay: [.morning, .evening], note: "ikke i skoleferier; ring først"),
            workplaceIDs: [solgaarden.id, bibliotek.id], membership: Membership(kind: .network, name: "Besøgsvenner"),
            emergencyContacts: [
                EmergencyContact(name: "Mette Østergaard", relation: "datter", phone: "+4530123456"),
                EmergencyContact(name: "Jens, nabo", relation: "", phone: "+4912345678"),
            ],
            consent: Consent(given: F.day(2026, 3, 1), scopes: [.register, .sharing], method: .email, withdrawn: F.day(2026, 5, 2)),
            notes: "Første linje\n\nTredje linje, med \"citat\"", tags: ["bil", "engelsk"],
            created: created, updated: created.addingTimeInterval(86_400))
        let aase = Volunteer(name: "Åse Bæk", phones: ["+4540112233"], workplaceIDs: [otherBibliotek.id], created: created)
        return Register(volunteers: [soeren, aase], contacts: [hanne, lars], workplaces: [solgaarden, bibliotek, otherBibliotek])
    }

    private func reimport(_ document: CsvDocument, _ kind: SpreadsheetKind, into register: Register) throws -> Register {
        let plan = try SpreadsheetImport.plan(kind, data: document.data, register: register, now: F.now)
        XCTAssertEqual(plan.rejected, [])
        XCTAssertEqual(plan.unknownColumns, [])
        return try register.applying(plan.changes)
    }

    func testVolunteersSurviveExportAndImportInBothLanguages() throws {
        let original = CsvRoundTripTests.register()
        for language in [CsvLanguage.da, .en] {
            let document = CsvExport(register: original, language: language).volunteers()
            let target = Register(contacts: original.contacts, workplaces: original.workplaces)
            XCTAssertEqual(try reimport(document, .volunteers, into: target).volunteers, original.volunteers, "\(language)")
        }
    }

    /// Text Excel would take for a formula is written with an apostrophe first and read back
    /// without it.
    func testCellsThatLookLikeFormulasAreWrittenAsTextAndReadBack() throws {
        let created = Date(timeIntervalSince1970: 1_772_355_120)
        let notes = ["- kan ikke køre om aftenen", "=HYPERLINK(\"http://x\")", "+45 er landekoden", "@hjemme", "'citat'"]
        let original = Register(volunteers: notes.enumerated().map { i, note in
            Volunteer(name: "Frivillig \(i)", phones: ["+452012345\(i)"], notes: note, tags: [note], created: created)
        })
        let document = CsvExport(register: original, language: .da).volunteers()
        let text = String(decoding: document.data, as: UTF8.self)
        XCTAssertTrue(text.contains(";'- kan ikke køre om aftenen;"), text)
        XCTAssertTrue(text.contains("'=HYPERLINK"), text)
        XCTAssertFalse(text.contains(";=") || text.contains(";+") || text.contains(";@") || text.contains(";-"), text)
        XCTAssertTrue(text.contains(";'citat';"), "an apostrophe before ordinary text is kept as it is")
        XCTAssertEqual(try reimport(document, .volunteers, into: Register()).volunteers, original.volunteers)
    }

    func testLinksAreWrittenAsNamesOrAsTheIdWhenTwoShareAName() {
        let register = CsvRoundTripTests.register()
        let rows = CsvExport(register: register, language: .da).volunteers().rows
        XCTAssertEqual(rows[0][16], "Plejecenter Solgården, afd. B; " + register.workplaces[1].id.uuidString)
        XCTAssertEqual(rows[1][16], register.workplaces[2].id.uuidString)
    }

    func testContactsAndWorkplacesSurviveExportAndImport() throws {
        let original = CsvRoundTripTests.register()
        let export = CsvExport(register: original, language: .da)
        let contacts = try reimport(export.contacts(), .contacts, into: Register())
        XCTAssertEqual(contacts.contacts, original.contacts)
        let workplaces = try reimport(export.workplaces(), .workplaces, into: contacts)
        XCTAssertEqual(workplaces.workplaces, original.workplaces)
    }

    func testImportingAnExportIntoTheSameRegisterChangesNothing() throws {
        let original = CsvRoundTripTests.register()
        let plan = try SpreadsheetImport.plan(.volunteers, data: CsvExport(register: original, language: .da).volunteers().data,
                                              register: original, now: F.now)
        XCTAssertEqual(plan.unchanged.count, 2)
        XCTAssertEqual(plan.changes, [])
    }

    func testTheFileIsWhatDanishExcelOpens() throws {
        let data = CsvExport(register: CsvRoundTripTests.register(), language: .da).volunteers().data
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("Id;Navn;Telefon;E-mail;Adresse;Postnr.;By;Fødselsdato;Status;"))
        XCTAssertTrue(text.hasSuffix("\r\n"))
        XCTAssertEqual(text.components(separatedBy: "\r\n").count, 4, "header, two rows, final CRLF")
        XCTAssertTrue(text.contains(";20 12 34 56, 86 12 34 56, 00 35 84 01 23 45 67;"))
        XCTAssertTrue(text.contains(";03-02-1954;pause;01-10-2026;01-12-2021;"))
        XCTAssertTrue(text.contains(";Mette Østergaard;datter;30 12 34 56;Jens, nabo;;00 49 12 34 56 78;"))
        XCTAssertTrue(text.contains("Pårørende 2;Pårørende 2 relation;Pårørende 2 telefon"))
        XCTAssertFalse(text.contains("+45"), "a leading + makes Excel read a formula or a number")
    }

    func testPhoneNumbersAreWrittenInAFormExcelKeepsAsText() {
        XCTAssertEqual(CsvExport.phone("+4520123456"), "20 12 34 56")
        XCTAssertEqual(CsvExport.phone("+46701234567"), "00 46 70 12 34 56 7")
        XCTAssertEqual(CsvExport.phone(""), "")
        for stored in ["+4520123456", "+46701234567", "+358401234567"] {
            XCTAssertEqual(Phone.normalise(CsvExport.phone(stored)), stored)
        }
    }
}
