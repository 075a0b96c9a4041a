import FrivilligCore
import FrivilligExchange
import XCTest

/// `.xlsx` files written by openpyxl read into the same plan a CSV gives: text from the
/// shared strings, numbers, real date cells in built-in and custom formats in both date
/// systems, empty cells, a chosen sheet, merged header cells, and row errors that name the
/// row and column the user sees in Excel.
final class XlsxImportTests: XCTestCase {
    private typealias F = SpreadsheetFixture

    private func plan(_ body: String, sheet: String? = nil, register: Register = Register()) throws -> ImportPlan {
        try SpreadsheetImport.plan(.volunteers, data: XlsxPython.workbook(body), register: register, sheet: sheet, now: F.now)
    }

    func testDatesNumbersAndStringsBecomeTheFields() throws {
        let plan = try plan("""
            ws.title = "Ark1"
            ws.append(["Navn", "Mobil", "Fødselsdato", "Postnr.", "By", "Startdato", "Noter"])
            ws.append(["Søren Ærø", "20 12 34 56", datetime.date(1987, 6, 9), 8000, "Århus C", datetime.datetime(2026, 3, 1, 14, 30), 2.5])
            ws.append(["Åse Bæk", 40112233, datetime.date(1954, 2, 3), 8900, "Randers", datetime.date(2024, 8, 15), "Søren Ærø"])
            ws["C2"].number_format = "mm-dd-yy"
            ws["C3"].number_format = "d. mmmm yyyy"
            ws["F2"].number_format = "dd/mm/yyyy hh:mm"
            """)
        XCTAssertEqual(plan.sheet, "Ark1")
        XCTAssertEqual(plan.rejected, [])
        XCTAssertEqual(plan.added.map(\.row), [2, 3])
        let volunteers = try F.applied(plan).volunteers
        XCTAssertEqual(volunteers.map(\.name), ["Søren Ærø", "Åse Bæk"])
        XCTAssertEqual(volunteers.map(\.birthDate), [F.day(1987, 6, 9), F.day(1954, 2, 3)])
        XCTAssertEqual(volunteers.map(\.startDate), [F.day(2026, 3, 1), F.day(2024, 8, 15)])
        XCTAssertEqual(volunteers.map(\.phones), [["+4520123456"], ["+4540112233"]])
        XCTAssertEqual(volunteers.map(\.postalCode), ["8000", "8900"])
        XCTAssertEqual(volunteers.map(\.city), ["Århus C", "Randers"])
        XCTAssertEqual(volunteers.map(\.notes), ["2.5", "Søren Ærø"])
    }

    func testThe1904DateSystemGivesTheSameDays() throws {
        let plan = try plan("""
            from openpyxl.utils.datetime import CALENDAR_MAC_1904
            wb.epoch = CALENDAR_MAC_1904
            ws.append(["Navn", "Fødselsdato", "Startdato"])
            ws.append(["Åse Bæk", datetime.date(1954, 2, 3), datetime.date(2026, 12, 31)])
            """)
        XCTAssertEqual(try F.applied(plan).volunteers.map(\.birthDate), [F.day(1954, 2, 3)])
        XCTAssertEqual(try F.applied(plan).volunteers.map(\.startDate), [F.day(2026, 12, 31)])
    }

    func testEmptyCellsKeepTheOthersInTheirColumns() throws {
        let plan = try plan("""
            ws.append(["Navn", "E-mail", "Mobil", "By"])
            ws["A2"] = "Åse Bæk"
            ws["D2"] = "Randers"
            ws["A4"] = "Bo Holm"
            ws["C4"] = "20123456"
            """)
        XCTAssertEqual(plan.added.map(\.row), [2, 4], "the blank row 3 is skipped, the rows keep their numbers")
        let volunteers = try F.applied(plan).volunteers
        XCTAssertEqual(volunteers.map(\.email), ["", ""])
        XCTAssertEqual(volunteers.map(\.city), ["Randers", ""])
        XCTAssertEqual(volunteers.map(\.phones), [[], ["+4520123456"]])
    }

