/// What a text may hold before it is stored, whichever way it comes in (a command, a form,
/// a spreadsheet), and what `RegisterCheck` holds stored text to.
///
/// Two kinds of value are refused. Characters that act on a terminal or change what is
/// shown: controls, bidi overrides and isolates, and line breaks where a field is one line;
/// screens show them as placeholders, but a name should never need one. And CPR numbers,
/// which this register must not keep (DANISH-RULES.md, databeskyttelsesloven §11), in any
/// field but a phone number, where ten digits are a number to dial.
///
/// A field's key decides its shape, so the command line, the forms, the import and
/// `check` cannot disagree about one field.
public enum TextRules {
    public enum Shape: Sendable {
        /// Names, e-mail, titles, list items: no line break, no tab.
        case oneLine
        /// Notes and longer texts: line breaks and tabs are kept.
        case multiLine
        /// A phone number: one line, and ten digits are allowed.
        case phone
    }

    /// The fields whose text may run over several lines: those the spreadsheet import and
    /// export carry with their line breaks (notes, guidelines, availability, addresses),
    /// and the longer texts of agreements and events that the welcome letter and the
    /// exports print as they are. Keys are the ones forms, commands and `check` use;
    /// `availability` is the import's name for the form's `availability-note`.
    static let multiLineFields: Set<String> = [
        "notes", "guidelines", "address", "availability", "availability-note", "description",
        "allowed-tasks", "forbidden-tasks", "expenses", "child-note", "criminal-note",
    ]

    static let phoneFields: Set<String> = ["phone", "emergency-phone"]

    /// The fields whose values are items of a list (`skill` is the command line's name).
    /// An item holds no `,` or `;`: the form splits what is typed at them and the
    /// spreadsheet import splits a cell at them, so an item "sy; strik" could only come
    /// back as two. Refused where it is typed, rather than escaped in the sheet, because
    /// a coordinator reading or editing the cell sees two skills there too.
    static let listItemFields: Set<String> = ["skill", "skills", "interest", "interests", "tag", "tags"]

    /// The shape of a field by its key; a row number (`emergency-phone.2` in a form,
    /// `emergency-phone-2` in the import) does not change it. Unknown keys are one line,
    /// the strictest shape.
    public static func shape(ofField field: String) -> Shape {
        let key = baseKey(field)
        if phoneFields.contains(key) { return .phone }
        return multiLineFields.contains(key) ? .multiLine : .oneLine
    }

    /// Why `text` may not be stored as the value of `field`, or nil when it may. An item
    /// of a list field (`listItemFields`) is checked one item at a time.
    public static func violation(in text: String, field: String) -> TextViolation? {
        let shape = shape(ofField: field)
        if let refused = characterViolation(in: text, shape: shape) { return refused }
        if listItemFields.contains(baseKey(field)), let separator = text.first(where: { $0 == "," || $0 == ";" }) {
            return .listSeparator(separator)
        }
        guard shape != .phone, let cpr = cprNumber(in: text) else { return nil }
        return .cprNumber(cpr)
    }

    /// The first character `text` may not hold in a field of `shape`; CPR numbers aside.
    public static func characterViolation(in text: String, shape: Shape) -> TextViolation? {
        if text.utf8.allSatisfy({ (0x20 ..< 0x7F).contains($0) }) { return nil }
        for scalar in text.unicodeScalars {
            if let refused = refusal(of: scalar, multiLine: shape == .multiLine) { return refused }
        }
        return nil
    }

    private static func refusal(of scalar: Unicode.Scalar, multiLine: Bool) -> TextViolation? {
        switch scalar.value {
        case 0x20 ..< 0x7F, 0xA0 ..< 0x61C:
            return nil
        case 0x0A, 0x0D:
            return multiLine ? nil : .lineBreak
        case 0x09:
            return multiLine ? nil : .controlCharacter(scalar)
        case 0x2028, 0x2029:
            // Unicode's line and paragraph separators: no spreadsheet or terminal breaks
            // a line at them, so a multi-line text keeps its breaks as LF instead.
            return multiLine ? .controlCharacter(scalar) : .lineBreak
        case 0x00 ..< 0x20, 0x7F ..< 0xA0:
            return .controlCharacter(scalar)
        case 0x61C, 0x200E, 0x200F, 0x202A ... 0x202E, 0x2066 ... 0x2069:
            return .bidiControl(scalar)
        case 0xFFFD:
            return .invalidUTF8
        default:
            return nil
        }
    }

    /// The first CPR number in `text`, as written: ten digits, or six digits, a dash and
    /// four digits, with no digit right before or after, whose first six digits are a
    /// date (ddmmyy, in either century). Other runs of digits (a phone number, a postal
    /// code, 991399-1234) are left alone. Reads the UTF-8 bytes in place, because `check`
    /// runs it over every text of a large register.
    public static func cprNumber(in text: String) -> String? {
        guard text.utf8.count >= 10 else { return nil }
        if let found = text.utf8.withContiguousStorageIfAvailable(firstCPR) { return found }
        return firstCPR(Array(text.utf8))
    }

    private static func firstCPR<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> String? where Bytes.Index == Int {
        var start = bytes.startIndex
        while start < bytes.endIndex {
            guard isDigit(bytes[start]) else {
                start += 1
                continue
            }
            let end = digitRun(bytes, from: start)
            var found: Int?
            if end - start == 10 {
                found = end
            } else if end - start == 6, let dash = dashLength(bytes, at: end),
                      digitRun(bytes, from: end + dash) - (end + dash) == 4 {
                found = end + dash + 4
            }
            if let found, isDate(bytes[start ..< start + 6]) {
                return String(decoding: bytes[start ..< found], as: UTF8.self)
            }
            start = end
        }
        return nil
    }

    /// Where the run of digits starting at `start` ends.
    private static func digitRun<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, from start: Int) -> Int where Bytes.Index == Int {
        var end = start
        while end < bytes.endIndex && isDigit(bytes[end]) { end += 1 }
        return end
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (0x30 ... 0x39).contains(byte)
    }

    /// The length in bytes of a dash at `index`, or nil: the hyphen people type, and the
    /// dashes a word processor turns it into (U+2010 to U+2015, U+2212).
    private static func dashLength<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> Int? where Bytes.Index == Int {
        guard index < bytes.endIndex else { return nil }
        if bytes[index] == 0x2D { return 1 }
        guard index + 2 < bytes.endIndex, bytes[index] == 0xE2 else { return nil }
        let second = bytes[index + 1], third = bytes[index + 2]
        return (second == 0x80 && (0x90 ... 0x95).contains(third)) || (second == 0x88 && third == 0x92) ? 3 : nil
    }

    /// Whether six digits read as ddmmyy are a day of the 1900s or the 2000s.
    private static func isDate<Digits: Collection<UInt8>>(_ digits: Digits) -> Bool {
        let values = digits.map { Int($0) - 0x30 }
        let day = values[0] * 10 + values[1], month = values[2] * 10 + values[3], year = values[4] * 10 + values[5]
        return Day(year: 1900 + year, month: month, day: day) != nil || Day(year: 2000 + year, month: month, day: day) != nil
    }

    /// A key without its row number: `emergency-phone.2` and `emergency-phone-2` are
    /// `emergency-phone`.
    private static func baseKey(_ field: String) -> String {
        guard let last = field.lastIndex(where: { $0 == "." || $0 == "-" }),
              field.index(after: last) < field.endIndex,
              field[field.index(after: last)...].allSatisfy(\.isASCIIDigit) else { return field }
        return String(field[..<last])
    }
}
