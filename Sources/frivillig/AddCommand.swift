import ArgumentParser

/// Adds records from the command line (scripts, quick entry).
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a record.",
        subcommands: [AddVolunteerCommand.self])
}
