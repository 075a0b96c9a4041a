import ArgumentParser
import FrivilligCore
import FrivilligExchange
import Foundation

/// `frivillig export public opgaver|foreninger`: the lists for the municipality's web
/// page (`PublicList`). They hold no volunteer's personal data, so, like the report,
/// they are not noted in the export log; a file is still written 0600 and never
/// replaces another without `--force`.
struct ExportPublicCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "public",
        abstract: HelpText.l10n(.usageExportPublicAbstract))

    enum List: String, ExpressibleByArgument {
        case tasks, associations

        init?(argument: String) {
            switch SearchFold.plain(argument.trimmingWhitespace) {
            case "tasks", "opgaver": self = .tasks
            case "associations", "foreninger": self = .associations
            default: return nil
            }
        }
    }

    @OptionGroup var options: GlobalOptions

    @Argument(help: HelpText.help(.usageExportPublicList, value: .usageValueList))
    var list: List

    @Option(help: HelpText.help(.usageReportFormat, value: .usageValueFormat))
    var format: ReportFormat = .md

    @OptionGroup var target: ExportTarget

    func run() throws {
        let console = Console(options)
        let register = try console.openStore(options).register
        let table = list == .tasks ? PublicList.openTasks(register, l10n: console.l10n) : PublicList.directory(register, l10n: console.l10n)
        try ReportCommand.deliver(table.render(format), to: target, console)
    }
}
