import FrivilligCore
import FrivilligExchange
import XCTest

/// Spreadsheets as coordinators have them: the records they give and the rows they reject.
final class SpreadsheetImportTests: XCTestCase {
    private typealias F = SpreadsheetFixture

    func testExcelUTF8WithBOMSemicolonsAndCRLF() throws {
        let plan = try F.plan(.volunteers, "excel-utf8-bom-semikolon.csv")
        XCTAssertEqual(plan.encoding, .utf8WithBOM)
        XCTAssertEqual(plan.separator, ";")
        XCTAssertEqual(plan.unknownColumns, [])
        XCTAssertEqual(plan.added.map(\.row), [2, 3, 7])
        XCTAssertEqual(plan.rejected, [
            ImportRowError(row: 5, column: "Startdato", value: "31-02-2026", reason: .date),
            ImportRowError(row: 5, column: "Pårørende tlf.", value: "", reason: .required),
            ImportRowError(row: 6, column: "Mobil", value: "2012 3456 7", reason: .phone),
            ImportRowError(row: 6, column: "E-mail", value: "bent@example", reason: .email),
        ])
        let v = try F.applied(plan).volunteers
        XCTAssertEqual(v.map(\.name), ["Søren Østergaard", "Åse Bæk", "Karen Lund"])
        XCTAssertEqual(v[0].phones, ["+4520123456"])
        XCTAssertEqual(v[0].email, "soeren@example.dk")
        XCTAssertEqual([v[0].address, v[0].postalCode, v[0].city], ["Østergade 4", "8900", "Randers"], "kept apart")
        XCTAssertEqual(v[0].emergencyContacts, [EmergencyContact(name: "Mette Østergaard", relation: "datter", phone: "+4530123456")])
        XCTAssertEqual(v[0].startDate, F.day(2026, 3, 1))
        XCTAssertEqual(v[0].skills, ["kørsel", "højtlæsning"])
        XCTAssertEqual(v[0].notes, "Siger \"hej\" til alle")
        XCTAssertEqual(v[0].status, .active)
        XCTAssertEqual(v[1].phones, ["+4540112233"])
        XCTAssertEqual([v[1].address, v[1].postalCode, v[1].city], ["Bakken 2; 1. th.", "8900", "Randers"])
        XCTAssertEqual(v[1].startDate, F.day(2024, 8, 15))
        XCTAssertEqual(v[1].notes, "Kan ikke om mandagen.\nRing efter kl. 10.")
        XCTAssertEqual(v[1].emergencyContacts, [])
        XCTAssertEqual(v[2].phones, ["+4560708090"])
        XCTAssertEqual(v[2].startDate, F.day(2025, 1, 10))
    }

    func testExcelWindows1252KeepsDanishLettersAndEuro() throws {
        let plan = try F.plan(.volunteers, "excel-windows1252-semikolon.csv")
        XCTAssertEqual(plan.encoding, .windows1252)
        XCTAssertEqual(plan.rejected, [ImportRowError(row: 4, column: "Telefon", value: "23 45", reason: .phone)])
        let v = try F.applied(plan).volunteers
        XCTAssertEqual(v.map(\.name), ["Åse Bøgh", "Ærø Æbelø"])
        XCTAssertEqual(v[0].phones, ["+4521222324"])
        XCTAssertEqual(v[0].birthDate, F.day(1954, 2, 3))
        XCTAssertEqual(v[0].emergencyContacts, [EmergencyContact(name: "Jørgen Bøgh", relation: "", phone: "+4531323334")])
        XCTAssertEqual(v[0].notes, "Gave 150 € – “tak”")
        XCTAssertEqual(v[1].status, .paused)
    }

    func testCommasLFEnglishHeadersAndBlankLines() throws {
        let plan = try F.plan(.volunteers, "sheets-utf8-komma.csv")
        XCTAssertEqual(plan.encoding, .utf8)
        XCTAssertEqual(plan.separator, ",")
        XCTAssertEqual(plan.unknownColumns, ["Shoe size"])
        XCTAssertEqual(plan.rejected, [])
        XCTAssertEqual(plan.added.map(\.row), [2, 5, 6])
        let v = try F.applied(plan).volunteers
        XCTAssertEqual(v.map(\.name), ["Hansen, Jens", "Nielsen Pia", "Per Olsen"])
        XCTAssertEqual(v[0].emergencyContacts, [EmergencyContact(name: "Hansen, Grete", relation: "wife", phone: "+4571717171")])
        XCTAssertEqual(v[0].skills, ["reading", "driving"])
        XCTAssertEqual(v[0].startDate, F.day(2024, 5, 1))
        XCTAssertEqual(v[0].notes, "")
        XCTAssertEqual(v[2].phones, [])
        XCTAssertEqual(v[2].emergencyContacts.first?.phone, "+46701234567")
    }

