@testable import frivillig
import ArgumentParser
import Foundation
import FrivilligText
import XCTest

/// `frivillig --help` and every command's help speak the program's language: Danish by
/// default (also under LANG=C.UTF-8), English with `--lang en` or an English LANG. The
/// commands are walked from the root's subcommands, so a command added without Danish
/// help fails here.
final class CLIHelpLanguageTests: XCTestCase {
    private let cLocale = ["LANG": "C.UTF-8"]
    private let englishLocale = ["LANG": "en_GB.UTF-8"]

    func testEveryCommandsHelpIsDanishByDefaultAndEnglishWhenAsked() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let paths = commandPaths(below: Frivillig.self)
        XCTAssertGreaterThan(paths.count, 25, "the walk found too few commands")
        for path in paths {
            let name = (["frivillig"] + path).joined(separator: " ")
            let danish = try help(cli, path + ["--help"], env: cLocale)
            let english = try help(cli, path + ["--lang", "en", "--help"], env: cLocale)
            XCTAssertEqual(try help(cli, path + ["--help"], env: englishLocale), english, "\(name) --help under LANG=en_GB.UTF-8")
            XCTAssertEqual(try help(cli, path + ["--lang=en", "--help"], env: cLocale), english, "\(name) --lang=en --help")
            assertDanish(danish, english: english, of: path)
        }
    }

    func testHelpSubcommandSpeaksTheSameLanguage() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let danish = try help(cli, ["help", "erase"], env: cLocale)
        XCTAssertEqual(danish, try help(cli, ["erase", "--help"], env: cLocale))
        XCTAssertTrue(danish.hasPrefix("OVERVIEW: " + Localizer(.da)(.usageEraseAbstract).prefix(40)), danish)
        let english = try help(cli, ["--lang", "en", "help", "erase"], env: cLocale)
        XCTAssertEqual(english, try help(cli, ["erase", "--lang", "en", "--help"], env: cLocale))
        XCTAssertEqual(try help(cli, ["help", "erase"], env: englishLocale), english)
        assertDanish(danish, english: english, of: ["erase"])
    }

    func testLangFlagWinsOverTheLocale() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        XCTAssertEqual(try help(cli, ["--lang", "da", "--help"], env: englishLocale), try help(cli, ["--help"], env: cLocale))
        XCTAssertEqual(try help(cli, ["ice", "--help"], env: ["LANG": "en_GB.UTF-8", "LC_ALL": "da_DK.UTF-8"]),
                       try help(cli, ["ice", "--help"], env: cLocale))
    }

    /// The parser wraps help before its own words are translated, so a longer word
    /// would push a full line past the screen's edge.
    func testParserWordsAreNoLongerInAnyLanguage() {
        for key in HelpText.parserWords {
            for language in Language.allCases {
                XCTAssertLessThanOrEqual(Localizer(language)(key).count, Localizer(.en)(key).count, "\(key) in \(language)")
            }
        }
    }

    /// Each text of the Danish help (the abstract, the discussion, every argument's, option's
    /// and subcommand's help) is the da file's text of the key whose en text stands in the
    /// same place of the English help, and differs from it; no English text is left.
    private func assertDanish(_ danish: String, english: String, of path: [String]) {
        let name = (["frivillig"] + path).joined(separator: " ")
        let key = "usage." + (path.isEmpty ? ["frivillig"] : path).joined(separator: ".") + ".abstract"
        let da = HelpScreen(danish), en = HelpScreen(english)
        if let abstract = TextKey(rawValue: key) {
            XCTAssertEqual(da.abstract, normalised(Localizer(.da)(abstract)), name)
            XCTAssertEqual(en.abstract, normalised(Localizer(.en)(abstract)), name)
        } else {
            XCTFail("\(name) has no \(key) in Resources/l10n/*/help-*.txt")
        }
        XCTAssertEqual(da.texts.count, en.texts.count, "\(name): the Danish and English help differ in shape\n\(danish)\n\(english)")
        for (d, e) in zip(da.texts, en.texts) {
            XCTAssertNotEqual(d, e, "\(name): the Danish help still says »\(e)«")
            let keys = helpKeys(saying: d, in: .da).intersection(helpKeys(saying: e, in: .en))
            XCTAssertFalse(keys.isEmpty, "\(name): »\(d)« is not the da text of the key that says »\(e)«")
        }
        let danishText = normalised(danish)
        for e in en.texts where danishText.contains(e) {
            XCTFail("\(name): the Danish help contains the English »\(e)«")
        }
    }

    private func help(_ cli: CLIRunner, _ args: [String], env: [String: String]) throws -> String {
        let result = try cli.run(args, env: env, useStoreFlag: false)
        XCTAssertEqual(result.status, 0, "frivillig \(args.joined(separator: " ")): \(result.stderr)")
        return result.stdout
    }

    /// Every command below `command`, as the words that name it (`["export", "csv"]`),
    /// the root itself first.
    private func commandPaths(below command: ParsableCommand.Type, at path: [String] = []) -> [[String]] {
        [path] + command.configuration.subcommands.flatMap { sub in
            commandPaths(below: sub, at: path + [sub.configuration.commandName ?? "?"])
        }
    }

    /// The help keys whose text in `language` is `text`, a `{0}` standing for any words,
    /// with or without the parser's "(default: …)" or "(values: …)" after it.
    private func helpKeys(saying text: String, in language: Language) -> Set<TextKey> {
        let l10n = Localizer(language)
        let parserSuffixes = ["", " " + l10n(.usageParserDefault) + " {0})", " " + l10n(.usageParserValues) + " {0})"]
        return Set(TextKey.allCases.filter { key in
            key.rawValue.hasPrefix("usage.")
                && parserSuffixes.contains { matches(text, template: normalised(l10n(key)) + $0) }
        })
    }

    private func matches(_ text: String, template: String) -> Bool {
        let placeholder = try! NSRegularExpression(pattern: "\\{[0-9]+\\}")
        let whole = NSRange(template.startIndex..., in: template)
        var pattern = "^", last = template.startIndex
        for match in placeholder.matches(in: template, range: whole) {
            let range = Range(match.range, in: template)!
            pattern += NSRegularExpression.escapedPattern(for: String(template[last..<range.lowerBound])) + ".+"
            last = range.upperBound
        }
        pattern += NSRegularExpression.escapedPattern(for: String(template[last...])) + "$"
        return text.range(of: pattern, options: .regularExpression) != nil
    }
}

