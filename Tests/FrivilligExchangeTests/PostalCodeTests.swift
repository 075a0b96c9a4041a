@testable import FrivilligCore
import FrivilligExchange
import FrivilligText
import XCTest

/// A volunteer's postal code and town are fields of their own: read from their own
/// spreadsheet columns, written to them, named in history and labelled on screen.
final class PostalCodeTests: XCTestCase {
    private typealias F = SpreadsheetFixture

    func testPostalCodeAndTownTravelThroughTheSpreadsheetHistoryAndLabels() throws {
        for header in ["Postnr", "Postnummer", "Post nr.", "Postal code", "Zip"] {
            let plan = try F.plan(.volunteers, text: "Navn;Adresse;\(header);By\nSøren;Østergade 4;8900;Randers C\n")
            let v = try XCTUnwrap(try F.applied(plan).volunteers.first, header)
            XCTAssertEqual([v.address, v.postalCode, v.city], ["Østergade 4", "8900", "Randers C"], header)
        }

        let soeren = Volunteer(name: "Søren", address: "Østergade 4", postalCode: "8900", city: "Randers C")
        let sheet = CsvExport(register: Register(volunteers: [soeren]), language: .da).volunteers()
        XCTAssertEqual(Array(sheet.header[4...6]), ["Adresse", "Postnr.", "By"])
        XCTAssertEqual(Array(sheet.rows[0][4...6]), ["Østergade 4", "8900", "Randers C"])

        var moved = soeren
        moved.postalCode = "8000"
        moved.city = "Aarhus C"
        XCTAssertEqual(VolunteerHistoryReader.changedFields(soeren, moved), ["postal-code", "city"])
        XCTAssertEqual(Localizer(.da).history(.changed(["postal-code", "city"])), "ændret: Postnr., By")
        XCTAssertEqual(Localizer(.en).history(.changed(["postal-code", "city"])), "changed: Postal code, City")
    }
}