    func testMapPutsAnUnknownColumnInTheNotes() throws {
        let plan = try F.plan(.volunteers, "sheets-utf8-komma.csv", mapping: ["shoe size=notes"])
        XCTAssertEqual(plan.unknownColumns, [])
        let v = try F.applied(plan).volunteers
        XCTAssertEqual(v.map(\.notes), ["Shoe size: 44", "Shoe size: 38", ""])
    }

    func testMapErrorsNameTheProblem() {
        XCTAssertThrowsError(try F.plan(.volunteers, "sheets-utf8-komma.csv", mapping: ["Skonummer=notes"])) {
            XCTAssertEqual($0 as? ImportFileError, .mappedColumnMissing(column: "Skonummer"))
        }
        XCTAssertThrowsError(try F.plan(.volunteers, "sheets-utf8-komma.csv", mapping: ["Shoe size=shoes"])) {
            guard case .unknownField(let field, let accepted)? = $0 as? ImportFileError else { return XCTFail("\($0)") }
            XCTAssertEqual(field, "shoes")
            XCTAssertTrue(accepted.contains("notes") && accepted.contains("emergency-phone"))
        }
        XCTAssertThrowsError(try F.plan(.volunteers, "sheets-utf8-komma.csv", mapping: ["Shoe size"])) {
            XCTAssertEqual($0 as? ImportFileError, .malformedMapping("Shoe size"))
        }
    }

    func testUnclosedQuoteRefusesTheFileNamingRowAndColumn() {
        XCTAssertThrowsError(try F.plan(.volunteers, "fejl-citationstegn.csv")) {
            XCTAssertEqual($0 as? ImportFileError, .unterminatedQuote(row: 3, column: "Noter"))
        }
    }

    func testTextAfterAClosingQuoteRefusesTheFile() {
        XCTAssertThrowsError(try F.plan(.volunteers, text: "Navn;Telefon\r\n\"Bo\"x;20 12 34 56\r\n")) {
            XCTAssertEqual($0 as? ImportFileError, .textAfterQuote(row: 2, column: "Navn"))
        }
    }

    func testCPRColumnIsRefusedUnlessIgnored() throws {
        XCTAssertThrowsError(try F.plan(.volunteers, "fejl-cpr.csv")) {
            XCTAssertEqual($0 as? ImportFileError, .cprColumn(column: "CPR-nr."))
        }
        let plan = try F.plan(.volunteers, "fejl-cpr.csv", mapping: ["CPR-nr.=ignore"])
        XCTAssertEqual(plan.added.map(\.name), ["Søren"])
        XCTAssertFalse(try F.applied(plan).volunteers[0].notes.contains("1234"))
    }

    func testCPRShapedValueUnderAnotherHeaderIsRefused() {
        XCTAssertThrowsError(try F.plan(.volunteers, text: "Navn;Fødselsdato\nBo;03.02.1954\nAnna;240399-1234\n")) {
            XCTAssertEqual($0 as? ImportFileError, .cprValue(row: 3, column: "Fødselsdato"))
        }
    }

    func testFileWithoutANameColumnIsRefused() {
        XCTAssertThrowsError(try F.plan(.volunteers, text: "Telefon;Mail\n20 12 34 56;a@b.dk\n")) {
            XCTAssertEqual($0 as? ImportFileError, .noNameColumn(headers: ["Telefon", "Mail"]))
        }
    }

    func testTwoColumnsForOneSingleField() {
        XCTAssertThrowsError(try F.plan(.volunteers, text: "Navn;E-mail;Mail\nBo;a@b.dk;c@d.dk\n")) {
            XCTAssertEqual($0 as? ImportFileError, .duplicateColumn(first: "E-mail", second: "Mail", field: "email"))
        }
    }

