import Foundation
import FrivilligCore
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Every change whose command reported success survives a SIGKILL at any moment.
///
/// `FrivilligKillWriter` (a small executable built only for this test) commits changes in
/// a loop and writes "ok TAG-n" to stdout only after `Store.commit` has returned; now
/// and then it compacts. The harness lets it run a random 2–40 ms, kills it with SIGKILL
/// and reaps it, then requires that the store still loads, that `frivillig check` exits
/// 0, and that every change ever reported "ok" on that store is in the register (a
/// volunteer's name, an event's title, or a word of a volunteer's notes for an edit).
/// Some rounds run two writers on the same store at once, which only works if the lock
/// and the catch-up before each save do their job.
///
/// Waits poll with deadlines; nothing sleeps a fixed time to synchronise. The writers'
/// stdout goes to a file (not a pipe), so reading it after a kill cannot block.
/// FRIVILLIG_KILL_SEED=n replays the same choices of delays and rounds.
final class KillTests: XCTestCase {
    static let stores = 8
    static let roundsPerStore = 25

    struct Totals {
        var rounds = 0
        var kills = 0
        var killsBeforeReady = 0
        var killsInsideCompaction = 0
        var pairRounds = 0
        var reported = 0
        var verifications = 0
        var missing = 0
        var savedButUnreported = 0
        var compactions = 0
        var notices = 0
        var strayTempFiles = 0
    }

    func testEveryReportedChangeSurvivesSIGKILL() throws {
        let writer = Bundle.main.bundleURL.appendingPathComponent("FrivilligKillWriter")
        guard FileManager.default.isExecutableFile(atPath: writer.path) else {
            XCTFail("\(writer.path) is missing: build with --build-tests (CLITests depends on FrivilligKillWriter)")
            return
        }
        let seed = ProcessInfo.processInfo.environment["FRIVILLIG_KILL_SEED"].flatMap(UInt64.init) ?? 20_261_122
        var rng = SplitMix64(seed: seed)
        var totals = Totals()
        let clock = ContinuousClock()
        let started = clock.now
        for s in 1...KillTests.stores {
            try runStore(number: s, writer: writer, rng: &rng, totals: &totals)
        }
        let wall = clock.now - started
        let seconds = Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18
        print("""
            KillTests: seed \(seed); \(KillTests.stores) stores, \(totals.rounds) rounds (\(totals.pairRounds) with two writers), \
            \(totals.kills) writers killed with SIGKILL (\(totals.killsBeforeReady) before the store was open, \
            \(totals.killsInsideCompaction) inside a compaction); \(totals.reported) changes reported ok, \
            \(totals.missing == 0 ? "all present" : "\(totals.missing) MISSING") (\(totals.verifications) presence checks), \
            \(totals.savedButUnreported) saved just before the kill without being reported; \(totals.compactions) compactions completed; \(totals.notices) load notices; \
            \(totals.strayTempFiles) stray temporary files; wall time \(String(format: "%.1f", seconds)) s
            """)
    }

