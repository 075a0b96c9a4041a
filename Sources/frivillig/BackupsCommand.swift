import ArgumentParser
import FrivilligApp
import FrivilligCore
import Foundation

/// Lists the earlier snapshots kept beside the store, newest first.
struct BackupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backups",
        abstract: HelpText.l10n(.usageBackupsAbstract),
        discussion: HelpText.l10n(.usageBackupsDiscussion))

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let console = Console(options)
        let store = try console.openStore(options, recovering: true)
        let backups = store.backups()
        guard !backups.isEmpty else {
            console.line(console.l10n(.backupsNone, store.files.backups.path))
            return
        }
        let rows = backups.enumerated().map { i, b in
            [String(i + 1), b.date.map { console.l10n.dateTime($0) } ?? "", console.l10n.size(b.size), b.name]
        }
        let headers = [console.l10n(.backupsNumber), console.l10n(.backupsWhen), console.l10n(.backupsSize), console.l10n(.backupsFile)]
        for line in TextColumns(headers: headers, rows: rows).lines() { console.line(line) }
        console.line()
        console.line(console.l10n(.backupsHint))
    }
}
