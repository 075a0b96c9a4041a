import FrivilligCore
@testable import FrivilligExchange
import XCTest

/// The spreadsheet columns the import reads are the ones the field tables give, in the
/// tables' order, so a field added to a table without a column (or the other way round)
/// fails here.
final class CsvSchemaTests: XCTestCase {
    func testTheImportReadsExactlyTheTablesColumns() {
        XCTAssertEqual(CsvField.fields(for: .volunteers).map(\.key), Volunteer.schema.flatMap(\.csv))
        XCTAssertEqual(CsvField.fields(for: .contacts).map(\.key), Contact.schema.flatMap(\.csv))
        XCTAssertEqual(CsvField.fields(for: .workplaces).map(\.key), Workplace.schema.flatMap(\.csv))
    }

    func testEveryColumnHasAnExportHeaderInBothLanguagesThatReadsBackAsItself() {
        for (kind, columns) in [(SpreadsheetKind.volunteers, Volunteer.schema.flatMap(\.csv)),
                                (.contacts, Contact.schema.flatMap(\.csv)), (.workplaces, Workplace.schema.flatMap(\.csv))] {
            for name in columns {
                let field = CsvField(key: name, kind: kind)!
                for language in [CsvLanguage.da, .en] {
                    let header = CsvHeader.name(field, language)
                    XCTAssertFalse(header.isEmpty, "\(kind) \(name)")
                    XCTAssertEqual(CsvHeader.field(for: header, kind: kind), field, "\(kind) \(name) \(language): \(header)")
                }
            }
        }
    }
}
