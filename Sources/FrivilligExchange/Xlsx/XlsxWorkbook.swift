import Foundation

/// What `xl/workbook.xml` and its relationships say: the sheets in tab order with the
/// part each is in, where the shared strings and styles are, and the date system.
struct XlsxWorkbook {
    struct Sheet {
        let name: String
        let part: String
    }

    let sheets: [Sheet]
    let dateSystem: XlsxDateSystem
    let sharedStringsPart: String?
    let stylesPart: String?

    static let part = "xl/workbook.xml"
    private static let relationshipsPart = "xl/_rels/workbook.xml.rels"

    init(_ package: inout XlsxPackage) throws(XlsxProblem) {
        var targets: [String: String] = [:]
        var sharedStrings: String?, styles: String?
        let rels = try package.required(XlsxWorkbook.relationshipsPart)
        let relsRead = XlsxXMLScanner.scan(rels, start: { name, attributes in
            guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"],
                  attributes["TargetMode"] != "External" else { return }
            let path = XlsxWorkbook.resolve(target)
            targets[id] = path
            let type = attributes["Type"] ?? ""
            if type.hasSuffix("/sharedStrings") { sharedStrings = path }
            if type.hasSuffix("/styles") { styles = path }
        })
        guard relsRead else { throw .damaged(part: XlsxWorkbook.relationshipsPart) }
        var sheets: [Sheet] = []
        var system = XlsxDateSystem.from1900
        let workbook = try package.required(XlsxWorkbook.part)
        let workbookRead = XlsxXMLScanner.scan(workbook, start: { name, attributes in
            switch name {
            case "workbookPr":
                if ["1", "true"].contains(attributes["date1904"] ?? "") { system = .from1904 }
            case "sheet":
                if let sheetName = attributes["name"], let id = attributes["id"], let part = targets[id] {
                    sheets.append(Sheet(name: sheetName, part: part))
                }
            default:
                break
            }
        })
        guard workbookRead else { throw .damaged(part: XlsxWorkbook.part) }
        self.sheets = sheets
        dateSystem = system
        sharedStringsPart = sharedStrings
        stylesPart = styles
    }

    /// A relationship's target as a path in the zip: relative to `xl/`, or absolute
    /// from the zip's root when it starts with `/`.
    private static func resolve(_ target: String) -> String {
        var parts = target.hasPrefix("/") ? [] : ["xl"]
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }
}
