@testable import FrivilligApp
@testable import FrivilligText
import XCTest

final class LocalizationTests: XCTestCase {
    func testGeneratedTablesMatchResources() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("scripts/gen-l10n.py").path, "--check"]
        let err = Pipe()
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 0, "run python3 scripts/gen-l10n.py: \(message)")
    }

    func testEveryKeyHasATextInBothLanguages() {
        for key in TextKey.allCases {
            XCTAssertNotNil(Localizer.daTable[key], key.rawValue)
            XCTAssertNotNil(Localizer.enTable[key], key.rawValue)
        }
    }

    /// "aftale(r)" reads as a form nobody finished; a count names its noun in the form
    /// the number needs, through a `.one`/`.other` pair.
    func testNoTextHedgesAPlural() {
        let hedges = ["(r)", "(er)", "(e)", "(s)", "(es)"]
        for (language, table) in [("da", Localizer.daTable), ("en", Localizer.enTable)] {
            for (key, text) in table where hedges.contains(where: text.contains) {
                XCTFail("\(language) \(key.rawValue) hedges a plural: \(text); make it a .one/.other pair")
            }
        }
    }

    func testCountsTakeTheFormTheirNumberNeeds() {
        let da = Localizer(.da), en = Localizer(.en)
        XCTAssertEqual(da.count(.tuiDeleteAgreements, 1), "Også 1 aftale slettes.")
        XCTAssertEqual(da.count(.tuiDeleteAgreements, 2), "Også 2 aftaler slettes.")
        XCTAssertEqual(da.count(.countVolunteers, 0), "0 frivillige")
        XCTAssertEqual(en.count(.countEvents, 1), "1 recognition event")
        XCTAssertEqual(en.count(.countEvents, 3), "3 recognition events")
    }

    /// `l10n.field("…")` shows the name itself when no table knows it, so every name the
    /// sources ask for must have a label: a typo fails here instead of showing raw.
    func testEveryFieldNameTheSourcesAskForHasALabel() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources").standardized
        let pattern = try NSRegularExpression(pattern: #"\.field\("([A-Za-z.-]+)"\)"#)
        var names: Set<String> = []
        for case let path as String in FileManager.default.enumerator(atPath: root.path)! where path.hasSuffix(".swift") {
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                names.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        XCTAssertGreaterThan(names.count, 20, "the scan found too few calls to mean anything")
        for name in names.sorted() {
            XCTAssertNotEqual(Localizer(.da).field(name), name, "no label for field \"\(name)\"")
        }
    }

    func testLanguageChoice() {
        XCTAssertEqual(Language.resolve(flag: nil, environment: [:]), .da)
        XCTAssertEqual(Language.resolve(flag: nil, environment: ["LANG": "C"]), .da)
        XCTAssertEqual(Language.resolve(flag: nil, environment: ["LANG": "POSIX"]), .da)
        XCTAssertEqual(Language.resolve(flag: nil, environment: ["LANG": "en_US.UTF-8"]), .en)
        XCTAssertEqual(Language.resolve(flag: nil, environment: ["LANG": "en_US.UTF-8", "LC_ALL": "da_DK.UTF-8"]), .da)
        XCTAssertEqual(Language.resolve(flag: "en", environment: ["LANG": "da_DK.UTF-8"]), .en)
    }

    func testArgumentsAreFilledIn() {
        let da = Localizer(.da)
        XCTAssertEqual(da(.cliIceNone, "x"), "Ingen frivillige matcher »x«.")
        XCTAssertEqual(Localizer(.en)(.cliIceNone, "x"), "No volunteer matches \"x\".")
    }

    /// Arguments are user data: a name holding `{1}` must come out as typed, and a
    /// place without an argument, or a brace that is no place, stays as written.
    func testArgumentsAreFilledInOnePass() {
        XCTAssertEqual(Localizer.fill("{0} og {1}, {0}", ["Søren {1}", "Åse"]), "Søren {1} og Åse, Søren {1}")
        XCTAssertEqual(Localizer.fill("{2} {x} {} {0", ["a"]), "{2} {x} {} {0")
        XCTAssertEqual(Localizer.fill("ærø {0}æ", ["ø"]), "ærø øæ")
        XCTAssertEqual(Localizer(.da)(.cliIceNone, "{0}"), "Ingen frivillige matcher »{0}«.")
    }
}
