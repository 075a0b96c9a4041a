import Foundation

extension Benchmark {
    /// RUNS and SIZES of `--statistics [RUNS] SIZES...` and `--tasks [RUNS] SIZES...`:
    /// RUNS (default 5) may come first when there are two numbers or more.
    static func runsAndSizes(_ arguments: [String]) -> (runs: Int, sizes: [Int]) {
        var numbers = arguments.compactMap { Int($0) }
        let runs = numbers.count > 1 && numbers[0] < 100 ? numbers.removeFirst() : 5
        return (runs, numbers)
    }

    /// Runs `body` with a folder of its own for the generated stores, removed afterwards.
    static func withScratchFolder(_ body: (URL) throws -> Void) throws {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("frivillig-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }
}
