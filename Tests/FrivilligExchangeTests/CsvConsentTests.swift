import FrivilligCore
@testable import FrivilligExchange
import XCTest

/// Consent in a spreadsheet: an older sheet's one consent column, the new columns in
/// Danish, and the cells the import refuses.
final class CsvConsentTests: XCTestCase {
    private func plan(_ csv: String) throws -> ImportPlan {
        try SpreadsheetImport.plan(.volunteers, data: Data(csv.utf8), register: Register(), now: Date(timeIntervalSince1970: 0))
    }

    private func consent(_ plan: ImportPlan) -> Consent? {
        guard case .putVolunteer(let v)? = plan.changes.first else { return nil }
        return v.consent
    }

    func testAnOlderSheetsConsentDateMeansTheRegister() throws {
        let p = try plan("Navn;Telefon;Samtykke\nSøren;20123456;01-03-2026\n")
        XCTAssertEqual(consent(p), Consent(given: Day(year: 2026, month: 3, day: 1)!, scopes: [.register]))
    }

    func testTheConsentColumnsInDanish() throws {
        let p = try plan("Navn;Samtykke;Samtykke dækker;Samtykkemåde;Samtykke trukket tilbage\nSøren;01-03-2026;billeder, deling;mundtligt;02-04-2026\n")
        XCTAssertEqual(consent(p), Consent(given: Day(year: 2026, month: 3, day: 1)!, scopes: [.photos, .sharing], method: .oral,
                                           withdrawn: Day(year: 2026, month: 4, day: 2)!))
    }

    func testBadConsentCellsAreRejectedWithTheirColumn() throws {
        let p = try plan("Navn;Samtykke;Samtykke dækker;Samtykkemåde;Samtykke trukket tilbage\n"
                         + "Søren;01-03-2026;kage;mundtligt;\nÅse;01-03-2026;registret;telepatisk;\nBo;01-03-2026;registret;;28-02-2026\n")
        XCTAssertEqual(p.rejected.map(\.column), ["Samtykke dækker", "Samtykkemåde", "Samtykke trukket tilbage"])
        XCTAssertEqual(p.rejected.map(\.reason), [.consentScope, .consentMethod, .consentWithdrawnBeforeGiven])
        XCTAssertEqual(p.changes, [])
    }
}
