import ArgumentParser

/// `frivillig export …`: the register in formats other programs read.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export records as CSV for Excel, volunteers and contacts as vCards, recognition events as a calendar, or everything about one person.",
        subcommands: [ExportCSVCommand.self, ExportVCardCommand.self, ExportCalendarCommand.self, ExportPersonCommand.self])
}
