import ArgumentParser

/// Adds records from the command line (scripts, quick entry).
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: HelpText.l10n(.usageAddAbstract),
        subcommands: [AddVolunteerCommand.self, AddTaskCommand.self])
}
