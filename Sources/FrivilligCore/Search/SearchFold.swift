import Foundation

/// Danish-aware folding, so that `soren`, `søren` and `soeren` all find Søren.
///
/// Text is folded two ways. The *plain* fold lowercases, spells æ ø å as ae oe aa and
/// drops other accents ("Søren" → "soeren"). The *collapsed* fold then also reads the
/// digraphs ae, oe and aa as one letter ("soeren" → "soren", "aegir" → "agir"), which is
/// how people type Danish names on a keyboard without the letters. A query matches when
/// either fold of it is found in the same fold of the text; the plain fold keeps
/// substrings like "el" in "Michael" findable, the collapsed one bridges the spellings.
public enum SearchFold {
    public static func plain(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                out.append(asciiLowercased(scalar))
                continue
            }
            switch scalar {
            case "æ", "Æ", "ä", "Ä": out.append(contentsOf: "ae".unicodeScalars)
            case "ø", "Ø", "ö", "Ö": out.append(contentsOf: "oe".unicodeScalars)
            case "å", "Å": out.append(contentsOf: "aa".unicodeScalars)
            case "ß": out.append(contentsOf: "ss".unicodeScalars)
            default:
                for s in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
                where s.properties.generalCategory != .nonspacingMark {
                    out.append(s)
                }
            }
        }
        return String(out)
    }

    private static func asciiLowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        return v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : scalar
    }

    /// The plain fold with the digraphs ae, oe and aa read as a, o and a.
    public static func collapsed(plain: String) -> String {
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in plain.unicodeScalars {
            if let p = previous, (p == "a" && (scalar == "e" || scalar == "a")) || (p == "o" && scalar == "e") {
                previous = nil
                continue
            }
            out.append(scalar)
            previous = scalar
        }
        return String(out)
    }

    /// Digits only, for matching phone numbers typed with spaces or a `+45`.
    public static func digits(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.isASCII && ("0"..."9").contains($0) }.map(Character.init))
    }

    /// A key that sorts names the Danish way: æ, ø, å after z.
    public static func sortKey(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                out.append(asciiLowercased(scalar))
                continue
            }
            let lowered = Unicode.Scalar(String(scalar).lowercased()) ?? scalar
            switch lowered {
            case "æ", "ä": out.append("\u{7B}")
            case "ø", "ö": out.append("\u{7C}")
            case "å": out.append("\u{7D}")
            default:
                for s in String(lowered).decomposedStringWithCanonicalMapping.unicodeScalars
                where s.properties.generalCategory != .nonspacingMark {
                    out.append(s)
                }
            }
        }
        return String(out)
    }
}
