import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The import's limits as a user meets them: a file over 64 MB is refused before it is
/// read, a cell over 64 KB refuses the file naming the cell, in both languages; and the
/// full-screen `I` dialog refuses a FIFO or a folder at once with the command line's
/// sentence, where it showed Foundation's ("You don't have permission", "NSCocoaErrorDomain
/// error 256") and would wait for a writer on a system whose reader blocks on a FIFO.
final class CLIImportLimitsTests: XCTestCase {
    private var cli: CLIRunner!

    override func setUpWithError() throws {
        cli = try CLIRunner()
        try cli.run(["add", "volunteer", "--name", "Søren Østergaard", "--phone", "20123456"])
    }

    override func tearDown() { cli?.remove() }

    private func path(_ name: String) -> String { cli.home.appendingPathComponent(name).path }

    func testAFileOverTheLimitIsRefusedBeforeItIsRead() throws {
        let sheet = path("stort.csv")
        XCTAssertTrue(FileManager.default.createFile(atPath: sheet, contents: Data("Navn;Telefon\n".utf8)))
        // Sparse: 64 MB and one byte that take no room on disk, and would take seconds to read.
        XCTAssertEqual(truncate(sheet, off_t(64 << 20) + 1), 0)
        let before = try cli.storeData()
        for args in [["import", "volunteers", sheet, "--lang", "en"], ["import", "volunteers", sheet, "--dry-run", "--lang", "en"]] {
            let r = try cli.run(args)
            XCTAssertEqual(r.status, 2, args.joined(separator: " "))
            XCTAssertEqual(r.stderr, """
                \(sheet) is 65 MB; Frivillig imports spreadsheets of at most 64 MB, so nothing was read. \
                Split the sheet into several files (by area, say), or delete the columns that are not to be imported.

                """)
            XCTAssertEqual(r.stdout, "")
        }
        XCTAssertEqual(try cli.storeData(), before)
    }

    func testACellOverTheLimitRefusesTheFileNamingTheCell() throws {
        let sheet = path("noter.csv")
        let note = String(repeating: "Kører om tirsdagen.\r\n", count: 4_000)
        try Data("Navn;Telefon;Noter\nKaren Lund;60708090;Kort\nBo Berg;50505050;\"\(note)\"\n".utf8).write(to: URL(fileURLWithPath: sheet))
        let before = try cli.storeData()
        let r = try cli.run(["import", "volunteers", sheet, "--dry-run"])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, """
            \(sheet), række 3, kolonne »Noter«: cellen fylder mere end 64 KB, det meste en celle må rumme \
            (en side tekst fylder omkring 3 KB, og Excel selv rummer højst 32.767 tegn i en celle). \
            Gør cellen kortere i regnearket, eller slet kolonnen.
            Intet er gemt.

            """)
        let english = try cli.run(["import", "volunteers", sheet, "--lang", "en"])
        XCTAssertEqual(english.status, 2)
        XCTAssertTrue(english.stderr.hasPrefix("\(sheet), row 3, column \"Noter\": the cell holds more than 64 KB of text"), english.stderr)
        XCTAssertEqual(try cli.storeData(), before)
    }

    func testTheImportDialogRefusesAFIFOAndAFolderAtOnce() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (scripts/install-deps installs it)")
        XCTAssertEqual(mkfifo(path("ark.csv"), 0o600), 0)
        try FileManager.default.createDirectory(atPath: path("ark"), withIntermediateDirectories: false)
        let tmux = try TmuxSession(
            command: [CLIRunner.binary.path, "--store", cli.store.path],
            environment: ["LANG": "C.UTF-8", "FRIVILLIG_TODAY": "2026-11-22", "HOME": cli.home.path, "TERM": "tmux-256color"],
            width: 100, height: 30, directory: cli.home)
        try tmux.waitFor("1 Overblik")
        try tmux.keys("2")
        try tmux.waitFor("1–1 af 1")
        try tmux.keys("I")
        try tmux.waitFor("Fil:")
        try tmux.type("~/ark.csv")
        try tmux.keys("Enter")
        try tmux.waitFor("~/ark.csv er en navngiven pipe (FIFO), ikke en fil.", seconds: 5)
        try tmux.keys("BSpace", "BSpace", "BSpace", "BSpace")
        try tmux.keys("Enter")
        let folder = try tmux.waitFor("~/ark er en mappe, ikke en fil.", seconds: 5)
        XCTAssertFalse(folder.contains("NSCocoaErrorDomain"), folder)
        try tmux.keys("Escape")
        try tmux.waitUntil(description: "dialog closed") { !$0.contains("Fil:") }
        try tmux.keys("q")
        XCTAssertEqual(try tmux.waitForExit(), 0, (try? tmux.transcript()) ?? "")
    }
}
