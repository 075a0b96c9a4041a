import Foundation

/// Which cell styles of a workbook show a number as a date.
///
/// A date cell is a number whose style (`s`, an index into `cellXfs`) has a date format:
/// one of the built-in ids 14–22, or a workbook's own format code with a day, month or
/// year in it (`dd-mm-yyyy`, `d. mmmm yyyy`), quoted text and `[…]` sections aside.
struct XlsxStyles {
    /// For each `cellXfs` index, whether it is a date style.
    private let dateStyles: [Bool]

    static let empty = XlsxStyles(dateStyles: [])

    private init(dateStyles: [Bool]) {
        self.dateStyles = dateStyles
    }

    init(_ data: Data, part: String) throws(XlsxProblem) {
        var codes: [Int: String] = [:]
        var formats: [Int] = []
        var inCellXfs = false
        let read = XlsxXMLScanner.scan(data, start: { name, attributes in
            switch name {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { codes[id] = code }
            case "cellXfs":
                inCellXfs = true
            case "xf" where inCellXfs:
                formats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
            default:
                break
            }
        }, end: { name in
            if name == "cellXfs" { inCellXfs = false }
        })
        guard read else { throw .damaged(part: part) }
        dateStyles = formats.map { id in codes[id].map(XlsxStyles.isDateCode) ?? (14...22).contains(id) }
    }

    /// Whether cells of style `index` are dates.
    func isDate(style index: Int) -> Bool {
        index >= 0 && index < dateStyles.count && dateStyles[index]
    }

    /// Whether a format code shows a date: a `d` or `y`, or an `m` with neither `h` nor
    /// `s` (then it is months, not minutes), outside quotes, `[…]` and escaped characters.
    static func isDateCode(_ code: String) -> Bool {
        let section = code.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        var letters = Set<Character>()
        var quoted = false, bracketed = false, escaped = false
        for ch in section {
            if escaped { escaped = false; continue }
            switch ch {
            case "\"": quoted.toggle()
            case "[" where !quoted: bracketed = true
            case "]" where !quoted: bracketed = false
            case "\\" where !quoted: escaped = true
            default:
                if !quoted && !bracketed { letters.insert(Character(ch.lowercased())) }
            }
        }
        if letters.contains("d") || letters.contains("y") { return true }
        return letters.contains("m") && !letters.contains("h") && !letters.contains("s")
    }
}
