import ArgumentParser
import FrivilligApp
import Foundation

/// The register of a municipality's volunteer coordinator: volunteers, their emergency
/// contacts, workplaces, agreements and recognition events.
@main
struct Frivillig: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frivillig",
        abstract: "The volunteer coordinator's register, in the terminal.",
        discussion: "Without a command, opens the full-screen interface on the store.",
        version: "0.1.0",
        subcommands: [
            DemoCommand.self, IceCommand.self, ListCommand.self, AddCommand.self,
            LogEventCommand.self, HistoryCommand.self, CheckCommand.self, BackupsCommand.self, RestoreCommand.self,
            ImportCommand.self, ExportCommand.self, LetterCommand.self,
        ]
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try TUIRunner(options: options).run()
    }
}
