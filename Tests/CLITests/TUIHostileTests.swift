import Foundation
import FrivilligCore
import XCTest

/// The real program in tmux under hostile conditions: register text that would attack or
/// break a terminal if printed raw, signals and hang-ups in the middle of editing, and
/// windows that are tiny or resized in a storm. Each test asserts what a person at the
/// terminal would notice: a cleared screen, a changed window title, a bell, a shifted
/// frame, lost work, a terminal left in full-screen mode, a program that stops answering.
final class TUIHostileTests: XCTestCase {
    private var cli: CLIRunner!

    /// Every wait is bounded by this, so a hung program fails the test instead of the run.
    private let deadline = 5.0

    override func setUpWithError() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (scripts/install-deps installs it)")
        cli = try CLIRunner()
    }

    override func tearDown() { cli?.remove() }

    // MARK: Hostile text

    /// A volunteer whose stored text is hostile, and a part of the name as the screen
    /// must show it: controls as their visible pictures (␛ ␇ ␍ ␈ ␉), bidi controls as
    /// U+FFFD. Input refuses such text now, but a store from an older version, an edit by
    /// hand or a merge can still hold it.
    private struct Hostile {
        let name: String
        let shown: String
        var address = ""
        var skills: [String] = []
        var emergencyContacts: [EmergencyContact] = []
    }

    private static let longName = "Fjendtlig Lang " + String(repeating: "x", count: 10_000 - 15)

    private static let hostile: [Hostile] = [
        // ESC [2J would clear the whole screen.
        Hostile(name: "Fjendtlig Ryd \u{1B}[2Jskærm", shown: "Fjendtlig Ryd ␛[2Jskærm",
                emergencyContacts: [EmergencyContact(name: "Mor \u{1B}[2JRyd", relation: "mor\u{1B}]0;pwned\u{07}", phone: "+4530000001")]),
        // OSC 0 would set the window title to "pwned".
        Hostile(name: "Fjendtlig Titel \u{1B}]0;pwned\u{07}slut", shown: "Fjendtlig Titel ␛]0;pwned␇slut"),
        // BEL rings, CR and BS move the cursor back, TAB jumps ahead.
        Hostile(name: "Fjendtlig Kontrol a\u{07}b\rc\u{08}d\te", shown: "Fjendtlig Kontrol a␇b␍c␈d␉e",
                address: "Gade\u{1B}[31m 1\r\u{07}", skills: ["kørsel\u{1B}[5m"]),
        // RIGHT-TO-LEFT OVERRIDE would show the rest of the row reversed.
        Hostile(name: "Fjendtlig Bidi \u{202E}kcatta", shown: "Fjendtlig Bidi \u{FFFD}kcatta"),
        // 10,000 characters: must be cut, never wrapped onto other rows.
        Hostile(name: longName, shown: "Fjendtlig Lang xxxxxxxxxxxxxxxxxxxx"),
        // Zero-width joiners, CJK and emoji: two columns each, and the joined family must
        // take as many columns on screen as the program counted.
        Hostile(name: "Fjendtlig Familie 👨\u{200D}👩\u{200D}👧 山田太郎 🎉", shown: "👧 山田太郎 🎉"),
    ]

    /// The hostile volunteers plus one ordinary one, whose row must survive next to them,
    /// written as the store.
    private func addHostileVolunteers() throws {
        let created = Date(timeIntervalSince1970: 1_700_000_000)
        let hostile = Self.hostile.enumerated().map { n, v in
            Volunteer(name: v.name, phones: ["+452000000\(n)"], address: v.address, skills: v.skills,
                      emergencyContacts: v.emergencyContacts, created: created)
        }
        let anders = Volunteer(name: "Anders And", phones: ["+4520000099"], created: created)
        try StoreCodec.encode(Register(volunteers: hostile + [anders])).write(to: cli.store)
    }

    func testHostileTextIsShownAsPlaceholdersWithoutHarmingTheScreen() throws {
        try addHostileVolunteers()
        let count = Self.hostile.count + 1
        let tmux = try start()
        try tmux.waitFor(" 1 Overblik", seconds: deadline)
        let title = try tmux.format("#{pane_title}")

        try tmux.keys("2")
        // The list's name column is cut, with the placeholders, at 100 columns; the
        // detail screens below show every name whole.
        let list = try settled(tmux, showing: ["1–\(count) af \(count)", "␛[2J", "␛]0;p", "a␇b", "\u{FFFD}kcatta", "Anders And"])
        assertIntact(list)
        assertColumnsLineUp(list, header: "Telefon", cell: "+45 20")

        var details: [String] = []
        for _ in 0 ..< count {
            try tmux.keys("Enter")
            let detail = try settled(tmux, showing: ["Oplysninger"])
            assertIntact(detail)
            details.append(detail)
            try tmux.keys("Escape")
            try tmux.waitUntil(seconds: deadline, description: "back in the list") { !$0.contains("Oplysninger") }
            try tmux.keys("Down")
        }
        for shown in Self.hostile.map(\.shown) + ["Adresse: Gade␛[31m 1␍␇", "Kompetencer: kørsel␛[5m"] {
            XCTAssertTrue(details.contains { $0.contains(shown) }, "no detail screen showed \(shown):\n\(details.joined(separator: "\n"))")
        }

        try tmux.keys("!")
        try tmux.waitFor("NØDOPSLAG", seconds: deadline)
        try tmux.type("fjendt")
        let lookup = try settled(tmux, showing: ["Navn: fjendt", "\(Self.hostile.count) fundet", "1. Mor ␛[2JRyd (mor␛]0;pwned␇)  +45 30 00 00 01"]
                                 + Self.hostile.map(\.shown))
        assertIntact(lookup)
        assertFrameIsWhole(lookup)

        XCTAssertEqual(try tmux.format("#{pane_title}"), title, "the window title changed")
        XCTAssertEqual(try tmux.format("#{window_bell_flag}"), "0", "the terminal bell rang")
        try tmux.keys("Escape")
        try tmux.waitUntil(seconds: deadline, description: "lookup closed") { !$0.contains("NØDOPSLAG") }
        try tmux.keys("q")
        XCTAssertEqual(try tmux.waitForExit(seconds: deadline), 0, (try? tmux.transcript()) ?? "")

        try assertStoredExactly()
    }

    func testHostileTextIsSanitisedInCommandOutput() throws {
        try addHostileVolunteers()
        let list = try cli.run(["list", "volunteers"])
        XCTAssertEqual(list.status, 0, list.stderr)
        assertNoTerminalControls(list.stdout)
        XCTAssertTrue(list.stdout.contains("Fjendtlig Ryd ␛[2Jskærm"), list.stdout)
        let ice = try cli.run(["ice", "fjendt"])
        XCTAssertEqual(ice.status, 0, ice.stderr)
        assertNoTerminalControls(ice.stdout)
        XCTAssertTrue(ice.stdout.contains("1. Mor ␛[2JRyd (mor␛]0;pwned␇)  +45 30 00 00 01"), ice.stdout)
        try assertStoredExactly()
    }

    /// The screen once it shows every one of `texts` and has stopped changing: a capture
    /// can catch a frame half drawn, and the top rows are drawn first.
    private func settled(_ tmux: TmuxSession, showing texts: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        var previous = ""
        return try tmux.waitUntil(seconds: deadline, file: file, line: line, description: texts.joined(separator: ", ")) { screen in
            defer { previous = screen }
            return screen == previous && texts.allSatisfy(screen.contains)
        }
    }

    /// What a person sees of the whole screen: the tab bar still on the top row (an
    /// ESC [2J would have wiped it), the status line still on the bottom one, and no row
    /// wider than the window (a width the program and the terminal disagree on).
    private func assertIntact(_ screen: String, file: StaticString = #filePath, line: UInt = #line) {
        let rows = lines(screen)
        XCTAssertEqual(rows.count, 30, screen, file: file, line: line)
        XCTAssertTrue(rows.first?.hasPrefix(" 1 Overblik 2 Frivill") == true, "tab bar gone:\n\(screen)", file: file, line: line)
        // The store's path shows where the key hints leave room for it.
        let counts = "\(Self.hostile.count + 1) frivillige"
        XCTAssertTrue(rows.last.map { $0.hasSuffix(counts) || $0.hasSuffix(counts + " · ~/store.json") } == true,
                      "status line gone:\n\(screen)", file: file, line: line)
        for row in rows where displayWidth(row) > 100 {
            XCTFail("row wider than the window (\(displayWidth(row)) columns): \(row)", file: file, line: line)
        }
    }

    /// Every row of a table has its cell in the same column as the header: a character
    /// drawn wider or narrower than the program counted pushes the rest of its row aside.
    private func assertColumnsLineUp(_ screen: String, header: String, cell: String, file: StaticString = #filePath, line: UInt = #line) {
        let rows = lines(screen)
        guard let headerColumn = rows.lazy.compactMap({ column(of: header, in: $0) }).first else {
            return XCTFail("no header \(header):\n\(screen)", file: file, line: line)
        }
        for row in rows {
            if let c = column(of: cell, in: row), c != headerColumn {
                XCTFail("\(cell) at column \(c), header at \(headerColumn): \(row)", file: file, line: line)
            }
        }
    }

    /// The emergency lookup's box: every row between its top and bottom border ends in
    /// the right border at the window's last column.
    private func assertFrameIsWhole(_ screen: String, file: StaticString = #filePath, line: UInt = #line) {
        let rows = lines(screen)
        for row in rows[2 ..< rows.count - 2] where !(row.hasSuffix("│") && displayWidth(row) == 100) {
            XCTFail("right border out of place (\(displayWidth(row)) columns): \(row)", file: file, line: line)
        }
    }

    /// The volunteers as stored, read back through the program's own loader
    /// (`list volunteers --json`), so whatever form the store takes on disk is seen whole.
    private func storedVolunteers(file: StaticString = #filePath, line: UInt = #line) throws -> [[String: Any]] {
        let listed = try cli.run(["list", "volunteers", "--json"])
        XCTAssertEqual(listed.status, 0, listed.stderr, file: file, line: line)
        let records = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]]
        return try XCTUnwrap(records, listed.stdout, file: file, line: line)
    }

    /// The store keeps the volunteers' text byte for byte: sanitising is for the screen only.
    private func assertStoredExactly(file: StaticString = #filePath, line: UInt = #line) throws {
        let volunteers = try storedVolunteers(file: file, line: line)
        let names = Set(volunteers.map { Array(($0["name"] as! String).utf8) })
        for v in Self.hostile {
            XCTAssertTrue(names.contains(Array(v.name.utf8)), "\(v.shown.prefix(40)) not stored exactly", file: file, line: line)
        }
        let ryd = volunteers.first { ($0["name"] as! String).hasPrefix("Fjendtlig Ryd") }
        let contact = (ryd?["emergencyContacts"] as? [[String: Any]])?.first
        XCTAssertEqual((contact?["name"] as? String).map { Array($0.utf8) }, Array("Mor \u{1B}[2JRyd".utf8), file: file, line: line)
        XCTAssertEqual((contact?["relation"] as? String).map { Array($0.utf8) }, Array("mor\u{1B}]0;pwned\u{07}".utf8), file: file, line: line)
    }

    /// Output meant for a terminal holds no byte that the terminal would act on: no C0
    /// control but the newline, no DEL, no C1 control, no bidi control.
    private func assertNoTerminalControls(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let bad = text.unicodeScalars.first { scalar in
            switch scalar.value {
            case 0x0A: return false
            case 0x00 ..< 0x20, 0x7F ..< 0xA0, 0x200E, 0x200F, 0x202A ... 0x202E, 0x2066 ... 0x2069: return true
            default: return false
            }
        }
        XCTAssertNil(bad.map { String(format: "U+%04X", $0.value) }, "a terminal control reached the output", file: file, line: line)
    }

    // MARK: Terminal faults

    /// Saves one volunteer through the add form, then opens the form again and types a
    /// name without saving: the state in which a kill must keep the first and may lose
    /// the second.
    private func saveOneAndLeaveOneUnsaved(_ tmux: TmuxSession) throws {
        try tmux.waitFor(" 1 Overblik", seconds: deadline)
        try tmux.keys("2", "a")
        try tmux.waitFor("Ny frivillig", seconds: deadline)
        try tmux.type("Gemt Frivillig")
        try tmux.keys("Enter")
        try tmux.waitFor("Gemt.", seconds: deadline)
        try tmux.keys("a")
        try tmux.waitFor("Ny frivillig", seconds: deadline)
        try tmux.type("Ulagret Frivillig")
        try tmux.waitFor("Ulagret Frivillig", seconds: deadline)
    }

    /// The saved volunteer is in the store, the unsaved one is not, and the file passes
    /// `frivillig check`.
    private func assertSavedWorkSurvived(file: StaticString = #filePath, line: UInt = #line) throws {
        let names = try storedVolunteers(file: file, line: line).compactMap { $0["name"] as? String }
        XCTAssertEqual(names, ["Gemt Frivillig"], file: file, line: line)
        let check = try cli.run(["check"])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr, file: file, line: line)
    }

    func testSigtermKeepsSavedWorkAndRestoresTheTerminal() throws {
        let tmux = try start()
        try saveOneAndLeaveOneUnsaved(tmux)
        XCTAssertEqual(kill(try frivilligPID(tmux), SIGTERM), 0)
        XCTAssertEqual(try tmux.waitForExit(seconds: deadline), 143, (try? tmux.transcript()) ?? "")
        let screen = try tmux.screen()
        XCTAssertTrue(screen.contains("[frivillig exited 143]"), screen)
        XCTAssertFalse(screen.contains("Overblik"), "the full-screen UI is still shown:\n\(screen)")
        XCTAssertEqual(try tmux.format("#{alternate_on}"), "0", "still on the alternate screen")
        XCTAssertEqual(try tmux.format("#{keypad_cursor_flag}"), "0", "arrow keys left in application mode")
        try assertSavedWorkSurvived()
    }

    func testHangUpKeepsSavedWorkAndEndsTheProgram() throws {
        let tmux = try start()
        try saveOneAndLeaveOneUnsaved(tmux)
        let pid = try frivilligPID(tmux)
        // Closing the pane is closing the terminal window: the kernel sends SIGHUP.
        try tmux.tmux(["kill-pane", "-t", tmux.name])
        let end = Date().addingTimeInterval(deadline)
        while isRunning(pid) && Date() < end { usleep(10_000) }
        XCTAssertFalse(isRunning(pid), "frivillig \(pid) still runs after its terminal hung up")
        try assertSavedWorkSurvived()
    }

    func testTinyWindowShowsAMessageAndRecovers() throws {
        try cli.run(["add", "volunteer", "--name", "Bent Hansen"])
        let tmux = try start(width: 10, height: 3)
        let tiny = try tmux.waitFor("Vinduet", seconds: deadline)
        XCTAssertTrue(lines(tiny).allSatisfy { displayWidth($0) <= 10 }, tiny)
        XCTAssertNil(try tmux.exitStatus(), "the program ended in a 10×3 window")
        try tmux.resize(width: 100, height: 30)
        try tmux.waitFor(" 1 Overblik 2 Frivill", seconds: deadline)
        try tmux.keys("q")
        XCTAssertEqual(try tmux.waitForExit(seconds: deadline), 0, (try? tmux.transcript()) ?? "")
    }

    func testResizeStormLeavesTheProgramResponsive() throws {
        for name in ["Bent Hansen", "Åse Bæk", "Søren Østergaard"] { try cli.run(["add", "volunteer", "--name", name]) }
        let tmux = try start()
        try tmux.waitFor(" 1 Overblik", seconds: deadline)
        var random = SplitMix64(seed: 20_261_122)
        var sizes = [(1, 1), (200, 60)]
        while sizes.count < 50 { sizes.append((Int.random(in: 1 ... 200, using: &random), Int.random(in: 1 ... 60, using: &random))) }
        sizes.shuffle(using: &random)
        for (width, height) in sizes { try tmux.resize(width: width, height: height) }
        try tmux.resize(width: 100, height: 30)
        try tmux.keys("2")
        // The key can be read before the last resizes are: wait for the frame drawn at 100×30.
        let list = try tmux.waitUntil(seconds: deadline, description: "the volunteer list at 100×30") { screen in
            lines(screen).first?.hasPrefix(" 1 Overblik") == true && lines(screen).contains { $0.hasPrefix("Frivillige") && $0.hasSuffix("1–3 af 3") }
        }
        XCTAssertTrue(lines(list).first?.hasPrefix(" 1 Overblik") == true, list)
        XCTAssertTrue(lines(list).allSatisfy { displayWidth($0) <= 100 }, list)
        try tmux.keys("q")
        XCTAssertEqual(try tmux.waitForExit(seconds: deadline), 0, (try? tmux.transcript()) ?? "")
    }

    // MARK: Helpers

    private func start(width: Int = 100, height: Int = 30) throws -> TmuxSession {
        try TmuxSession(
            command: [CLIRunner.binary.path, "--store", cli.store.path],
            environment: ["LANG": "C.UTF-8", "FRIVILLIG_TODAY": "2026-11-22", "HOME": cli.home.path, "TERM": "tmux-256color"],
            width: width, height: height, directory: cli.home)
    }

    /// The program's own process: the pane runs the shell wrapper, whose child it is.
    private func frivilligPID(_ tmux: TmuxSession) throws -> pid_t {
        let shell = try tmux.format("#{pane_pid}")
        let children = try ChildProcesses.of(shell)
        return try XCTUnwrap(children.count == 1 ? pid_t(children[0]) : nil, "no single child of the pane's shell \(shell): \(children)")
    }

    /// Whether a process still runs; a zombie waiting to be reaped has ended.
    private func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let afterName = stat.range(of: ") ") else { return false }
        return stat[afterName.upperBound] != "Z"
    }
}

