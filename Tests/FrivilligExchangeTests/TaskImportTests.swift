import FrivilligCore
@testable import FrivilligExchange
import XCTest

/// Tasks from a spreadsheet: the export comes back as it went out (CSV and .xlsx, both
/// languages), a row updates the task it names, and each unreadable cell is one row
/// error naming its row and column, with nothing to commit.
final class TaskImportTests: XCTestCase {
    private typealias F = SpreadsheetFixture
    private typealias T = TaskImportFixture

    /// What tasks and associations link to, as importing the other kinds first brings it.
    private func linked(_ r: Register) -> Register {
        Register(volunteers: r.volunteers, contacts: r.contacts, workplaces: r.workplaces)
    }

    private func reimport(_ data: Data, _ kind: SpreadsheetKind, into register: Register) throws -> Register {
        let plan = try SpreadsheetImport.plan(kind, data: data, register: register, now: F.now)
        XCTAssertEqual(plan.rejected, [])
        XCTAssertEqual(plan.unknownColumns, [])
        return try register.applying(plan.changes)
    }

    /// The columns are the field tables' own, and each export header (either language)
    /// reads back as its field, so no two of a kind's headers are taken for one another.
    func testTheColumnsAreTheTablesAndEveryHeaderReadsBackAsItsField() {
        XCTAssertEqual(CsvField.fields(for: .tasks).map(\.key), VolunteerTask.schema.flatMap(\.csv))
        XCTAssertEqual(CsvField.fields(for: .associations).map(\.key), Association.schema.flatMap(\.csv))
        for kind in [SpreadsheetKind.tasks, .associations] {
            for field in CsvField.fields(for: kind) {
                XCTAssertEqual(CsvField(key: field.key, kind: kind), field, "\(kind) \(field.key)")
                for language in [CsvLanguage.da, .en] {
                    let header = CsvHeader.name(field, language)
                    XCTAssertEqual(CsvHeader.field(for: header, kind: kind), field, "\(kind) \(language): \(header)")
                }
            }
        }
    }

    func testTheTaskAndAssociationExportsComeBackFromCsvAndXlsxInBothLanguages() throws {
        let original = T.register()
        for language in [CsvLanguage.da, .en] {
            let export = CsvExport(register: original, language: language)
            let formats: [(String, (CsvDocument) -> Data)] = [("csv", { $0.data }), ("xlsx", { XlsxWriter.workbook($0, sheet: "Ark1") })]
            for (format, write) in formats {
                var copy = try reimport(write(export.tasks()), .tasks, into: linked(original))
                copy = try reimport(write(export.associations()), .associations, into: copy)
                XCTAssertEqual(copy.tasks, original.tasks, "\(language) \(format)")
                XCTAssertEqual(copy.associations, original.associations, "\(language) \(format)")
            }
        }
    }

    func testARowUpdatesTheTaskOfItsIdOrOfItsTitleAtItsWorkplace() throws {
        let register = T.register()
        let plan = try F.plan(.tasks, text: "Id;Titel;Status\r\n\(T.id(32));Lektiehjælp;åben\r\n"
            + ";Kaffe og snak;\r\n", register: register)
        XCTAssertEqual(plan.rejected, [])
        XCTAssertEqual(plan.updated, [ImportPlan.Entry(row: 2, name: "Lektiehjælp")])
        XCTAssertEqual(plan.unchanged, [ImportPlan.Entry(row: 3, name: "Kaffe og snak")])
        var expected = register.tasks[2]
        expected.status = .open
        XCTAssertEqual(try F.applied(plan, to: register).tasks, [register.tasks[0], register.tasks[1], expected])

        let atWorkplace = try F.plan(.tasks, text: "Titel;Arbejdsplads;Antal frivillige\r\nkaffe og snak;\(T.id(11));4\r\n"
            + "Kaffe og snak;\(T.id(10));1\r\n", register: register)
        XCTAssertEqual(atWorkplace.rejected, [])
        XCTAssertEqual(atWorkplace.updated.map(\.row), [2], "the same title at the task's own workplace")
        XCTAssertEqual(atWorkplace.added.map(\.row), [3], "the same title at another workplace is another task")
        XCTAssertEqual(try F.applied(atWorkplace, to: register).tasks[1].wanted, 4)
    }

    func testEachUnreadableCellIsARowErrorNamingItsColumnAndNothingIsPlanned() throws {
        let plan = try F.plan(.tasks, text: """
            Titel;Arbejdsplads;Kontaktperson;Ugedage;Tidspunkt på dagen;Fra;Løbende;Antal frivillige;Status;Frivillige\r
            Gåtur;Solgården;Mette Holm;hver dag;morgen;31-02-2026;måske;0;måske;Anna Jensen\r
            ;Plejehjemmet Lyngen;;;;;;2,5;;Carl\r

            """, register: T.register())
        XCTAssertEqual(plan.rejected, [
            ImportRowError(row: 2, column: "Arbejdsplads", value: "Solgården", reason: .notExactlyOne(count: 2)),
            ImportRowError(row: 2, column: "Kontaktperson", value: "Mette Holm", reason: .notExactlyOne(count: 2)),
            ImportRowError(row: 2, column: "Ugedage", value: "hver dag", reason: .weekday),
            ImportRowError(row: 2, column: "Tidspunkt på dagen", value: "morgen", reason: .partOfDay),
            ImportRowError(row: 2, column: "Fra", value: "31-02-2026", reason: .date),
            ImportRowError(row: 2, column: "Løbende", value: "måske", reason: .yesNo),
            ImportRowError(row: 2, column: "Antal frivillige", value: "0", reason: .wanted),
            ImportRowError(row: 2, column: "Status", value: "måske", reason: .taskStatus),
            ImportRowError(row: 2, column: "Frivillige", value: "Anna Jensen", reason: .notExactlyOne(count: 2)),
            ImportRowError(row: 3, column: "Titel", value: "", reason: .required),
            ImportRowError(row: 3, column: "Arbejdsplads", value: "Plejehjemmet Lyngen", reason: .notExactlyOne(count: 0)),
            ImportRowError(row: 3, column: "Antal frivillige", value: "2,5", reason: .wanted),
            ImportRowError(row: 3, column: "Frivillige", value: "Carl", reason: .notExactlyOne(count: 0)),
        ])
        XCTAssertEqual(plan.changes, [])
    }
}
