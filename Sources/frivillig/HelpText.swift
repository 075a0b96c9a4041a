import ArgumentParser
import Foundation
import FrivilligApp

/// The language of `--help`, and the help texts in it, for every command.
///
/// swift-argument-parser reads a command's `configuration` and builds each option's
/// `ArgumentHelp` while it parses, before any command holds its options, so the language
/// cannot come from `GlobalOptions`. It is decided once, from the program's own arguments
/// (`--lang X` or `--lang=X`) and the environment, by the same `Language.resolve` that
/// decides it for every other text; the texts live in Resources/l10n/*/help-*.txt.
enum HelpText {
    /// The name of the option that chooses the language, as `GlobalOptions` declares it.
    static let languageOption = "lang"

    /// The texts of the language help is shown in.
    static let l10n = Localizer(Language.resolve(
        flag: languageFlag(in: Array(CommandLine.arguments.dropFirst())),
        environment: ProcessInfo.processInfo.environment))

    /// An option's or argument's help, with its value's placeholder (`<dato>`) when it has one.
    static func help(_ key: TextKey, value: TextKey? = nil) -> ArgumentHelp {
        ArgumentHelp(l10n(key), valueName: value.map { l10n($0) })
    }

    /// An option's help whose placeholder lists its values (`<3|4>`), the same in every
    /// language: for options whose values the parser does not list itself.
    static func help(_ key: TextKey, values: String) -> ArgumentHelp {
        ArgumentHelp(l10n(key), valueName: values)
    }

    /// An option's help whose placeholder lists the values of `Values` (`<da|en>`).
    static func help<Values: CaseIterable & RawRepresentable>(_ key: TextKey, valuesOf _: Values.Type) -> ArgumentHelp
        where Values.RawValue == String {
        help(key, values: Values.allCases.map(\.rawValue).joined(separator: "|"))
    }

    /// The value of the last `--lang` before a `--` that ends the options, as the parser
    /// will read it; nil when there is none.
    static func languageFlag(in arguments: [String]) -> String? {
        let long = "--" + languageOption
        var flag: String?
        var rest = arguments[...]
        while let argument = rest.popFirst(), argument != "--" {
            if argument == long {
                flag = rest.first ?? flag
            } else if argument.hasPrefix(long + "=") {
                flag = String(argument.dropFirst(long.count + 1))
            }
        }
        return flag
    }

    /// The words the parser writes into help itself (the help and version options,
    /// "(default:", "(values:", the line pointing to a subcommand's help), in the chosen
    /// language. The English texts are the parser's words exactly, so English is left as
    /// it is; the others are no longer, so the parser's line breaks still fit the screen.
    static func parserWordsTranslated(_ help: String) -> String {
        let parser = Localizer(.en)
        return help.components(separatedBy: "\n").map { line in
            (parserWords + [.usageParserSeeSubcommand]).reduce(line) { line, key in
                translated(line, from: parser(key), to: l10n(key))
            }
        }.joined(separator: "\n")
    }

    /// The parser's words inside the text it wraps, which a translation must not make
    /// longer; the "See '…'" line stands alone and is not wrapped.
    static let parserWords: [TextKey] = [.usageParserHelp, .usageParserVersion, .usageParserDefault, .usageParserValues]

    /// `line` with the parser's `words` in the chosen language; words with a `{0}` (the
    /// command named in "See '…' for detailed help.") match the whole line after its indent.
    private static func translated(_ line: String, from words: String, to translation: String) -> String {
        let parts = words.components(separatedBy: "{0}")
        guard parts.count == 2 else { return line.replacingOccurrences(of: words, with: translation) }
        let indent = line.prefix { $0 == " " }
        let text = line.dropFirst(indent.count)
        guard text.hasPrefix(parts[0]), text.hasSuffix(parts[1]),
              text.count >= parts[0].count + parts[1].count else { return line }
        let named = text.dropFirst(parts[0].count).dropLast(parts[1].count)
        return indent + translation.replacingOccurrences(of: "{0}", with: named)
    }
}
