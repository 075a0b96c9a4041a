/// Phone numbers as the coordinator will dial them.
///
/// Stored in one form (`+45` and 8 digits, or `+` and 6–15 digits abroad) so that search,
/// duplicate detection and export never have to guess what "20 12 34 56" means.
public enum Phone {
    /// Normalises what people type (spaces, dots, dashes, brackets, `0045`, `+45`);
    /// nil when it is not a number we can dial.
    public static func normalise(_ text: String) -> String? {
        var s = text.trimmingWhitespace
        guard !s.isEmpty else { return nil }
        s.removeAll { $0 == " " || $0 == "." || $0 == "-" || $0 == "(" || $0 == ")" || $0 == "\u{00A0}" }
        var international = false
        if s.hasPrefix("+") {
            international = true
            s.removeFirst()
        } else if s.hasPrefix("00") {
            international = true
            s.removeFirst(2)
        }
        guard !s.isEmpty, s.allSatisfy(\.isASCIIDigit) else { return nil }
        if international {
            if s.hasPrefix("45") {
                let national = String(s.dropFirst(2))
                return isDanishNational(national) ? "+45" + national : nil
            }
            return (6...15).contains(s.count) ? "+" + s : nil
        }
        return isDanishNational(s) ? "+45" + s : nil
    }

    private static func isDanishNational(_ digits: String) -> Bool {
        digits.count == 8 && digits.first.map { ("2"..."9").contains($0) } == true
    }

    /// `+45 20 12 34 56` for Danish numbers, the stored form otherwise.
    public static func display(_ stored: String) -> String {
        let bytes = Array(stored.utf8)
        if bytes.count == 11, bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            guard bytes[0] == UInt8(ascii: "+"), bytes[1] == UInt8(ascii: "4"), bytes[2] == UInt8(ascii: "5") else { return stored }
            var out: [UInt8] = Array(bytes[0..<3])
            for i in stride(from: 3, to: 11, by: 2) { out += [0x20, bytes[i], bytes[i + 1]] }
            return String(decoding: out, as: UTF8.self)
        }
        guard stored.hasPrefix("+45"), stored.count == 11 else { return stored }
        let d = Array(stored.dropFirst(3))
        return "+45 " + [0, 2, 4, 6].map { String(d[$0..<$0 + 2]) }.joined(separator: " ")
    }

    /// The digits a search compares against: national digits for Danish numbers.
    public static func searchDigits(_ stored: String) -> String {
        let digits = stored.utf8.allSatisfy({ $0 < 0x80 })
            ? String(decoding: stored.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }, as: UTF8.self)
            : stored.filter(\.isASCIIDigit)
        return stored.hasPrefix("+45") ? String(digits.dropFirst(2)) : digits
    }
}
