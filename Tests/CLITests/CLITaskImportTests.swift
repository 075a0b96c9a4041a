import Foundation
import FrivilligCore
import XCTest

/// `frivillig import tasks|associations`: the task bank and the associations go out and
/// come back as they were, a row updates the record it names, a bad row refuses the file
/// and leaves the store as it was, and an association spelled another way is the same one.
final class CLITaskImportTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws {
        cli = try CLIRunner()
        try StoreCodec.encode(TaskImportFixture.register()).write(to: cli.store)
    }

    override func tearDown() { cli.remove() }

    private func sheet(_ rows: [String], name: String) throws -> String {
        let file = cli.home.appendingPathComponent(name)
        try (rows.joined(separator: "\r\n") + "\r\n").write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    /// The records of a kind as stored, without the revision a save raises.
    private func content(_ store: [String: Any], _ kind: String) -> [NSDictionary] {
        (store[kind] as! [[String: Any]]).map { record in
            var r = record
            r["revision"] = nil
            return r as NSDictionary
        }
    }

    func testTasksAndAssociationsExportedAsCsvOrXlsxImportIntoAnEmptyStoreUnchanged() throws {
        for format in ["csv", "xlsx"] {
            for kind in ["tasks", "associations"] {
                let out = cli.home.appendingPathComponent("\(kind).\(format)").path
                try XCTAssertEqual(cli.run(["export", format, kind, "--out", out]).status, 0)
                let r = try cli.run(["import", kind, out, "--dry-run"])
                XCTAssertEqual(r.status, 0, "\(kind).\(format): " + r.stdout + r.stderr)
                let count = kind == "tasks" ? 3 : 2
                XCTAssertTrue(r.stdout.contains("Tilføjes: 0\nOpdateres: 0\nUændret: \(count)\n"), "\(kind).\(format): " + r.stdout)
            }
            let other = try CLIRunner()
            defer { other.remove() }
            for kind in ["contacts", "workplaces", "volunteers", "tasks", "associations"] {
                let file = cli.home.appendingPathComponent("\(kind).\(format)").path
                try XCTAssertEqual(cli.run(["export", format, kind, "--out", file, "--force"]).status, 0)
                let r = try other.run(["import", kind, file])
                XCTAssertEqual(r.status, 0, "\(kind).\(format): " + r.stdout + r.stderr)
            }
            let original = try cli.storeJSON(), copy = try other.storeJSON()
            for kind in ["tasks", "associations"] {
                XCTAssertEqual(content(original, kind), content(copy, kind), "\(kind).\(format)")
            }
        }
    }

    func testARowWithATasksTitleUpdatesItAndKeepsWhatItLeavesBlank() throws {
        let file = try sheet(["Titel;Status;Antal frivillige;Frivillige", "Højtlæsning;besat;3;Bo Nielsen"], name: "opgaver.csv")
        let dry = try cli.run(["import", "tasks", file, "--dry-run"])
        XCTAssertEqual(dry.status, 0, dry.stdout + dry.stderr)
        XCTAssertTrue(dry.stdout.contains("Tilføjes: 0\nOpdateres: 1\n  række 2: Højtlæsning\nUændret: 0\n"), dry.stdout)
        let r = try cli.run(["import", "tasks", file])
        XCTAssertEqual(r.status, 0, r.stdout + r.stderr)
        let tasks = try cli.storeJSON()["tasks"] as! [[String: Any]]
        XCTAssertEqual(tasks.count, 3)
        let task = try XCTUnwrap(tasks.first { $0["id"] as? String == TaskImportFixture.id(30).uuidString })
        XCTAssertEqual(task["status"] as? String, "filled")
        XCTAssertEqual(task["wanted"] as? Int, 3)
        XCTAssertEqual(task["volunteerIDs"] as? [String], [TaskImportFixture.id(22).uuidString])
        XCTAssertEqual(task["description"] as? String, "Læs avisen højt\nfor to beboere")
        XCTAssertEqual(task["workplaceID"] as? String, TaskImportFixture.id(10).uuidString)
    }

    func testBadTaskCellsAreRefusedByRowAndColumnAndTheStoreIsUntouched() throws {
        let file = try sheet([
            "Titel;Arbejdsplads;Tidspunkt på dagen;Antal frivillige;Status",
            "Havearbejde;Plejehjemmet Lyngen;formiddag;2;åben",
            "Gåtur;Solgården;morgen;1;åben",
            "Banko;;aften;mange;måske",
        ], name: "opgaver.csv")
        let before = try cli.storeData()
        let r = try cli.run(["import", "tasks", file])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stdout.contains("""
            Afvises: 3 rækker
              række 2, kolonne »Arbejdsplads«: »Plejehjemmet Lyngen« skal navngive præcis én post, men passer på 0. Skriv id'et, hvis to har samme navn.
              række 3, kolonne »Arbejdsplads«: »Solgården« skal navngive præcis én post, men passer på 2. Skriv id'et, hvis to har samme navn.
              række 3, kolonne »Tidspunkt på dagen«: »morgen« er ikke et tidspunkt på dagen. Skriv formiddag, eftermiddag eller aften.
              række 4, kolonne »Antal frivillige«: »mange« er ikke et antal frivillige. Skriv et helt tal, mindst 1.
              række 4, kolonne »Status«: »måske« er ikke en status for en opgave. Skriv åben, besat eller lukket.

            """), r.stdout)
        XCTAssertEqual(try cli.storeData(), before)

        let en = try cli.run(["import", "tasks", file, "--lang", "en"])
        XCTAssertEqual(en.status, 2)
        XCTAssertTrue(en.stdout.contains("row 3, column \"Tidspunkt på dagen\": \"morgen\" is not a part of the day. Type morning, afternoon or evening."), en.stdout)
        XCTAssertTrue(en.stdout.contains("row 4, column \"Antal frivillige\": \"mange\" is not a number of volunteers. Type a whole number, at least 1."), en.stdout)
        XCTAssertTrue(en.stdout.contains("row 4, column \"Status\": \"måske\" is not a task status. Type open, filled or closed."), en.stdout)
        XCTAssertEqual(try cli.storeData(), before)
    }

    func testAnAssociationSpelledAnotherWayIsTheStoredOneAndANewOneGetsItsNamesId() throws {
        let file = try sheet(["Navn;Område;Type", "ÆLDRE-sagen;ældre og pårørende;forening", "besøgsvennerne;besøg;netværk",
                              "Røde Kors;;forening"], name: "foreninger.csv")
        let r = try cli.run(["import", "associations", file])
        XCTAssertEqual(r.status, 0, r.stdout + r.stderr)
        XCTAssertTrue(r.stdout.contains("Importeret fra \(file): 1 tilføjet, 2 opdateret, 0 uændret, 0 rækker sprunget over."), r.stdout)
        let associations = try cli.storeJSON()["associations"] as! [[String: Any]]
        XCTAssertEqual(associations.count, 3)
        func record(_ id: UUID) -> [String: Any]? { associations.first { $0["id"] as? String == id.uuidString } }
        XCTAssertEqual(record(TaskImportFixture.aeldreSagenID)?["name"] as? String, "Ældre Sagen")
        XCTAssertEqual(record(TaskImportFixture.aeldreSagenID)?["area"] as? String, "ældre og pårørende")
        XCTAssertEqual(record(TaskImportFixture.id(51))?["area"] as? String, "besøg")
        XCTAssertEqual(record(AssociationName("Røde Kors").recordID)?["name"] as? String, "Røde Kors")
    }

    func testABadAssociationKindIsRefusedAndNothingIsWritten() throws {
        let file = try sheet(["Navn;Type", "Ældre Sagen;klub"], name: "foreninger.csv")
        let before = try cli.storeData()
        let r = try cli.run(["import", "associations", file])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stdout.contains("række 2, kolonne »Type«: »klub« er ikke en type forening. Skriv forening eller netværk."), r.stdout)
        XCTAssertEqual(try cli.storeData(), before)
    }
}
