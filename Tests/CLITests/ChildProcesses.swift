import Foundation

/// The processes a test started, found through their parent: the tmux pane runs a shell
/// wrapper whose child is the program under test.
enum ChildProcesses {
    /// The pids of `parent`'s children, as pgrep lists them.
    static func of(_ parent: String) throws -> [String] {
        let pgrep = Process()
        pgrep.executableURL = URL(fileURLWithPath: "/usr/bin/pgrep")
        pgrep.arguments = ["-P", parent]
        let out = Pipe()
        pgrep.standardOutput = out
        try pgrep.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        pgrep.waitUntilExit()
        return text.split(separator: "\n").map(String.init)
    }
}
