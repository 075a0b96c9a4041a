import ArgumentParser
import Foundation
import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

/// Where an export or a letter goes: standard output by default, or a file with `--out`.
///
/// A file is created 0600 (it holds personal data) and an existing one is only replaced
/// with `--force`. On standard output the bytes go out unchanged for a pipe or a file
/// (a vCard needs its CRLF); on a terminal control characters are filtered, so data
/// cannot send escape sequences to the screen.
struct ExportTarget: ParsableArguments {
    @Option(name: .customLong("out"), help: ArgumentHelp("Write to this file (created readable only by you) instead of standard output.", valueName: "file"))
    var out: String?

    @Flag(help: "Replace the --out file if it exists.")
    var force = false

    func write(_ text: String, console: Console) throws {
        guard let out else {
            if isatty(STDOUT_FILENO) == 1 {
                var lines = text.components(separatedBy: "\n")
                if lines.last == "" { lines.removeLast() }
                for line in lines { console.line(line.hasSuffix("\r") ? String(line.dropLast()) : line) }
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
            return
        }
        do {
            try PrivateFileWriter.write(Data(text.utf8), to: out, replace: force)
        } catch PrivateFileWriter.Failure.exists(let path) {
            console.error(console.l10n(.exportFileExists, path))
            throw ExitCode(2)
        } catch PrivateFileWriter.Failure.failed(let path, let reason) {
            console.error(console.l10n(.exportFileFailed, path, reason))
            throw ExitCode(2)
        }
        console.error(console.l10n(.exportWritten, out))
    }
}
