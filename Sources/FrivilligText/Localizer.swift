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
        var out = table[key] ?? key.rawValue
        for (i, argument) in arguments.enumerated() {
            out = out.replacingOccurrences(of: "{\(i)}", with: argument)
        }
        return out
    }
}
