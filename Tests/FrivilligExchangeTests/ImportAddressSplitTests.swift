import FrivilligCore
import FrivilligExchange
import XCTest

/// A sheet without a postal code column gives its address or town cells' postal codes to
/// the field of their own, as the store does with older addresses; a sheet with one is
/// read as it is.
final class ImportAddressSplitTests: XCTestCase {
    private typealias F = SpreadsheetFixture

    private func parts(_ text: String) throws -> [String] {
        let v = try XCTUnwrap(try F.applied(try F.plan(.volunteers, text: text)).volunteers.first)
        return [v.address, v.postalCode, v.city]
    }

    func testPostalCodesInAddressOrTownCellsAreTakenOutOnlyWithoutAColumnOfTheirOwn() throws {
        XCTAssertEqual(try parts("Navn;Adresse\nSøren;Østergade 4, 8900 Randers C\n"), ["Østergade 4", "8900", "Randers C"])
        XCTAssertEqual(try parts("Navn;Adresse;Postnr. og by\nSøren;Østergade 4;8900 Randers C\n"), ["Østergade 4", "8900", "Randers C"])
        XCTAssertEqual(try parts("Navn;Adresse;Postnr;By\nSøren;Østergade 4, 8900 Randers C;;\n"),
                       ["Østergade 4, 8900 Randers C", "", ""], "the sheet has the columns, and left them empty")
    }
}