    func testASecondSheetIsReadWhenNamed() throws {
        let body = """
            ws.title = "Forside"
            ws.append(["Frivillige i Randers Kommune"])
            ws2 = wb.create_sheet("Frivillige")
            ws2.append(["Navn", "Mobil"])
            ws2.append(["Bo Holm", "20123456"])
            """
        XCTAssertEqual(try plan(body, sheet: "Frivillige").added.map(\.name), ["Bo Holm"])
        XCTAssertEqual(try plan(body, sheet: "frivillige").sheet, "Frivillige", "a sheet's name is found ignoring case")
        XCTAssertThrowsError(try plan(body)) { error in
            XCTAssertEqual(error as? ImportFileError, .noNameColumn(headers: ["Frivillige i Randers Kommune"]))
        }
        XCTAssertThrowsError(try plan(body, sheet: "Ark2")) { error in
            XCTAssertEqual(error as? ImportFileError, .workbook(.noSuchSheet(name: "Ark2", sheets: ["Forside", "Frivillige"])))
        }
    }

    func testAMergedHeaderNamesEveryColumnItSpans() throws {
        let plan = try plan("""
            ws.append(["Navn", "Telefon", None, "Arbejdsplads"])
            ws.merge_cells("B1:C1")
            ws.append(["Bo Holm", "20123456", "86123456", "Bibliotek"])
            ws.append(["Åse Bæk", "40112233", None, None])
            ws.merge_cells("D2:D3")
            """, register: Register(workplaces: [Workplace(name: "Bibliotek")]))
        XCTAssertEqual(plan.rejected, [])
        XCTAssertEqual(plan.unknownColumns, [])
        let register = try F.applied(plan, to: Register(workplaces: [Workplace(name: "Bibliotek")]))
        XCTAssertEqual(register.volunteers.map(\.phones), [["+4520123456", "+4586123456"], ["+4540112233"]])
        XCTAssertEqual(register.volunteers.map(\.workplaceIDs.count), [1, 1], "a cell merged down is each row's")
    }

    func testARowErrorNamesTheSheetsRowAndColumn() throws {
        let plan = try plan("""
            ws.append(["Navn", "Mobil"])
            ws.append(["Bo Holm", "20123456"])
            ws["A7"] = "Åse Bæk"
            ws["B7"] = "23 45"
            """)
        XCTAssertEqual(plan.rejected.map(\.row), [7])
        XCTAssertEqual(plan.rejected.map(\.column), ["Mobil"])
        XCTAssertEqual(plan.rejected.map(\.value), ["23 45"])
    }

    func testABooleanCellIsYesOrNo() throws {
        let data = try XlsxPython.workbook("""
            ws.append(["Navn", "Børn under 15"])
            ws.append(["Bibliotek", True])
            ws.append(["Plejecenter", False])
            """)
        let plan = try SpreadsheetImport.plan(.workplaces, data: data, register: Register(), now: F.now)
        XCTAssertEqual(plan.rejected, [])
        XCTAssertEqual(try F.applied(plan).workplaces.map(\.worksWithChildren), [true, false])
    }

    func testAHandWrittenWorkbookWithInlineStringsAndNoStylesIsRead() throws {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let data = try XlsxPython.zip([
            ("xl/_rels/workbook.xml.rels", """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId7" Type="\(rels)/worksheet" Target="/xl/worksheets/data.xml"/></Relationships>
                """),
            ("xl/workbook.xml", """
                <x:workbook xmlns:x="\(main)" xmlns:r="\(rels)"><x:sheets><x:sheet name="Data" sheetId="3" r:id="rId7"/></x:sheets></x:workbook>
                """),
            ("xl/worksheets/data.xml", """
                <x:worksheet xmlns:x="\(main)"><x:sheetData>
                <x:row><x:c t="inlineStr"><x:is><x:t>Navn</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:r><x:t>Mo</x:t></x:r><x:r><x:t>bil</x:t></x:r></x:is></x:c>
                <x:c t="inlineStr"><x:is><x:t>Noter</x:t></x:is></x:c></x:row>
                <x:row><x:c t="inlineStr"><x:is><x:t>Bo Holm</x:t></x:is></x:c><x:c><x:v>20123456</x:v></x:c>
                <x:c t="str"><x:f>A2&amp;"_x005F_x0041_"</x:f><x:v>Bo Holm_x005F_x0041_</x:v></x:c></x:row>
                </x:sheetData></x:worksheet>
                """),
        ])
        let plan = try SpreadsheetImport.plan(.volunteers, data: data, register: Register(), now: F.now)
        XCTAssertEqual(plan.sheet, "Data")
        XCTAssertEqual(plan.rejected, [])
        let volunteers = try F.applied(plan).volunteers
        XCTAssertEqual(volunteers.map(\.name), ["Bo Holm"])
        XCTAssertEqual(volunteers.map(\.phones), [["+4520123456"]])
        XCTAssertEqual(volunteers.map(\.notes), ["Bo Holm_x0041_"], "the formula's value, its escape undone")
    }
}
