/// The parts of a written workbook that do not depend on its rows: the content types,
/// the relationships, the workbook with its one sheet, and the styles the cells use.
enum XlsxFixedParts {
    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let officeTypes = "application/vnd.openxmlformats-officedocument.spreadsheetml"

    /// The cell styles, by their index in `cellXfs`.
    enum Style: Int {
        /// A number, in the general format (also every cell not written).
        case number = 0
        /// The header row: bold text.
        case header = 1
        /// A date, shown `dd-mm-yyyy` as the CSV export writes it.
        case date = 2
        /// Text, with the text number format (`@`), so that a phone number retyped in
        /// the cell in Excel stays text.
        case text = 3
    }

    static let contentTypes = header + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="\(officeTypes).sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="\(officeTypes).worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="\(officeTypes).styles+xml"/>\
        <Override PartName="/xl/sharedStrings.xml" ContentType="\(officeTypes).sharedStrings+xml"/>\
        </Types>
        """

    static let packageRelationships = header + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationships)/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """

    static let workbookRelationships = header + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationships)/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="\(relationships)/styles" Target="styles.xml"/>\
        <Relationship Id="rId3" Type="\(relationships)/sharedStrings" Target="sharedStrings.xml"/>\
        </Relationships>
        """

    /// The workbook with its one sheet, `name` already escaped.
    static func workbook(sheet name: String) -> String {
        header + """
            <workbook xmlns="\(main)" xmlns:r="\(relationships)">\
            <workbookPr/><bookViews><workbookView/></bookViews>\
            <sheets><sheet name="\(name)" sheetId="1" r:id="rId1"/></sheets></workbook>
            """
    }

    static let styles = header + """
        <styleSheet xmlns="\(main)">\
        <numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/></numFmts>\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
        <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="4">\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        </cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """
}
