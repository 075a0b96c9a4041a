import ArgumentParser
import FrivilligApp
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The register of a municipality's volunteer coordinator: volunteers, their emergency
/// contacts, workplaces, agreements and recognition events.
@main
struct Frivillig: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frivillig",
        abstract: HelpText.l10n(.usageFrivilligAbstract),
        discussion: HelpText.l10n(.usageFrivilligDiscussion),
        version: "0.1.0",
        subcommands: [
            DemoCommand.self, IceCommand.self, ListCommand.self, AddCommand.self,
            LogEventCommand.self, HistoryCommand.self, ConsentCommand.self, AccessRequestCommand.self, EraseCommand.self,
            AnonymiseCommand.self, CheckCommand.self, BackupsCommand.self, RestoreCommand.self,
            SettingsCommand.self, RetentionCommand.self,
            ImportCommand.self, ExportCommand.self, LetterCommand.self,
            ReportCommand.self, MatchCommand.self,
        ]
    )

    @OptionGroup var options: GlobalOptions

    /// Parses and runs a command as swift-argument-parser's own `main` does, with two
    /// differences. SIGXFSZ is ignored: reaching the file size limit (`ulimit -f`) would
    /// otherwise kill the program mid-write with no word; ignored, the write fails with
    /// EFBIG, which is reported like a full disk. And the parser's messages, which quote
    /// the user's own arguments, are filtered like every other text for the terminal.
    static func main() {
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            ParserMessage.exit(with: error, from: Frivillig.self)
        }
    }

    func run() throws {
        try TUIRunner(options: options).run()
    }
}
