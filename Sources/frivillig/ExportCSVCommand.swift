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
        abstract: HelpText.l10n(.usageExportCsvAbstract),
        discussion: HelpText.l10n(.usageExportCsvDiscussion))

    @OptionGroup var options: GlobalOptions

    @Argument(help: HelpText.help(.usageExportCsvKind, value: .usageValueRecords))
    var kind: RecordKind

    @OptionGroup var target: ExportTarget

    func run() throws {
        let console = Console(options)
        let store = try console.openStore(options)
        let export = CsvExport(register: store.register, language: options.language == .da ? .da : .en)
        let document = kind.document(export)
        guard let out = target.out else {
            writeToStandardOutput(document.data, console)
            return
        }
        try target.writeFile(document.data, to: out, kind: .csv, console: console)
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
}
