import FrivilligApp
import FrivilligCore
import Foundation
import TerminalUI

/// Measures what a coordinator feels on generated stores of several sizes: loading,
/// the first screen, a key in a search, paging, the emergency lookup and saving.
///
/// Usage: `swift run -c release frivillig-bench [SIZES...]` (default 1000 10000 100000).
/// Figures are medians in milliseconds; see BENCHMARKS.md.
@main
struct Benchmark {
    static func main() throws {
        let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
        let today = Day(year: 2026, month: 11, day: 23)!
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("frivillig-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        print("| volunteers | file MB | load store | first paint | search key (median / max) | page down | emergency key | commit one edit | full save |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for n in sizes.isEmpty ? [1_000, 10_000, 100_000] : sizes {
            try run(volunteers: n, today: today, folder: folder)
        }
        print("\npeak memory (whole run, VmHWM): \(peakMemoryMiB()) MiB")
    }

    static func run(volunteers n: Int, today: Day, folder: URL) throws {
        let url = folder.appendingPathComponent("store-\(n).json")
        let register = DemoGenerator(seed: 1, volunteers: n, today: today).make()
        let seeded = try Store.open(at: url)
        let (_, fullSave) = try Stopwatch.time { try seeded.replace(with: register) }
        let size = Double((try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0) / 1_048_576

        let (store, load) = try Stopwatch.time { try Store.open(at: url) }
        let (state, firstPaint) = Stopwatch.time { () -> AppState in
            let s = AppState(register: store.register, l10n: Localizer(.da), today: today, storePath: url.path, width: 100, height: 30)
            _ = s.view()
            return s
        }

        let keyTimes = timeKeys("soeren".map { .char($0) }, after: [.char("2"), .char("/")], from: state)
        let pageTimes = timeKeys(Array(repeating: .pageDown, count: 20), after: [.char("2")], from: state)
        let lookupTimes = timeKeys("sør".map { .char($0) }, after: [.char("!")], from: state)

        var edited = store.register.volunteers[0]
        edited.notes = "benchmark"
        let (_, commit) = try Stopwatch.time { try store.commit([.putVolunteer(edited)]) }

        let f = { (ms: Double) in String(format: "%.1f ms", ms) }
        print("| \(n) | \(String(format: "%.1f", size)) | \(f(load)) | \(f(firstPaint)) | \(f(Stopwatch.median(keyTimes))) / \(f(keyTimes.max() ?? 0)) | \(f(Stopwatch.median(pageTimes))) | \(f(Stopwatch.median(lookupTimes))) | \(f(commit)) | \(f(fullSave)) |")
    }

    /// The cost of each of `keys` (update and a full view), after `setup` keys untimed.
    static func timeKeys(_ keys: [Key], after setup: [Key], from state: AppState) -> [Double] {
        var s = state
        for key in setup { _ = s.update(key) }
        return keys.map { key in
            Stopwatch.time { () -> Buffer in
                _ = s.update(key)
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