    func testCellsBeyondTheHeaderAreAnUnknownColumn() throws {
        let plan = try F.plan(.volunteers, text: "Navn;Telefon\nBo;20 12 34 56;ekstra\n")
        XCTAssertEqual(plan.unknownColumns, ["#3"])
        XCTAssertEqual(plan.added.map(\.name), ["Bo"])
    }

    func testAPhoneNumberExcelTurnedIntoANumberIsReadAsDanish() throws {
        let plan = try F.plan(.volunteers, text: "Navn;Telefon\nBo;4520123456\nAnna;4512345678\n")
        XCTAssertEqual(try F.applied(plan).volunteers.map(\.phones), [["+4520123456"]])
        XCTAssertEqual(plan.rejected, [ImportRowError(row: 3, column: "Telefon", value: "4512345678", reason: .phone)])
    }

    func testExcelsSepLineSetsTheSeparatorAndIsNotARow() throws {
        let plan = try F.plan(.volunteers, text: "sep=,\r\nNavn,Telefon\r\nBo Ek;Jensen,20 12 34 56\r\nAnna,12\r\n")
        XCTAssertEqual(plan.separator, ",")
        XCTAssertEqual(plan.added.map(\.row), [2])
        XCTAssertEqual(plan.added.map(\.name), ["Bo Ek;Jensen"])
        XCTAssertEqual(plan.rejected.map(\.row), [3])
    }

    func testTwoPhoneColumnsGiveTwoPhones() throws {
        let plan = try F.plan(.volunteers, text: "Navn;Telefon;Mobil\nBo;86 12 34 56;20 12 34 56\n")
        XCTAssertEqual(try F.applied(plan).volunteers[0].phones, ["+4586123456", "+4520123456"])
    }

    func testEscapeSequencesInANameAreRejected() throws {
        let plan = try F.plan(.volunteers, text: "Navn;Telefon\n\u{1B}[2JBo\u{1B}[31m;20 12 34 56\nAnna;30 30 30 30\n")
        XCTAssertEqual(plan.rejected, [ImportRowError(row: 2, column: "Navn", value: "\u{1B}[2JBo\u{1B}[31m", reason: .text(.controlCharacter("\u{1B}")))])
        XCTAssertEqual(plan.added.map(\.name), ["Anna"])
    }

    func testEmptyFileIsRefused() {
        XCTAssertThrowsError(try F.plan(.volunteers, text: "\u{FEFF}\r\n\r\n")) {
            XCTAssertEqual($0 as? ImportFileError, .empty)
        }
    }

    func testUTF16IsRefused() {
        let data = Data([0xFF, 0xFE]) + "Navn\r\n".data(using: .utf16LittleEndian)!
        XCTAssertThrowsError(try SpreadsheetImport.plan(.volunteers, data: data, register: Register())) {
            XCTAssertEqual($0 as? ImportFileError, .unsupportedEncoding)
        }
    }

    func testSameNameAndPhoneUpdatesKeepingIdAndBlankCellsKeepValues() throws {
        let id = UUID()
        let existing = Volunteer(id: id, name: "Søren Østergaard", phones: ["+4520123456"], email: "old@example.dk",
                                 address: "Østergade 4", notes: "kendt", created: F.now.addingTimeInterval(-1000))
        let register = Register(volunteers: [existing])
        let plan = try F.plan(.volunteers, text: "Navn;Telefon;E-mail;Adresse\nsoeren østergaard;+45 20 12 34 56;ny@example.dk;\n", register: register)
        XCTAssertEqual(plan.updated.map(\.row), [2])
        XCTAssertEqual(plan.added, [])
        let v = try F.applied(plan, to: register).volunteers
        XCTAssertEqual(v.count, 1)
        XCTAssertEqual(v[0].id, id)
        XCTAssertEqual(v[0].email, "ny@example.dk")
        XCTAssertEqual(v[0].address, "Østergade 4")
        XCTAssertEqual(v[0].notes, "kendt")
        XCTAssertEqual(v[0].updated, F.now)
    }

