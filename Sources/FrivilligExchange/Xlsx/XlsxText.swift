/// Text as the cells of a workbook hold it.
///
/// XML 1.0 cannot hold most control characters, so Excel writes them as `_x0007_` (and a
/// literal `_x0041_` in the text with its underscore escaped, `_x005F_x0041_`). The writer
/// escapes the same way; the reader undoes it, so a cell means the same in and out.
enum XlsxText {
    /// The text with `_xHHHH_` escapes turned back into their characters.
    static func decoded(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if let scalar = escape(at: i, in: scalars) {
                out.append(scalar)
                i += 7
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The text as a cell's XML holds it: control characters (and any `_xHHHH_` already
    /// there) escaped, then `&`, `<`, `>` and `"` as entities. A CR is escaped too, since
    /// an XML reader turns a literal one into LF; tab and LF are kept.
    static func escaped(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for (i, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "_" where escape(at: i, in: scalars) != nil: out += "_x005F_"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "_x" + hex(scalar.value) + "_"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// The character a `_xHHHH_` at `i` stands for.
    private static func escape(at i: Int, in scalars: [Unicode.Scalar]) -> Unicode.Scalar? {
        guard i + 6 < scalars.count, scalars[i] == "_", scalars[i + 1] == "x", scalars[i + 6] == "_" else { return nil }
        var value: UInt32 = 0
        for scalar in scalars[(i + 2)...(i + 5)] {
            guard let digit = hexDigit(scalar) else { return nil }
            value = value * 16 + digit
        }
        return Unicode.Scalar(value)
    }

    private static func hexDigit(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": return scalar.value - 0x30
        case "a"..."f": return scalar.value - 0x61 + 10
        case "A"..."F": return scalar.value - 0x41 + 10
        default: return nil
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
