import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The files a user names on the command line: an `--out` file is written whole or not
/// at all, never replaced without `--force` and never through a symbolic link; a store
/// or spreadsheet path that is a folder, a device or a FIFO is explained, not read; and
/// what the program prints never carries the user's own escape sequences.
final class CLIFileSafetyTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws {
        cli = try CLIRunner()
        try ExportFixture.write(to: cli)
    }

    override func tearDown() { cli.remove() }

    private func path(_ name: String) -> String { cli.home.appendingPathComponent(name).path }

    private func mode(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue & 0o777
    }

    /// The names in the test's folder, to see that no temporary file was left.
    private func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: cli.home.path).filter { !$0.hasPrefix("store.json") }.sorted()
    }

    /// Runs `frivillig ARGS --store STORE` through `/bin/sh -c SCRIPT`, with a deadline
    /// after which it is killed (so a hang fails the test instead of stopping the suite).
    private func run(_ args: [String], store: String? = nil, shell script: String = "exec \"$0\" \"$@\"", timeout: TimeInterval = 20) throws -> (status: Int32, signalled: Bool, stderr: String, timedOut: Bool) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, CLIRunner.binary.path] + args + ["--store", store ?? cli.store.path]
        process.environment = ["HOME": cli.home.path, "PATH": "/usr/bin:/bin", "FRIVILLIG_TODAY": "2026-11-22", "LANG": "C"]
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        let timedOut = done.wait(timeout: .now() + timeout) == .timedOut
        if timedOut {
            kill(process.processIdentifier, SIGKILL)
            done.wait()
        }
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationStatus, process.terminationReason == .uncaughtSignal, stderr, timedOut)
    }

    func testCsvExportKeepsAnExistingFileWithoutForceAndReplacesItWholeWithForce() throws {
        let out = path("frivillige.csv")
        XCTAssertTrue(FileManager.default.createFile(atPath: out, contents: Data("mine".utf8), attributes: [.posixPermissions: 0o644]))
        let refused = try cli.run(["export", "csv", "volunteers", "--out", out])
        XCTAssertEqual(refused.status, 2)
        XCTAssertEqual(refused.stderr, "\(out) findes allerede. Vælg et andet navn, eller brug --force for at erstatte filen.\n")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: out)), Data("mine".utf8))
        XCTAssertEqual(try mode(out), 0o644)

        let forced = try cli.run(["export", "csv", "volunteers", "--out", out, "--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertEqual(forced.stdout, "2 rækker skrevet til \(out).\n")
        XCTAssertTrue(try String(contentsOf: URL(fileURLWithPath: out), encoding: .utf8).contains("Søren Østergaard"))
        XCTAssertEqual(try mode(out), 0o600, "a replaced file is private too")
        XCTAssertEqual(try names(), ["frivillige.csv"], "no temporary file is left")
    }

    func testNoExportWritesThroughASymbolicLinkEvenWithForce() throws {
        let theirs = path("andres.txt")
        try Data("theirs".utf8).write(to: URL(fileURLWithPath: theirs))
        let link = path("eksport.out")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: theirs)
        let exports: [[String]] = [
            ["export", "csv", "volunteers"], ["export", "vcard"], ["export", "ics"],
            ["export", "person", "søren"], ["letter", "søren", "--format", "txt"],
        ]
        for export in exports {
            for force in [[], ["--force"]] {
                let r = try cli.run(export + ["--out", link] + force)
                XCTAssertEqual(r.status, 2, "\(export) \(force)")
                XCTAssertEqual(r.stderr, "\(link) er en symbolsk henvisning (link). Frivillig skriver aldrig gennem et link, heller ikke med --force, da det ville ændre den fil, linket peger på. Vælg et andet navn, eller giv stien til selve filen.\n", "\(export) \(force)")
                XCTAssertEqual(try String(contentsOfFile: theirs, encoding: .utf8), "theirs", "\(export) \(force)")
                XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), theirs, "the link stays a link")
            }
        }
        XCTAssertEqual(try names(), ["andres.txt", "eksport.out"])

        // A folder above the file may be a link.
        let real = path("rigtig")
        try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: path("genvej"), withDestinationPath: real)
        let r = try cli.run(["export", "ics", "--out", path("genvej/kalender.ics")])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(try String(contentsOfFile: real + "/kalender.ics", encoding: .utf8).hasPrefix("BEGIN:VCALENDAR\r\n"))
    }

    /// `ulimit -f 1` makes every write past the first block fail: the old file must stay,
    /// and the program must say why instead of being killed by SIGXFSZ.
    func testAFailedWriteLeavesTheOldFileAndSaysWhy() throws {
        try XCTAssertEqual(cli.run(["demo", "--volunteers", "40", "--seed", "3", "--force"]).status, 0)
        for (export, name) in [(["export", "csv", "volunteers"], "frivillige.csv"), (["export", "vcard"], "kort.vcf")] {
            let out = path(name)
            try Data("mine".utf8).write(to: URL(fileURLWithPath: out))
            let r = try run(export + ["--out", out, "--force"], shell: "ulimit -f 1; exec \"$0\" \"$@\"")
            XCTAssertFalse(r.signalled, "\(name): killed by a signal: \(r.status)")
            XCTAssertEqual(r.status, 2, r.stderr)
            XCTAssertEqual(r.stderr, "Kunne ikke skrive \(out): filen ville blive større end den grænse for filstørrelse, der er sat (ulimit -f). Ingen fil er ændret.\n")
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: out)), Data("mine".utf8), name)
        }
        XCTAssertEqual(try names(), ["frivillige.csv", "kort.vcf"], "the temporary files are removed")
    }

    func testTheFileSizeLimitIsReportedNotFatalAndLeavesNoPartialFile() throws {
        try XCTAssertEqual(cli.run(["demo", "--volunteers", "40", "--seed", "3", "--force"]).status, 0)
        let out = path("kort.vcf")
        let r = try run(["export", "vcard", "--out", out, "--lang", "en"], shell: "ulimit -f 1; exec \"$0\" \"$@\"")
        XCTAssertFalse(r.signalled, "killed by a signal: \(r.status)")
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertEqual(r.stderr, "Could not write \(out): the file would be larger than the file size limit that is set (ulimit -f). No file was changed.\n")
        XCTAssertEqual(try names(), [], "no partial file, no temporary file")
    }

    func testTheParserDoesNotEchoTheUsersEscapeSequences() throws {
        let r = try cli.run(["--\u{1B}]0;pwned\u{07}"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertFalse(r.stderr.contains("\u{1B}") || r.stderr.contains("\u{07}"), r.stderr)
        XCTAssertTrue(r.stderr.contains("--␛]0;pwned␇"), r.stderr)
        let value = try cli.run(["list", "volunteers", "--lang", "\u{1B}[2J"])
        XCTAssertFalse(value.stderr.contains("\u{1B}"), value.stderr)
        XCTAssertTrue(value.stderr.contains("␛[2J"), value.stderr)
    }

    func testAStorePathThatIsNotAFileIsExplainedAndNothingIsCreated() throws {
        let fifo = path("fifo")
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let folder = path("mappe")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let cases = [("/dev/zero", "en enhed (device)"), (fifo, "en navngiven pipe (FIFO)"), (folder, "en mappe")]
        for (store, kind) in cases {
            let r = try run(["list", "volunteers"], store: store, timeout: 10)
            XCTAssertFalse(r.timedOut, "\(store): hangs")
            XCTAssertEqual(r.status, 2, store)
            XCTAssertEqual(r.stderr, "\(store) er \(kind), ikke en datafil. Giv stien til en store.json med --store (en sti, der ikke findes endnu, giver et nyt, tomt register).\n")
        }
        XCTAssertEqual(try names(), ["fifo", "mappe"], "no lock file beside the FIFO")
    }

    func testAnImportFileThatIsNotAFileIsExplainedWithoutReadingIt() throws {
        let fifo = path("ark.csv")
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let folder = path("ark")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let before = try cli.storeData()
        let cases = [("/dev/zero", "a device"), (fifo, "a named pipe (FIFO)"), (folder, "a folder")]
        for (file, kind) in cases {
            let r = try run(["import", "volunteers", file, "--lang", "en"], timeout: 10)
            XCTAssertFalse(r.timedOut, "\(file): hangs")
            XCTAssertEqual(r.status, 2, file)
            XCTAssertEqual(r.stderr, "\(file) is \(kind), not a file. Save the spreadsheet as a CSV file and give its path.\n")
        }
        XCTAssertEqual(try cli.storeData(), before)
    }

    func testADamagedJournalLineIsExplainedWithoutSwiftsTypeNames() throws {
        for name in ["Anna Berg", "Bo Berg", "Cai Berg"] {
            try XCTAssertEqual(cli.run(["add", "volunteer", "--name", name]).status, 0)
        }
        let journal = cli.store.appendingPathExtension("journal")
        var lines = try String(contentsOf: journal, encoding: .utf8).components(separatedBy: "\n")
        lines[2] = #"{"at":"2026-11-22T21:04:05Z","change":{"op":"fly"}}"#
        try lines.joined(separator: "\n").write(to: journal, atomically: false, encoding: .utf8)
        let r = try cli.run(["list", "volunteers", "--lang", "en"])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, """
            The journal \(journal.path) is damaged at line 3: the line is complete but does not match its checksum (changed or damaged on disk).
            Nothing was written. "frivillig check --repair" first keeps a copy of the journal, then keeps every change before line 3.

            """)
        lines[2] = "{garbage"
        try lines.joined(separator: "\n").write(to: journal, atomically: false, encoding: .utf8)
        let garbage = try cli.run(["list", "volunteers"])
        XCTAssertEqual(garbage.status, 2)
        XCTAssertTrue(garbage.stderr.hasPrefix("Journalen \(journal.path) er beskadiget i linje 3: linjen er hel, men dens indhold passer ikke med dens kontrolsum"), garbage.stderr)
    }

    func testADryRunExitsWithTheStatusOfTheImportAndHelpSaysSo() throws {
        let sheet = path("ark.csv")
        try "Navn;Telefon\r\nSøren;20 12 34 56\r\nAnna;23 45\r\n".write(toFile: sheet, atomically: false, encoding: .utf8)
        let before = try cli.storeData()
        let dry = try cli.run(["import", "volunteers", sheet, "--dry-run"])
        XCTAssertEqual(dry.status, 2, dry.stdout)
        XCTAssertTrue(dry.stdout.hasSuffix("Prøvekørsel: intet er gemt.\n"), dry.stdout)
        XCTAssertEqual(dry.stderr, "Importen ville blive afvist, fordi 1 række har fejl (afslutningsstatus 2, som ved en rigtig import). Ret dem i regnearket, eller brug --skip-invalid for at importere resten.\n")
        XCTAssertEqual(try cli.run(["import", "volunteers", sheet]).status, dry.status, "the same status as the real run")
        XCTAssertEqual(try cli.run(["import", "volunteers", sheet, "--dry-run", "--skip-invalid"]).status, 0)
        XCTAssertEqual(try cli.storeData(), before)
        let help = try cli.run(["import", "volunteers", "--help", "--lang", "en"])
        XCTAssertTrue(help.stdout.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "  ", with: " ")
            .contains("--dry-run exits with the status the import would have"), help.stdout)
    }

    func testASheetMixingUTF8AndWindows1252IsRefusedNamingRowsOfEach() throws {
        let sheet = path("blandet.csv")
        let utf8 = Data("Navn;Telefon\r\nSøren Østergaard;20 12 34 56\r\n".utf8)
        let windows1252 = Data("Åse Bæk;40 11 22 33\r\n".unicodeScalars.map { UInt8($0.value) })
        let data = utf8 + windows1252
        try data.write(to: URL(fileURLWithPath: sheet))
        let before = try cli.storeData()
        let r = try cli.run(["import", "volunteers", sheet, "--lang", "en"])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, """
            \(sheet) mixes two encodings: UTF-8 in row 2 and Windows-1252 in row 3 (rows pasted in from another sheet, say). Read as either, some names would come out wrong ("Søren" as "SÃ¸ren"), so nothing was read. Open the file in Excel, correct the names and save it again as "CSV UTF-8".
            Nothing was saved.

            """)
        XCTAssertEqual(try cli.storeData(), before)
    }
}
