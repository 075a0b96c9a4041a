import Foundation

/// Looks up interface texts in one language and fills in their `{0}`, `{1}` arguments.
///
/// The texts live in `Resources/l10n/<language>/*.txt`, one place per language; the
/// tables are generated into Swift so the program needs no resource files at run time.
public struct Localizer: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    public func callAsFunction(_ key: TextKey, _ arguments: CustomStringConvertible...) -> String {
        text(key, arguments.map(\.description))
    }

    /// A text naming a count, in the form the count needs: `{0}` is the count, and the
    /// other arguments follow as `{1}`, `{2}`. Danish and English both take the singular
    /// for exactly one and the plural otherwise (0 aftaler, 1 aftale, 2 aftaler).
    public func count(_ key: PluralKey, _ count: Int, _ arguments: CustomStringConvertible...) -> String {
        text(count == 1 ? key.one : key.other, [String(count)] + arguments.map(\.description))
    }

    public func text(_ key: TextKey, _ arguments: [String]) -> String {
        let table = language == .da ? Localizer.daTable : Localizer.enTable
        let template = table[key] ?? key.rawValue
        return arguments.isEmpty ? template : Localizer.fill(template, arguments)
    }

    /// `template` with each `{n}` replaced by `arguments[n]`, in one pass: an argument
    /// that itself holds `{1}` stays as it is. A pass of `replacingOccurrences` per
    /// argument cost microseconds a text, which the overview's thousands of rows felt.
    static func fill(_ template: String, _ arguments: [String]) -> String {
        let bytes = template.utf8
        var out = ""
        out.reserveCapacity(bytes.count + 16)
        var copied = bytes.startIndex, i = bytes.startIndex
        while i < bytes.endIndex {
            guard bytes[i] == UInt8(ascii: "{") else {
                i = bytes.index(after: i)
                continue
            }
            var j = bytes.index(after: i), n = 0, digits = 0
            while j < bytes.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[j]), digits < 3 {
                n = n * 10 + Int(bytes[j] - UInt8(ascii: "0"))
                digits += 1
                j = bytes.index(after: j)
            }
            if digits > 0, j < bytes.endIndex, bytes[j] == UInt8(ascii: "}"), n < arguments.count {
                out += template[copied..<i]
                out += arguments[n]
                i = bytes.index(after: j)
                copied = i
            } else {
                i = bytes.index(after: i)
            }
        }
        out += template[copied...]
        return out
    }
}
