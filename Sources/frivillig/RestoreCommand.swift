import ArgumentParser
import FrivilligApp
import FrivilligCore

/// Makes an earlier snapshot current again; the current state is backed up first.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: HelpText.l10n(.usageRestoreAbstract),
        discussion: HelpText.l10n(.usageRestoreDiscussion))

    @OptionGroup var options: GlobalOptions

    @Argument(help: HelpText.help(.usageRestoreBackup, value: .usageValueBackup))
    var backup: String

    func run() throws {
        let console = Console(options)
        let store = try console.openStore(options, recovering: true)
        let backups = store.backups()
        let chosen = Int(backup).flatMap { backups.indices.contains($0 - 1) ? backups[$0 - 1] : nil }
            ?? backups.first { $0.name == backup || $0.url.path == backup }
        guard let chosen else {
            console.error(console.l10n(.restoreNoSuchBackup, backup))
            throw ExitCode(2)
        }
        do {
            if let setAside = try store.restore(chosen) { console.line(console.l10n(.restoreJournalSetAside, setAside.path)) }
        } catch {
            for text in console.l10n.storeError(error, backupPath: nil) { console.error(text) }
            console.error(console.l10n(.errorNothingWritten))
            throw ExitCode(2)
        }
        console.line(console.l10n(.restoreDone, chosen.name, console.l10n.count(.countVolunteers, store.register.volunteers.count)))
    }
}
