import Foundation

/// The workbook's table of strings (`xl/sharedStrings.xml`), which text cells point into
/// by index (`<c t="s"><v>3</v></c>`).
///
/// An entry is plain (`<si><t>…</t></si>`) or rich text in runs (`<r><t>…</t></r>`), whose
/// texts are joined; phonetic guides (`<rPh>`) are not part of the text.
struct XlsxSharedStrings {
    let strings: [String]

    static let empty = XlsxSharedStrings(strings: [])

    private init(strings: [String]) {
        self.strings = strings
    }

    init(_ data: Data, part: String) throws(XlsxProblem) {
        var strings: [String] = []
        var current = "", inText = false, phonetic = 0
        let read = XlsxXMLScanner.scan(data, start: { name, _ in
            switch name {
            case "si": current = ""
            case "t": inText = phonetic == 0
            case "rPh": phonetic += 1
            default: break
            }
        }, end: { name in
            switch name {
            case "si": strings.append(XlsxText.decoded(current))
            case "t": inText = false
            case "rPh": phonetic -= 1
            default: break
            }
        }, text: { text in
            if inText { current += text }
        })
        guard read else { throw .damaged(part: part) }
        self.strings = strings
    }
}
