import ArgumentParser
import FrivilligApp
import FrivilligCore
import FrivilligExchange
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes one collection as an `.xlsx` workbook: the CSV export's columns with dates as
/// dates, phone numbers and text as text cells, and a bold, frozen header row.
struct ExportXlsxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xlsx",
        abstract: HelpText.l10n(.usageExportXlsxAbstract),
        discussion: HelpText.l10n(.usageExportXlsxDiscussion))

    @OptionGroup var options: GlobalOptions

    @Argument(help: HelpText.help(.usageExportCsvKind, value: .usageValueRecords))
    var kind: RecordKind

    @OptionGroup var target: ExportTarget

    func run() throws {
        let console = Console(options)
        let store = try console.openStore(options)
        let export = CsvExport(register: store.register, language: options.language == .da ? .da : .en)
        let document = kind.document(export)
        let sheet: TextKey = switch kind {
        case .volunteers: .xlsxSheetVolunteers
        case .contacts: .xlsxSheetContacts
        case .workplaces: .xlsxSheetWorkplaces
        case .agreements: .xlsxSheetAgreements
        case .events: .xlsxSheetEvents
        case .tasks: .xlsxSheetTasks
        case .associations: .xlsxSheetAssociations
        }
        let data = XlsxWriter.workbook(document, sheet: console.l10n(sheet))
        guard let out = target.out else {
            guard isatty(STDOUT_FILENO) != 1 else {
                console.error(console.l10n(.xlsxToTerminal))
                throw ExitCode(2)
            }
            FileHandle.standardOutput.write(data)
            return
        }
        try target.writeFile(data, to: out, kind: .xlsx, console: console)
        console.line(console.l10n(.csvWritten, console.l10n.rows(document.rows.count), out))
    }
}