    func testSameNameAndEmailIgnoringCaseUpdates() throws {
        let register = Register(volunteers: [Volunteer(name: "Åse Bæk", email: "aase@example.dk")])
        let plan = try F.plan(.volunteers, text: "Navn;E-mail;Telefon\nÅse Bæk;AASE@example.dk;40 11 22 33\nÅse Bæk;anden@example.dk;\n", register: register)
        XCTAssertEqual(plan.updated.map(\.row), [2])
        XCTAssertEqual(plan.added.map(\.row), [3])
    }

    func testUnchangedRowsAreCountedNotWritten() throws {
        let register = Register(volunteers: [Volunteer(name: "Bo Ek", phones: ["+4520123456"])])
        let plan = try F.plan(.volunteers, text: "Navn;Telefon\nBo Ek;20123456\n", register: register)
        XCTAssertEqual(plan.unchanged.map(\.row), [2])
        XCTAssertEqual(plan.changes, [])
    }

    func testTheSamePersonTwiceInAFileIsRejectedTheSecondTime() throws {
        let plan = try F.plan(.volunteers, text: "Navn;Telefon\nBo Ek;20 12 34 56\nAnna;30 30 30 30\nbo ek;+4520123456\n")
        XCTAssertEqual(plan.added.map(\.row), [2, 3])
        XCTAssertEqual(plan.rejected, [ImportRowError(row: 4, column: "Navn", value: "bo ek", reason: .duplicateOf(row: 2))])
    }

    func testWorkplacesAreFoundByName() throws {
        let w = Workplace(name: "Plejecenter Solgården, afd. B")
        let register = Register(workplaces: [w, Workplace(name: "Bibliotek")])
        let plan = try F.plan(.volunteers, text: "Navn;Arbejdsplads\nBo;\"plejecenter solgården, afd. b; Bibliotek\"\nAnna;Svømmehallen\n", register: register)
        XCTAssertEqual(plan.rejected, [ImportRowError(row: 3, column: "Arbejdsplads", value: "Svømmehallen", reason: .unknownWorkplace)])
        XCTAssertEqual(try F.applied(plan, to: register).volunteers[0].workplaceIDs, [w.id, register.workplaces[1].id])
    }

    func testStatusWeekdaysMembershipAndSecondEmergencyContact() throws {
        let text = """
            Navn;Status;Ugedage;Tilknytning;Forening;Pårørende;Pårørende telefon;Pårørende 2;Pårørende 2 relation;Pårørende 2 telefon
            Bo;stoppet;Mandag og torsdag;forening;Ældre Sagen;Lis;20 20 20 20;Ib;bror;30 30 30 30
            Anna;ferie;hver dag;klub;;;;;;
            """
        let plan = try F.plan(.volunteers, text: text)
        XCTAssertEqual(plan.rejected, [
            ImportRowError(row: 3, column: "Status", value: "ferie", reason: .status),
            ImportRowError(row: 3, column: "Ugedage", value: "hver dag", reason: .weekday),
            ImportRowError(row: 3, column: "Tilknytning", value: "klub", reason: .membership),
        ])
        let v = try F.applied(plan).volunteers[0]
        XCTAssertEqual(v.status, .stopped)
        XCTAssertEqual(v.availability.weekdays, [.monday, .thursday])
        XCTAssertEqual(v.membership, Membership(kind: .association, name: "Ældre Sagen"))
        XCTAssertEqual(v.emergencyContacts, [
            EmergencyContact(name: "Lis", relation: "", phone: "+4520202020"),
            EmergencyContact(name: "Ib", relation: "bror", phone: "+4530303030"),
        ])
    }

    func testContactsFromASpreadsheet() throws {
        let plan = try F.plan(.contacts, "kontakter.csv")
        XCTAssertEqual(plan.rejected, [ImportRowError(row: 4, column: "Type", value: "chef", reason: .contactKind)])
        let c = try F.applied(plan).contacts
        XCTAssertEqual(c.map(\.name), ["Hanne Kjær", "Lars Foreningsmand"])
        XCTAssertEqual(c[0].kind, .staff)
        XCTAssertEqual(c[0].organisation, "Plejecenter Solgården")
        XCTAssertEqual(c[0].role, "Aktivitetsmedarbejder")
        XCTAssertEqual(c[0].phone, "+4540000000")
        XCTAssertEqual(c[0].email, "hanne@example.dk")
        XCTAssertEqual(c[1].kind, .association)
        XCTAssertEqual(c[1].phone, "+4541000000")
    }

