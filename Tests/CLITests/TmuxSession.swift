import Foundation
import XCTest

/// The real binary in a private tmux server: keys in, screen text out, as a person at a
/// terminal would see it. Waits by polling the pane for the expected text, never by
/// sleeping a fixed time.
final class TmuxSession {
    let socket = "frivillig-e2e-\(UUID().uuidString.prefix(8))"
    let name = "app"
    private let config: URL

    init(command: [String], environment: [String: String], width: Int = 100, height: Int = 30, directory: URL) throws {
        config = directory.appendingPathComponent("tmux.conf")
        try "set -g remain-on-exit on\nset -g status off\n".write(to: config, atomically: true, encoding: .utf8)
        var args = ["-f", config.path, "new-session", "-d", "-s", name, "-x", String(width), "-y", String(height)]
        for (k, v) in environment.sorted(by: { $0.key < $1.key }) { args += ["-e", "\(k)=\(v)"] }
        // A shell waits for the program and prints its status: tmux's own notice of a
        // dead pane depends on SIGCHLD reaching the server, which a test runner's
        // signal mask can prevent.
        let line = command.map(TmuxSession.quote).joined(separator: " ") + "; echo \"\(TmuxSession.exitMarker)$?]\""
        args += ["/bin/sh", "-c", line]
        try tmux(args)
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    private static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs a tmux command and returns what it printed.
    ///
    /// Spawned and reaped by hand: the call that starts the tmux server leaves a daemon
    /// behind that inherits the descriptors Foundation's `Process` watches, and
    /// `waitUntilExit` would then wait for the daemon too. The signal mask and
    /// dispositions are reset so the server does not run with the test runner's.
    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-out-\(UUID().uuidString)").path
        defer { unlink(output) }
        let pid = try Spawn.start(["/usr/bin/tmux", "-L", socket] + args, stdout: output)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    /// Keys by tmux name (`Down`, `Escape`, `C-l`, `Space`).
    func keys(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

    /// Literal text, e.g. `soeren` or `ø`.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", name]) }

    /// Everything the pane printed, scrollback included, wrapped lines joined.
    func transcript() throws -> String { try tmux(["capture-pane", "-p", "-J", "-S", "-", "-t", name]) }

    /// Polls until the screen contains `text` (or `predicate` holds), up to `seconds`.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 10, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try waitUntil(seconds: seconds, file: file, line: line, description: text) { $0.contains(text) }
    }

    @discardableResult
    func waitUntil(seconds: Double = 10, file: StaticString = #filePath, line: UInt = #line, description: String, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if predicate(last) { return last }
            usleep(10_000)
        }
        XCTFail("timed out waiting for \(description); screen was:\n\(last)", file: file, line: line)
        throw CancellationError()
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    static let exitMarker = "[frivillig exited "

    /// The exit status once the program has ended, or nil while it runs.
    func exitStatus() throws -> Int? {
        let text = try transcript()
        guard let range = text.range(of: TmuxSession.exitMarker) else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }

    func waitForExit(seconds: Double = 10) throws -> Int? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let status = try exitStatus() { return status }
            usleep(10_000)
        }
        return nil
    }
}
