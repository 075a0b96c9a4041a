import Foundation
import XCTest

/// One rule for text, whichever way it comes in: `add volunteer`, `log-event` and
/// `import` refuse the same values with a message naming the field, and `check` lists
/// stored values that break the rule while the store still opens.
final class CLITextRulesTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws { cli = try CLIRunner() }
    override func tearDown() { cli.remove() }

    /// A store with one volunteer, so "unchanged" means more than "still missing".
    private func storeWithOneVolunteer() throws -> Data {
        let added = try cli.run(["add", "volunteer", "--name", "Anna Hansen", "--phone", "40404040"])
        XCTAssertEqual(added.status, 0, added.stderr)
        return try cli.storeData()
    }

    func testAddVolunteerRefusesEachKindOfBadNameWithAClearMessageAndWritesNothing() throws {
        let before = try storeWithOneVolunteer()
        let cases: [(name: String, message: String)] = [
            ("Sø\u{1B}[31mren", "Navn (--name) indeholder styretegnet U+001B (␛), som kan styre terminalen og ikke gemmes."),
            ("Bo\u{07}Ek", "Navn (--name) indeholder styretegnet U+0007 (␇)"),
            ("Bo\rEk", "Navn (--name) skal stå på én linje, men indeholder et linjeskift."),
            ("Bo\nEk", "Navn (--name) skal stå på én linje, men indeholder et linjeskift."),
            ("Bo\u{9B}2JEk", "Navn (--name) indeholder styretegnet U+009B (\u{FFFD})"),
            ("Bo \u{202E}kE", "Navn (--name) indeholder tegnet U+202E (\u{FFFD}), som vender skriveretningen"),
            ("010203-1234", "Navn (--name) indeholder »010203-1234«, som ligner et CPR-nummer. Frivillig gemmer aldrig CPR-numre"),
        ]
        for c in cases {
            let r = try cli.run(["add", "volunteer", "--name", c.name, "--phone", "20123456"])
            XCTAssertEqual(r.status, 2, c.name.debugDescription)
            XCTAssertTrue(r.stderr.contains(c.message), r.stderr)
            XCTAssertTrue(r.stderr.contains("Intet er gemt."), r.stderr)
            XCTAssertFalse(r.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" }, "the message itself is sanitised")
            XCTAssertEqual(try cli.storeData(), before, c.name.debugDescription)
        }
    }

    /// Bytes that are not UTF-8 reach the program as U+FFFD; what the user typed is lost,
    /// so it is asked for again rather than stored damaged.
    func testAddVolunteerRefusesANameThatWasNotValidUTF8() throws {
        let before = try storeWithOneVolunteer()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", #"exec "$0" add volunteer --name "$(printf 'S\370ren')" --store "$1""#,
                             CLIRunner.binary.path, cli.store.path]
        process.environment = ["HOME": cli.home.path, "PATH": "/usr/bin:/bin", "LANG": "C"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 2, stderr)
        XCTAssertTrue(stderr.contains("Navn (--name) indeholder tegnet �, som står for bytes, der ikke var gyldig UTF-8."), stderr)
        XCTAssertEqual(try cli.storeData(), before)
    }

    func testOtherFieldsOfAddAndLogEventAreHeldToTheSameRule() throws {
        let before = try storeWithOneVolunteer()
        let add = try cli.run(["add", "volunteer", "--name", "Bo", "--address", "Vej 1\u{1B}]0;x\u{07}",
                               "--skill", "kørsel\u{202E}", "--emergency-name", "Lis", "--emergency-relation", "mor\nfar",
                               "--emergency-phone", "30303030", "--start-date", "010203-1234"])
        XCTAssertEqual(add.status, 2)
        for message in ["Adresse (--address) indeholder styretegnet U+001B (␛)",
                        "Kompetence (--skill) indeholder tegnet U+202E",
                        "Relation (--emergency-relation) skal stå på én linje",
                        "Startdato (--start-date) indeholder »010203-1234«, som ligner et CPR-nummer"] {
            XCTAssertTrue(add.stderr.contains(message), add.stderr)
        }
        let event = try cli.run(["log-event", "--kind", "tak", "--date", "01.06.2026", "--title", "Tak\u{07}",
                                 "--description", "Kaffe\nog kage; CPR 0102031234", "--volunteer", "anna"])
        XCTAssertEqual(event.status, 2)
        XCTAssertTrue(event.stderr.contains("Titel (--title) indeholder styretegnet U+0007 (␇)"), event.stderr)
        XCTAssertTrue(event.stderr.contains("Beskrivelse (--description) indeholder »0102031234«, som ligner et CPR-nummer"), event.stderr)
        XCTAssertEqual(try cli.storeData(), before)

        // A description may run over several lines: without the CPR number it is stored.
        let fixed = try cli.run(["log-event", "--kind", "tak", "--date", "01.06.2026", "--title", "Tak",
                                 "--description", "Kaffe\nog kage", "--volunteer", "anna"])
        XCTAssertEqual(fixed.status, 0, fixed.stderr)
        let events = try cli.storeJSON()["events"] as! [[String: Any]]
        XCTAssertEqual(events.first?["description"] as? String, "Kaffe\nog kage")
    }

    /// The import refuses what `add volunteer` refuses, naming the row and the column.
    func testTheImportRefusesTheSameValuesNamingRowAndColumn() throws {
        let before = try storeWithOneVolunteer()
        let sheet = cli.home.appendingPathComponent("frivillige.csv")
        try Data("Navn;Telefon;Noter\r\nBent;20123456;ok\r\nSø\u{1B}[31mren;20202020;\r\nBo \u{202E}kE;30303030;\r\nLis;31313131;a\u{7F}\r\n".utf8)
            .write(to: sheet)
        let r = try cli.run(["import", "volunteers", sheet.path])
        XCTAssertEqual(r.status, 2, r.stdout + r.stderr)
        let output = r.stdout + r.stderr
        for message in ["række 3, kolonne »Navn«: »Sø␛[31mren« indeholder styretegnet U+001B (␛)",
                        "række 4, kolonne »Navn«: »Bo \u{FFFD}kE« indeholder tegnet U+202E (\u{FFFD}), som vender skriveretningen",
                        "række 5, kolonne »Noter«: »a␡« indeholder styretegnet U+007F (␡)"] {
            XCTAssertTrue(output.contains(message), output)
        }
        XCTAssertEqual(try cli.storeData(), before)

        try Data("Navn;Telefon\r\nBo 010203-1234;20123456\r\n".utf8).write(to: sheet)
        let cpr = try cli.run(["import", "volunteers", sheet.path])
        XCTAssertEqual(cpr.status, 2)
        XCTAssertTrue((cpr.stdout + cpr.stderr).contains("række 2, kolonne »Navn«: cellen ligner et CPR-nummer"), cpr.stdout + cpr.stderr)
        XCTAssertEqual(try cli.storeData(), before)
    }

    /// A store written before these rules still opens; `check` lists each stored value that
    /// breaks them, naming the record and the field, and the lists show them sanitised.
    func testCheckListsStoredValuesThatBreakTheRulesAndTheStoreStillOpens() throws {
        let id = "6F1C2A4E-0B43-4B0E-9C8B-1B0E4E1A0001"
        let store: [String: Any] = [
            "schemaVersion": 1,
            "volunteers": [[
                "id": id, "name": "Sø\u{1B}[31mren", "status": "active", "phones": ["+4520123456"],
                "emergencyContacts": [["name": "Mette", "relation": "datter\u{202E}", "phone": "+4530123456"]],
                "notes": "Ring først.\nCPR 010203-1234",
            ]],
            "workplaces": [["id": "0A7B9E52-1C0D-4E8F-8B6A-3D2E1F0A9B11", "name": "Solgården",
                            "guidelines": "Ingen medicin.\nSpørg først."]],
        ]
        try cli.writeStore(store)
        let r = try cli.run(["check"])
        XCTAssertEqual(r.status, 1, r.stdout + r.stderr)
        XCTAssertEqual(r.stdout, """
            3 problemer fundet i \(cli.store.path):
              Frivillig Sø␛[31mren: Navn indeholder styretegnet U+001B (␛), som kan styre terminalen og ikke gemmes. Slet det.
              Frivillig Sø␛[31mren: Pårørende 1 – Relation indeholder tegnet U+202E (\u{FFFD}), som vender skriveretningen, så teksten vises anderledes, end den er skrevet. Slet det.
              Frivillig Sø␛[31mren: Noter indeholder »010203-1234«, som ligner et CPR-nummer. Frivillig gemmer aldrig CPR-numre (kun en fødselsdato, dd.mm.åååå). Slet det.

            """)
        let list = try cli.run(["list", "volunteers"])
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertTrue(list.stdout.contains("Sø␛[31mren"), list.stdout)
    }
}
