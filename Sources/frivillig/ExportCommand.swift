import ArgumentParser

/// `frivillig export …`: the register in formats other programs read.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: HelpText.l10n(.usageExportAbstract),
        subcommands: [ExportCSVCommand.self, ExportXlsxCommand.self, ExportVCardCommand.self, ExportCalendarCommand.self, ExportPersonCommand.self,
                      ExportPublicCommand.self])
}
