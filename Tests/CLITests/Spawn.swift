import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Starts a program with posix_spawn: stdin from /dev/null, stdout and stderr to files,
/// and the signal mask and dispositions reset so the test runner's do not leak into the
/// child (a tmux server that inherits a blocked SIGCHLD never reaps its pane). Used
/// instead of Foundation's Process where a child leaves a daemon behind or is killed.
enum Spawn {
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "cannot start \(path): \(reason)" }
    }

    /// Returns the child's pid; `environment` nil means this process's environment.
    static func start(_ argv: [String], stdout: String, stderr: String = "/dev/null", environment: [String]? = nil) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var cArgs = argv.map { strdup($0) } + [nil]
        var cEnv = environment.map { $0.map { strdup($0) } + [nil] }
        defer {
            cArgs.forEach { free($0) }
            cEnv?.forEach { free($0) }
        }
        var pid: pid_t = 0
        let rc: Int32
        if cEnv != nil {
            rc = posix_spawn(&pid, argv[0], &actions, &attributes, &cArgs, &cEnv!)
        } else {
            rc = posix_spawn(&pid, argv[0], &actions, &attributes, &cArgs, environ)
        }
        guard rc == 0 else { throw Failure(path: argv[0], reason: String(cString: strerror(rc))) }
        return pid
    }
}