    /// A commit of many changes (an import) is one commit: a writer committing groups
    /// of 100 volunteers of about 9 kB each, killed the moment the journal is seen growing
    /// (so mostly inside the write of a commit) or after a random wait, leaves every group
    /// it reported in full, and of the group it was writing all or nothing. The rounds
    /// whose kill cut the journal mid-commit show as torn notices.
    func testACommitOfManyChangesIsKeptWholeOrNotAtAll() throws {
        let writer = Bundle.main.bundleURL.appendingPathComponent("FrivilligKillWriter")
        let seed = ProcessInfo.processInfo.environment["FRIVILLIG_KILL_SEED"].flatMap(UInt64.init) ?? 20_261_201
        var rng = SplitMix64(seed: seed)
        let runner = try CLIRunner()
        var keep = false
        defer { if !keep { runner.remove() } }
        var reported: Set<Int> = [], rounds = 0, torn = 0, partial = 0
        for round in 1...20 {
            let tag = "g\(round)"
            let w = try KillWriter.spawn(writer, store: runner.store, tag: tag, seed: rng.next(), home: runner.home, groups: true)
            try w.waitForReady()
            // Odd rounds let one commit through first, so later groups build on reported ones.
            for _ in 0...(round % 2) {
                KillTests.waitForGrowth(of: runner.store.appendingPathExtension("journal").path, atMost: 0.05 + Double(rng.next(upTo: 400)) / 1000)
            }
            w.kill()
            let status = try w.reap()
            XCTAssertTrue(w.wasKilled(status), "\(tag) ended by itself: \(w.errors)")
            let oks = Set(w.lines.filter { $0.hasPrefix("ok ") }.compactMap { KillTests.marker(String($0.dropFirst(3)))?.1 })
            let store = try Store.open(at: runner.store)
            if store.notices.contains(where: { if case .tornJournalLine = $0 { return true } else { return false } }) { torn += 1 }
            var counts: [Int: Int] = [:]
            for v in store.register.volunteers {
                if let (t, n) = KillTests.marker(v.name), t == tag { counts[n, default: 0] += 1 }
            }
            for (n, count) in counts.sorted(by: { $0.key < $1.key }) where count != 100 {
                partial += 1
                XCTFail("round \(round): group \(tag)-\(n) has \(count) of 100 volunteers")
            }
            for n in oks where counts[n] != 100 {
                XCTFail("round \(round): group \(tag)-\(n) was reported saved but has \(counts[n] ?? 0) of 100")
            }
            reported.formUnion(oks.map { round * 1000 + $0 })
            rounds += 1
            if partial > 0 { keep = true; break }
        }
        XCTAssertGreaterThan(torn, 0, "no kill landed inside a commit, so the test showed nothing")
        print("KillTests: grouped commits: seed \(seed); \(rounds) rounds, \(rounds) writers killed with SIGKILL, \(reported.count) groups of 100 reported and present, \(torn) kills cut a commit (torn notice), \(partial) partial groups")
    }

    /// One store, killed `roundsPerStore` times. Stops at the first failure on this store
    /// (the folder is kept for a look), since every later round would fail the same way.
    private func runStore(number s: Int, writer: URL, rng: inout SplitMix64, totals: inout Totals) throws {
        let runner = try CLIRunner()
        let store = runner.store
        var keep = false
        defer { if !keep { runner.remove() } }
        /// Every change reported "ok" on this store so far, by tag.
        var reported: [String: [Int]] = [:]
        for round in 1...KillTests.roundsPerStore {
            let name = "s\(s)r\(round)"
            let pair = round > 1 && rng.next(upTo: 5) == 0
            // Mostly the delay starts once the store is open, so kills land among commits
            // and compactions; sometimes at spawn, so they land in opening (and creating) it.
            let fromSpawn = round == 1 || rng.next(upTo: 6) == 0
            var writers: [KillWriter] = []
            defer { for w in writers { w.forceKill() } }
            var statuses: [Int32] = []
            do {
                writers.append(try KillWriter.spawn(writer, store: store, tag: name + "a", seed: rng.next(), home: runner.home))
                if !fromSpawn { try writers[0].waitForReady() }
                if pair {
                    // The second one opens while the first is committing (or compacting).
                    usleep(rng.next(upTo: 10_000))
                    writers.append(try KillWriter.spawn(writer, store: store, tag: name + "b", seed: rng.next(), home: runner.home))
                    if !fromSpawn { try writers[1].waitForReady() }
                    totals.pairRounds += 1
                }
                usleep(2_000 + rng.next(upTo: 38_001))
                for (i, w) in writers.enumerated() {
                    if i > 0 { usleep(rng.next(upTo: 5_000)) }
                    w.kill()
                }
                statuses = try writers.map { try $0.reap() }
            } catch {
                keep = true
                XCTFail("round \(name): \(error)\nstore kept in \(runner.home.path)")
                return
            }
            for (w, status) in zip(writers, statuses) {
                guard w.wasKilled(status) else {
                    keep = true
                    XCTFail("\(w.tag) ended by itself (status \(KillTests.exitStatus(status))) before it was killed: \(w.errors)\nstore kept in \(runner.home.path)")
                    return
                }
                let lines = w.lines
                if !lines.contains("ready") { totals.killsBeforeReady += 1 }
                if lines.last == "compacting" { totals.killsInsideCompaction += 1 }
                totals.compactions += lines.filter { $0 == "compacted" }.count
                for line in lines where line.hasPrefix("ok ") {
                    guard let (tag, n) = KillTests.marker(String(line.dropFirst(3))), tag == w.tag else {
                        XCTFail("\(w.tag) wrote an unexpected line: \(line)")
                        continue
                    }
                    reported[tag, default: []].append(n)
                    totals.reported += 1
                }
                totals.kills += 1
            }
            writers.removeAll()
            totals.rounds += 1

            let ok = verify(store: store, runner: runner, round: name, reported: reported, totals: &totals)
            if !ok {
                keep = true
                XCTFail("round \(name) failed; store kept in \(runner.home.path)")
                return
            }
        }
        totals.strayTempFiles += (try? FileManager.default.contentsOfDirectory(atPath: runner.home.path))?
            .filter { $0.contains(".tmp-") }.count ?? 0
    }

