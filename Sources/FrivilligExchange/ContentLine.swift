/// Text rules shared by vCard (RFC 6350, RFC 2426) and iCalendar (RFC 5545): both are
/// "content lines" of `NAME;PARAMS:VALUE`, ended by CRLF, folded at 75 octets, with the
/// same escaping of TEXT values. Kept in one place so the two exports cannot drift apart.
public enum ContentLine {
    /// Escapes a TEXT value: backslash, comma, semicolon and line breaks. A CR LF pair or a
    /// lone CR becomes one `\n`, since both formats only know the one line break.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ",": out += "\\,"
            case ";": out += "\\;"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Folds one logical line into physical lines of at most 75 octets each (CRLF not
    /// counted), continuation lines starting with a space, and ends it with CRLF. Cuts only
    /// between UTF-8 sequences, so a folded "ø" is never split in half.
    public static func fold(_ line: String) -> String {
        var out = ""
        var octets = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > limit {
                out += "\r\n "
                octets = 0
                limit = 74
            }
            out.unicodeScalars.append(scalar)
            octets += size
        }
        return out + "\r\n"
    }
}
