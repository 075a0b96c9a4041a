import FrivilligApp
import FrivilligCore
import FrivilligExchange
import Foundation
import TerminalUI

/// Measures what a coordinator feels on generated stores of several sizes: opening the
/// store and drawing the first screen, a key in a search, paging, the emergency lookup,
/// saving one edit, the compaction when the program quits, the statistics tab (its
/// first draw, which counts, and `p`, which counts again) and the yearly report.
///
/// Usage: `swift run -c release frivillig-bench [SIZES...]` (default 1000 10000 100000).
/// Each size is measured in a child process of its own (`--measure STORE`), so its peak
/// memory is that store's. Figures are medians; see BENCHMARKS.md.
/// `frivillig-bench --statistics [RUNS] SIZES...` measures only the statistics tab and
/// the yearly report, RUNS times each (default 5), for profiling them on their own;
/// `--tasks [RUNS] SIZES...` the task bank (`measureTasks`).
@main
struct Benchmark {
    static let today = Day(year: 2026, month: 11, day: 23)!

    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "--measure", arguments.count == 2 {
            try measure(store: URL(fileURLWithPath: arguments[1]))
            return
        }
        if arguments.first == "--tasks" {
            try measureTasks(Array(arguments.dropFirst()))
            return
        }
        if arguments.first == "--statistics" {
            try measureStatistics(Array(arguments.dropFirst()))
            return
        }
        let sizes = arguments.compactMap { Int($0) }
        print("| volunteers | file MB | open store | start to first paint | search key (median / max) | page down | emergency key | commit one edit (median / max of 20) | compaction | statistics tab (first draw / p) | report for a year (md / html) | peak memory |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        try withScratchFolder { folder in
            for n in sizes.isEmpty ? [1_000, 10_000, 100_000] : sizes {
                let url = folder.appendingPathComponent("store-\(n).json")
                try Store.open(at: url).replace(with: DemoGenerator(seed: 1, volunteers: n, today: today).make())
                let size = Double((try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0) / 1_048_576
                let child = Process()
                child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
                child.arguments = ["--measure", url.path]
                let out = Pipe()
                child.standardOutput = out
                try child.run()
                let row = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                child.waitUntilExit()
                print("| \(n) | \(String(format: "%.1f", size)) | \(row.trimmingCharacters(in: .whitespacesAndNewlines)) |")
            }
        }
    }

    /// Measures one store in a process of its own, so the peak memory is this store's.
    static func measure(store url: URL) throws {
        let clock = ContinuousClock()
        let start = clock.now
        let store = try Store.open(at: url)
        let load = Stopwatch.milliseconds(clock.now - start)
        let state = AppState(register: store.register, l10n: Localizer(.da), today: today, storePath: url.path, width: 100, height: 30)
        _ = state.view()
        let firstPaint = Stopwatch.milliseconds(clock.now - start)

        let keyTimes = timeKeys("soeren".map { .char($0) }, after: [.char("2"), .char("/")], from: state)
        let pageTimes = timeKeys(Array(repeating: .pageDown, count: 20), after: [.char("2")], from: state)
        let lookupTimes = timeKeys("sør".map { .char($0) }, after: [.char("!")], from: state)

        var commits: [Double] = []
        for i in 0..<20 {
            var edited = store.register.volunteers[i * 7 % store.register.volunteers.count]
            edited.notes = "benchmark \(i)"
            commits.append(try Stopwatch.time { try store.commit([.putVolunteer(edited)]) }.1)
        }
        let (_, compaction) = try Stopwatch.time { try store.compact() }

        let statistics = timeKeys([.char("7")], after: [], from: state)[0]
        let period = Stopwatch.median(timeKeys(Array(repeating: .char("p"), count: 3), after: [.char("7")], from: state))
        let l10n = Localizer(.da)
        let report = { (format: ReportFormat) in
            Stopwatch.time { format.render(YearlyReport(register: store.register, year: 2026, today: today, l10n: l10n)) }.1
        }
        let (markdown, html) = (report(.md), report(.html))

        let f = { (ms: Double) in ms >= 1000 ? String(format: "%.2f s", ms / 1000) : String(format: "%.1f ms", ms) }
        print("\(f(load)) | \(f(firstPaint)) | \(f(Stopwatch.median(keyTimes))) / \(f(keyTimes.max() ?? 0)) | \(f(Stopwatch.median(pageTimes))) | \(f(Stopwatch.median(lookupTimes))) | \(f(Stopwatch.median(commits))) / \(f(commits.max() ?? 0)) | \(f(compaction)) | \(f(statistics)) / \(f(period)) | \(f(markdown)) / \(f(html)) | \(peakMemoryMiB()) MiB")
    }

    /// The statistics tab (first draw, `p`) and the yearly report (md, html) alone, medians
    /// of `runs` runs, on stores saved and opened again (the status periods are written
    /// on saving). `RUNS` may come first when there are two numbers or more.
    static func measureStatistics(_ arguments: [String]) throws {
        let (runs, sizes) = runsAndSizes(arguments)
        print("| volunteers | runs | statistics tab (first draw / p) | report for a year (md / html) |")
        print("|---:|---:|---:|---:|")
        try withScratchFolder { folder in
            for n in sizes {
                let url = folder.appendingPathComponent("store-\(n).json")
                try Store.open(at: url).replace(with: DemoGenerator(seed: 1, volunteers: n, today: today).make())
                let register = try Store.open(at: url).register
                let state = AppState(register: register, l10n: Localizer(.da), today: today, storePath: url.path, width: 100, height: 30)
                let l10n = Localizer(.da)
                let report = { (format: ReportFormat) in
                    Stopwatch.time { format.render(YearlyReport(register: register, year: 2026, today: today, l10n: l10n)) }.1
                }
                var first: [Double] = [], period: [Double] = [], markdown: [Double] = [], html: [Double] = []
                for _ in 0..<runs {
                    first.append(timeKeys([.char("7")], after: [], from: state)[0])
                    period.append(timeKeys([.char("p")], after: [.char("7")], from: state)[0])
                    markdown.append(report(.md))
                    html.append(report(.html))
                }
                let f = { (values: [Double]) in
                    let ms = Stopwatch.median(values)
                    return ms >= 1000 ? String(format: "%.2f s", ms / 1000) : String(format: "%.1f ms", ms)
                }
                print("| \(n) | \(runs) | \(f(first)) / \(f(period)) | \(f(markdown)) / \(f(html)) |")
            }
        }
    }

    /// The cost of each of `keys` (update and a full view), after `setup` keys untimed.
    static func timeKeys(_ keys: [Key], after setup: [Key], from state: AppState) -> [Double] {
        var s = state
        for key in setup { _ = s.update(.key(key)) }
        return keys.map { key in
            Stopwatch.time { () -> Buffer in
                _ = s.update(.key(key))
                return s.view()
            }.1
        }
    }

    /// The process's peak resident memory, from /proc.
    static func peakMemoryMiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kb = Int(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kb / 1024
    }
}