    func testWorkplacesFromASpreadsheet() throws {
        let hanne = Contact(name: "Hanne Kjær")
        let register = Register(contacts: [hanne])
        let plan = try F.plan(.workplaces, "arbejdspladser.csv", register: register)
        XCTAssertEqual(plan.rejected, [ImportRowError(row: 3, column: "Kontaktperson", value: "Ingen Sådan", reason: .unknownContact)])
        let w = try F.applied(plan, to: register).workplaces
        XCTAssertEqual(w.map(\.name), ["Plejecenter Solgården"])
        XCTAssertEqual(w[0].area, "ældre")
        XCTAssertEqual(w[0].address, "Solvej 1, 8900 Randers")
        XCTAssertEqual(w[0].contactIDs, [hanne.id])
        XCTAssertEqual(w[0].guidelines, "Frivillige må ikke give medicin.\nSpørg personalet.")
    }

    func testWindows1252BytesAboveA0AreLatin1AndTheC1RangeFollowsTheTable() throws {
        let bytes: [UInt8] = [0x80, 0x8A, 0x91, 0x92, 0x96, 0x97, 0x9F, 0xC6, 0xD8, 0xC5, 0xE6, 0xF8, 0xE5, 0x81]
        let text = try? SpreadsheetText(decoding: Data(bytes))
        XCTAssertEqual(text?.encoding, .windows1252)
        XCTAssertEqual(text?.text, "€Š‘’–—ŸÆØÅæøå\u{FFFD}")
    }

    /// Headers found in Danish coordinators' own sheets: the relative's phone written
    /// before "pårørende", "Nærmeste pårørende" with a phone, and a few other variants.
    func testDanishHeaderVariantsFromCoordinatorsSheets() {
        let expected: [(String, CsvField)] = [
            ("Tlf. pårørende", .emergencyPhone(1)), ("Telefon pårørende", .emergencyPhone(1)),
            ("Mobil pårørende", .emergencyPhone(1)), ("Pårørende tlf.nr.", .emergencyPhone(1)),
            ("Pårørende telefonnr.", .emergencyPhone(1)), ("Pårørendes telefonnummer", .emergencyPhone(1)),
            ("Nærmeste pårørende tlf.", .emergencyPhone(1)), ("Nærmeste pårørende telefon", .emergencyPhone(1)),
            ("Tlf. pårørende 2", .emergencyPhone(2)),
            ("Navn på pårørende", .emergencyName(1)), ("Nærmeste pårørende navn", .emergencyName(1)),
            ("Relation til pårørende", .emergencyRelation(1)), ("Relation til den frivillige", .emergencyRelation(1)),
            ("Telefon (mobil)", .phone), ("Privat telefon", .phone),
            ("Opstartsdato", .startDate), ("Frivillig fra", .startDate),
            ("Kompetencer/erfaring", .skills), ("Efternavn(e)", .lastName),
            ("Navn på frivillig", .name), ("Frivilliges navn", .name),
            ("Tilknyttet arbejdsplads", .workplaces),
        ]
        for (header, field) in expected {
            XCTAssertEqual(CsvHeader.field(for: header, kind: .volunteers), field, header)
        }
    }

    /// An emergency contact whose phone has no column of its own is rejected with a reason
    /// that says so, at the cell that is filled, not as if that cell were empty.
    func testEmergencyContactWithoutAPhoneColumnSaysThePhoneIsMissing() throws {
        let plan = try F.plan(.volunteers, text: "Navn;Telefon;Pårørende;Relation\nBo;20 12 34 56;Eva;hustru\n")
        XCTAssertEqual(plan.rejected, [ImportRowError(row: 2, column: "Pårørende", value: "Eva", reason: .emergencyPhoneMissing)])
        let noName = try F.plan(.volunteers, text: "Navn;Pårørende telefon\nBo;30 30 30 30\n")
        XCTAssertEqual(noName.rejected, [ImportRowError(row: 2, column: "Pårørende telefon", value: "30 30 30 30", reason: .emergencyNameMissing)])
        let emptyCell = try F.plan(.volunteers, text: "Navn;Pårørende;Pårørende telefon\nBo;Eva;\n")
        XCTAssertEqual(emptyCell.rejected, [ImportRowError(row: 2, column: "Pårørende telefon", value: "", reason: .required)])
    }
}
