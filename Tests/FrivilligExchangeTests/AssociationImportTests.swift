import FrivilligCore
@testable import FrivilligExchange
import XCTest

/// Associations from a spreadsheet: a name is the association (`AssociationName`), so a
/// row spelled another way, or carrying another store's id, updates the record of that
/// name instead of making a second one, and a new association gets the id its name gives.
final class AssociationImportTests: XCTestCase {
    private typealias F = SpreadsheetFixture
    private typealias T = TaskImportFixture

    func testANameSpelledAnotherWayUpdatesTheRecordOfThatNameAndKeepsItsSpelling() throws {
        let register = T.register()
        let plan = try F.plan(.associations, text: "Navn;Område\r\nAELDRE-sagen;ældre og pårørende\r\nBESØGSVENNERNE ;besøg\r\n"
            + "besøgsvennerne;besøg\r\n", register: register)
        XCTAssertEqual(plan.updated, [ImportPlan.Entry(row: 2, name: "AELDRE-sagen"), ImportPlan.Entry(row: 3, name: "BESØGSVENNERNE")])
        XCTAssertEqual(plan.rejected, [ImportRowError(row: 4, column: "Navn", value: "besøgsvennerne", reason: .duplicateOf(row: 3))])
        let after = try F.applied(plan, to: register).associations
        XCTAssertEqual(after.map(\.id), [T.aeldreSagenID, T.id(51)])
        XCTAssertEqual(after.map(\.name), ["Ældre Sagen", "Besøgsvennerne"])
        XCTAssertEqual(after.map(\.area), ["ældre og pårørende", "besøg"])
    }

    /// An export from another store names its own id: the association is still the one
    /// of its name here, and that store's revision is no base for a merge here.
    func testAnotherStoresIdWithAKnownNameIsTheRecordOfThatName() throws {
        let register = T.register()
        let plan = try F.plan(.associations, text: "Id;Navn;Område;Revision\r\n\(T.id(99));Besøgsvennerne;besøg;7\r\n", register: register)
        XCTAssertEqual(plan.rejected, [])
        XCTAssertEqual(plan.updated.map(\.row), [2])
        XCTAssertEqual(plan.changes.count, 1)
        guard case .putAssociation(let a)? = plan.changes.first else { return XCTFail("\(plan.changes)") }
        XCTAssertEqual(a.id, T.id(51))
        XCTAssertEqual(a.revision, 0)
    }

    func testANewAssociationGetsItsNamesIdAndTwoSpellingsInOneFileAreOneRow() throws {
        let plan = try F.plan(.associations, text: "Navn;Type\r\nRøde Kors;forening\r\nrøde-kors;netværk\r\n")
        XCTAssertEqual(plan.added, [ImportPlan.Entry(row: 2, name: "Røde Kors")])
        XCTAssertEqual(plan.rejected, [ImportRowError(row: 3, column: "Navn", value: "røde-kors", reason: .duplicateOf(row: 2))])
        XCTAssertEqual(try F.applied(plan).associations.map(\.id), [AssociationName("Røde Kors").recordID])
    }

    /// The record with the id a name gives is that name's, even renamed since (as the
    /// conversion of older stores finds it): a row of the old name updates it rather
    /// than putting a second record with its id.
    func testTheRecordWithTheIdANameGivesIsThatNamesAfterARename() throws {
        var register = T.register()
        register.associations[0].name = "Ældre Sagen Rudersdal"
        let plan = try F.plan(.associations, text: "Navn;Område\r\nÆldre Sagen;ældre\r\n", register: register)
        XCTAssertEqual(plan.rejected, [])
        XCTAssertEqual(plan.added, [])
        XCTAssertEqual(plan.updated.map(\.row), [2])
        XCTAssertEqual(try F.applied(plan, to: register).associations.map(\.id), [T.aeldreSagenID, T.id(51)])
    }

    /// A row with one association's id may rename it, but not to another one's name,
    /// which would make one name two records.
    func testARenameToAnotherAssociationsNameIsARowError() throws {
        let plan = try F.plan(.associations, text: "Id;Navn\r\n\(T.id(51));ældre-sagen\r\n\(T.id(51));Besøgsvennerne i Rudersdal\r\n",
                              register: T.register())
        XCTAssertEqual(plan.rejected, [ImportRowError(row: 2, column: "Navn", value: "ældre-sagen", reason: .associationNameTaken)])
        XCTAssertEqual(plan.updated.map(\.name), ["Besøgsvennerne i Rudersdal"])
    }

    func testAnUnknownKindOrContactIsARowError() throws {
        let plan = try F.plan(.associations, text: "Navn;Type;Kontaktpersoner;Telefon\r\nÆldre Sagen;klub;\"Mette Holm; Ida Bak\";12\r\n",
                              register: T.register())
        XCTAssertEqual(plan.rejected, [
            ImportRowError(row: 2, column: "Type", value: "klub", reason: .associationKind),
            ImportRowError(row: 2, column: "Kontaktpersoner", value: "Mette Holm", reason: .notExactlyOne(count: 2)),
            ImportRowError(row: 2, column: "Kontaktpersoner", value: "Ida Bak", reason: .notExactlyOne(count: 0)),
            ImportRowError(row: 2, column: "Telefon", value: "12", reason: .phone),
        ])
        XCTAssertEqual(plan.changes, [])
    }
}