    /// The store loads, `frivillig check` is happy, every reported change is there, and
    /// of the unreported ones at most the one each writer was saving when it died.
    private func verify(store url: URL, runner: CLIRunner, round: String, reported: [String: [Int]], totals: inout Totals) -> Bool {
        let store: Store
        do {
            store = try Store.open(at: url)
        } catch {
            XCTFail("round \(round): the store does not load after the kill: \(error)")
            return false
        }
        for notice in store.notices {
            print("KillTests: round \(round): load notice \(notice)")
            totals.notices += 1
        }
        var present: [String: Set<Int>] = [:]
        let words = store.register.volunteers.map(\.name) + store.register.events.map(\.title)
            + store.register.volunteers.flatMap { $0.notes.split(separator: " ").map(String.init) }
        for word in words {
            if let (tag, n) = KillTests.marker(word) { present[tag, default: []].insert(n) }
        }
        var good = true
        for (tag, numbers) in reported.sorted(by: { $0.key < $1.key }) {
            let have = present[tag] ?? []
            let missing = numbers.filter { !have.contains($0) }
            totals.verifications += numbers.count
            totals.missing += missing.count
            if !missing.isEmpty {
                XCTFail("round \(round): \(missing.count) change(s) of \(tag) reported ok are gone: \(missing.prefix(20).map { "\(tag)-\($0)" })")
                good = false
            }
        }
        // Only a change being saved at the moment of the kill may be there unreported:
        // for each writer ever run on this store, at most the one right after its last "ok".
        for (tag, numbers) in present.sorted(by: { $0.key < $1.key }) {
            let last = reported[tag]?.max() ?? 0
            let extra = numbers.filter { $0 > last }
            if extra.count > 1 || extra.contains(where: { $0 != last + 1 }) {
                XCTFail("round \(round): \(tag) has changes it never got to: \(extra.sorted()) after ok \(last)")
                good = false
            }
            if tag == round + "a" || tag == round + "b" { totals.savedButUnreported += extra.count }
        }
        do {
            let check = try KillTests.run(
                CLIRunner.binary, ["check", "--store", url.path], home: runner.home, seconds: 30)
            if check.status != 0 {
                XCTFail("round \(round): frivillig check exited \(check.status)\n\(check.stdout)\(check.stderr)")
                good = false
            }
        } catch {
            XCTFail("round \(round): frivillig check: \(error)")
            good = false
        }
        return good
    }

