import ArgumentParser

/// Writes the register in formats other programs read.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export records for other programs.",
        subcommands: [ExportCSVCommand.self])
}
