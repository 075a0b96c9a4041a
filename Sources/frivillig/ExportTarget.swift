import ArgumentParser
import Foundation
import FrivilligCore
import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

/// Where an export or a letter goes: standard output by default, or a file with `--out`.
///
/// A file is written by `PrivateFileWriter`: 0600 (it holds personal data), complete or
/// not at all, an existing one only replaced with `--force`, never through a symbolic
/// link. On standard output the bytes go out unchanged for a pipe or a file
/// (a vCard needs its CRLF); on a terminal control characters are filtered, so data
/// cannot send escape sequences to the screen.
struct ExportTarget: ParsableArguments {
    @Option(name: .customLong("out"), help: HelpText.help(.usageTargetOut, value: .usageValueFile))
    var out: String?

    @Flag(help: HelpText.help(.usageTargetForce))
    var force = false

    func write(_ text: String, kind: ExportLog.Kind, console: Console) throws {
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
        try writeFile(Data(text.utf8), to: out, kind: kind, console: console)
        console.error(console.l10n(.exportWritten, out))
    }

    /// Writes `data` as the `--out` file, or says why not and exits with 2; either way no
    /// existing file has been changed unless the new one replaced it whole. A file
    /// written is noted in the store's export log (`ExportLog`), for a later erasure.
    func writeFile(_ data: Data, to path: String, kind: ExportLog.Kind, console: Console) throws {
        do {
            try PrivateFileWriter.write(data, to: path, replace: force, sparing: console.storeFiles)
            ExportLog(files: console.storeFiles).append(kind, path: path)
        } catch {
            console.error(error.message(console.l10n))
            throw ExitCode(2)
        }
    }
}