    /// Returns as soon as the file's size changes (a write into it is under way), or after
    /// `seconds`; polls stat every 20 µs so the kill that follows lands inside the write.
    static func waitForGrowth(of path: String, atMost seconds: Double) {
        var st = stat()
        let start = stat(path, &st) == 0 ? st.st_size : -1
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if stat(path, &st) == 0, st.st_size != start { return }
            usleep(20)
        }
    }

    /// "s1r7a-12" → ("s1r7a", 12).
    static func marker(_ word: String) -> (String, Int)? {
        guard let dash = word.lastIndex(of: "-"), let n = Int(word[word.index(after: dash)...]) else { return nil }
        return (String(word[..<dash]), n)
    }

    struct Ran {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs a program to its end (killing it after `seconds`), with CLIRunner's environment.
    static func run(_ program: URL, _ args: [String], home: URL, seconds: Double) throws -> Ran {
        let out = home.appendingPathComponent("run-\(UUID().uuidString).out").path
        let err = out.replacingOccurrences(of: ".out", with: ".err")
        defer { unlink(out); unlink(err) }
        let pid = try spawn(program.path, args, stdout: out, stderr: err, home: home)
        guard let status = reap(pid, seconds: seconds) else {
            Glibc.kill(pid, SIGKILL)
            _ = reap(pid, seconds: 10)
            throw KillTestError.timedOut("\(program.lastPathComponent) \(args.joined(separator: " "))")
        }
        return Ran(
            status: exitStatus(status),
            stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    }

    /// Starts a program as the CLI tests run `frivillig`: private HOME, fixed "today",
    /// Danish by default.
    static func spawn(_ path: String, _ args: [String], stdout: String, stderr: String, home: URL) throws -> pid_t {
        let env = ["HOME=\(home.path)", "PATH=/usr/bin:/bin", "FRIVILLIG_TODAY=2026-11-22", "LANG=C"]
        return try Spawn.start([path] + args, stdout: stdout, stderr: stderr, environment: env)
    }

    /// waitpid, polled, for at most `seconds`; nil if the process is still there.
    static func reap(_ pid: pid_t, seconds: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        var status: Int32 = 0
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { return status }
            if r < 0 && errno != EINTR { return nil }
            if Date() > deadline { return nil }
            usleep(200)
        }
    }

    /// WEXITSTATUS, or 128 + the signal for a process a signal ended (as a shell says it).
    static func exitStatus(_ status: Int32) -> Int32 {
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}

enum KillTestError: Error, CustomStringConvertible {
    case timedOut(String)
    case notReady(String, String)
    case notReaped(String)

    var description: String {
        switch self {
        case .timedOut(let what): return "\(what) did not finish in time"
        case .notReady(let tag, let errors): return "writer \(tag) did not open the store in time: \(errors)"
        case .notReaped(let tag): return "writer \(tag) did not die after SIGKILL"
        }
    }
}

/// One running FrivilligKillWriter and the files its stdout and stderr go to.
final class KillWriter {
    let tag: String
    let pid: pid_t
    let outPath: String
    let errPath: String
    private var reaped = false

    private init(tag: String, pid: pid_t, outPath: String, errPath: String) {
        self.tag = tag
        self.pid = pid
        self.outPath = outPath
        self.errPath = errPath
    }

    deinit {
        forceKill()
        unlink(outPath)
        unlink(errPath)
    }

    static func spawn(_ program: URL, store: URL, tag: String, seed: UInt64, home: URL, groups: Bool = false) throws -> KillWriter {
        let out = home.appendingPathComponent("writer-\(tag).out").path
        let err = home.appendingPathComponent("writer-\(tag).err").path
        let pid = try KillTests.spawn(program.path, [store.path, tag, String(seed)] + (groups ? ["groups"] : []),
                                      stdout: out, stderr: err, home: home)
        return KillWriter(tag: tag, pid: pid, outPath: out, errPath: err)
    }

    /// Complete lines written so far (a line cut short by the kill is left out).
    var lines: [String] {
        let text = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeLast()  // after the last newline: empty, or a line cut short
        return lines
    }

    var errors: String { (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "" }

    /// Polls stdout for "ready" (up to 20 s, a debug build on a busy machine).
    func waitForReady() throws {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if lines.contains("ready") { return }
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                reaped = true
                throw KillTestError.notReady(tag, "ended with status \(KillTests.exitStatus(status)): \(errors)")
            }
            usleep(200)
        }
        throw KillTestError.notReady(tag, errors)
    }

    func kill() {
        if !reaped { Glibc.kill(pid, SIGKILL) }
    }

    /// The wait status once the process is gone.
    func reap() throws -> Int32 {
        guard let status = KillTests.reap(pid, seconds: 20) else { throw KillTestError.notReaped(tag) }
        reaped = true
        return status
    }

    func wasKilled(_ status: Int32) -> Bool { status & 0x7f == SIGKILL }

    /// Used on the way out of a failed round: no writer outlives the test.
    func forceKill() {
        guard !reaped else { return }
        Glibc.kill(pid, SIGKILL)
        _ = KillTests.reap(pid, seconds: 20)
        reaped = true
    }
}

extension SplitMix64 {
    /// 0 ..< bound, for delays in microseconds.
    mutating func next(upTo bound: UInt32) -> UInt32 { UInt32(next() % UInt64(bound)) }
}