/// The rows of a captured screen.
private func lines(_ screen: String) -> [String] {
    var rows = screen.components(separatedBy: "\n")
    if rows.last == "" { rows.removeLast() }
    return rows
}

/// Columns a captured row takes in the terminal, counted independently of the program's
/// own `TextWidth`, for the text these tests use: East Asian wide characters and emoji
/// pictures 2, marks and format characters (the zero-width joiner) 0, everything else 1.
private func displayWidth<S: StringProtocol>(_ text: S) -> Int {
    text.unicodeScalars.reduce(0) { total, scalar in
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return total
        default: break
        }
        let wideRanges: [ClosedRange<UInt32>] = [0x1100 ... 0x115F, 0x2E80 ... 0xA4CF, 0xAC00 ... 0xD7A3, 0xF900 ... 0xFAFF,
                                                 0xFE30 ... 0xFE4F, 0xFF00 ... 0xFF60, 0xFFE0 ... 0xFFE6, 0x20000 ... 0x3FFFD]
        let wide = scalar.properties.isEmojiPresentation || wideRanges.contains { $0.contains(scalar.value) }
        return total + (wide ? 2 : 1)
    }
}

/// The display column at which `text` starts in `row`, or nil.
private func column(of text: String, in row: String) -> Int? {
    row.range(of: text).map { displayWidth(row[..<$0.lowerBound]) }
}

extension TmuxSession {
    /// A tmux format evaluated for the pane, e.g. `#{pane_title}` or `#{alternate_on}`.
    func format(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .newlines)
    }
}