/// The texts of one help screen as swift-argument-parser lays it out, with the line
/// breaks of its wrapping taken out: the abstract, the discussion, each argument's,
/// option's and subcommand's help (after its label), and the closing "See '…'" line.
private struct HelpScreen {
    private(set) var abstract = ""
    private(set) var texts: [String] = []

    init(_ output: String) {
        enum Part { case overview, usage, section, between }
        var part = Part.between
        var paragraphs: [String] = []
        for line in output.components(separatedBy: "\n") {
            if line.hasPrefix("OVERVIEW: ") {
                part = .overview
                paragraphs = [String(line.dropFirst("OVERVIEW: ".count))]
            } else if line.hasPrefix("USAGE: ") {
                part = .usage
            } else if line.isEmpty {
                if part == .overview { paragraphs.append("") } else { part = .between }
            } else if line.last == ":", line.dropLast().allSatisfy({ $0.isUppercase || $0 == " " }) {
                part = .section
            } else {
                switch part {
                case .overview: paragraphs[paragraphs.count - 1] += " " + line
                case .usage: break
                case .section where line.hasPrefix("   "): texts[texts.count - 1] += " " + line
                case .section: texts.append(Self.afterLabel(line))
                case .between: texts.append(line)
                }
            }
        }
        let overview = paragraphs.map(normalised).filter { !$0.isEmpty }
        abstract = overview.first ?? ""
        texts = overview + texts.map(normalised)
    }

    /// What follows an argument's or option's label on its line: the parser starts the
    /// help in column 26, or on the next line when the label reaches that column.
    private static func afterLabel(_ line: String) -> String {
        let characters = Array(line), column = 26
        guard characters.count > column, characters[column - 1] == " ",
              characters[column] != " ", characters[column] != "<" else { return "" }
        return String(characters[column...])
    }
}

/// `text` with every run of spaces and line breaks as one space, as help wraps it.
private func normalised(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
}
