import ArgumentParser
import FrivilligApp
import FrivilligCore
import FrivilligExchange
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes one collection as a spreadsheet Danish Excel opens as it is (UTF-8 with BOM,
/// `;`, CRLF, phone numbers as text, dates dd-mm-yyyy).
struct ExportCSVCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Export volunteers, contacts, workplaces, agreements or events as CSV for Excel.",
        discussion: "Headers are Danish (English with --lang en). Volunteers, contacts and workplaces can be imported again with frivillig import.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "volunteers | contacts | workplaces | agreements | events")
    var kind: RecordKind

    @Option(help: ArgumentHelp("Write to this file (created 0600) instead of standard output.", valueName: "file"))
    var out: String?

    func run() throws {
        let console = Console(options)
        let store = try console.openStore(options)
        let export = CsvExport(register: store.register, language: options.language == .da ? .da : .en)
        let document: CsvDocument
        switch kind {
        case .volunteers: document = export.volunteers()
        case .contacts: document = export.contacts()
        case .workplaces: document = export.workplaces()
        case .agreements: document = export.agreements()
        case .events: document = export.events()
        }
        guard let out else {
            writeToStandardOutput(document.data, console)
            return
        }
        if let reason = ExportCSVCommand.writePrivately(document.data, to: out) {
            console.error(console.l10n(.csvWriteFailed, out, reason))
            throw ExitCode(2)
        }
        console.line(console.l10n(.csvWritten, console.l10n.rows(document.rows.count), out))
    }

    /// Raw bytes to a pipe or file; to a terminal, each line sanitised, since a name may
    /// hold escape sequences.
    private func writeToStandardOutput(_ data: Data, _ console: Console) {
        if isatty(STDOUT_FILENO) == 1 {
            let text = String(decoding: data.dropFirst(3), as: UTF8.self)
            for line in text.components(separatedBy: "\r\n").dropLast() { console.line(line) }
        } else {
            FileHandle.standardOutput.write(data)
        }
    }

    /// Writes the file with mode 0600 (it holds personal data), also when it already
    /// existed with a wider mode; nil on success, else the system's reason.
    static func writePrivately(_ data: Data, to path: String) -> String? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        defer { close(fd) }
        guard fchmod(fd, 0o600) == 0 else { return String(cString: strerror(errno)) }
        var offset = 0
        let failed: String? = data.withUnsafeBytes { buffer in
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += n
            }
            return nil
        }
        if let failed { return failed }
        return fsync(fd) == 0 ? nil : String(cString: strerror(errno))
    }
}
