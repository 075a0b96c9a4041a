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
        String(decoding: plainBytes(text), as: UTF8.self)
    }

    /// The plain fold as UTF-8 bytes, which is what searching compares. ASCII and the
    /// Danish letters take a fast path; other letters are lowercased and stripped of
    /// accents through Unicode's decomposition.
    public static func plainBytes(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append(v >= 65 && v <= 90 ? UInt8(v + 32) : UInt8(v))
                continue
            }
            switch scalar {
            case "æ", "Æ", "ä", "Ä": out.append(contentsOf: [0x61, 0x65])
            case "ø", "Ø", "ö", "Ö": out.append(contentsOf: [0x6F, 0x65])
            case "å", "Å": out.append(contentsOf: [0x61, 0x61])
            case "ß": out.append(contentsOf: [0x73, 0x73])
            default:
                for s in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
                where s.properties.generalCategory != .nonspacingMark {
                    out.append(contentsOf: UTF8.encode(s)!)
                }
            }
        }
        return out
    }

    private static func asciiLowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        return v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : scalar
    }

    public static func collapsed(plain: String) -> String {
        String(decoding: collapsedBytes(plain: Array(plain.utf8)), as: UTF8.self)
    }

    /// The collapsed fold of plain-folded bytes. Working on bytes gives the same result
    /// as on letters: the digraphs are ASCII, and no byte of a longer UTF-8 sequence is.
    public static func collapsedBytes(plain: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(plain.count)
        var previous: UInt8 = 0
        for byte in plain {
            if (previous == 0x61 && (byte == 0x65 || byte == 0x61)) || (previous == 0x6F && byte == 0x65) {
                previous = 0
                continue
            }
            out.append(byte)
            previous = byte
        }
        return out
    }

    public static func digits(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.isASCII && ("0"..."9").contains($0) }.map(Character.init))
    }

    /// A key that sorts names the Danish way: æ, ø, å after z.
    public static func sortKey(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        }
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
