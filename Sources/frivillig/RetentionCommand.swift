import ArgumentParser
import FrivilligApp
import FrivilligCore
import Foundation

/// What the retention rules (`frivillig settings`) say the register may no longer keep:
/// each volunteer or contact that is due, why, since when, the day it became due and
/// whether it is to be anonymised or erased. With `--apply`, carries them all out after
/// one summary and one confirmation.
struct RetentionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: HelpText.l10n(.usageRetentionAbstract),
        discussion: HelpText.l10n(.usageRetentionDiscussion))

    @OptionGroup var options: GlobalOptions

    @Flag(help: HelpText.help(.usageRetentionJson))
    var json = false

    @Flag(help: HelpText.help(.usageRetentionApply))
    var apply = false

    @Flag(help: HelpText.help(.usageRetentionDryRun))
    var dryRun = false

    @Option(help: HelpText.help(.usageRetentionConfirm, value: .usageValueCount))
    var confirm: Int?

    /// One row of `--json`: the record by id only, so the output names no one.
    struct Entry: Encodable {
        let record: String
        let id: String
        let reason: String
        let since: String
        let due: String
        let action: String
    }

    func run() throws {
        let console = Console(options)
        let l10n = console.l10n
        if json && apply { try refuse(l10n(.retentionJsonWithApply), console) }
        if !apply, let flag = dryRun ? "--dry-run" : confirm != nil ? "--confirm" : nil {
            try refuse(l10n(.retentionApplyOnly, flag), console)
        }
        let today = Day.today()
        let store = try console.openStore(options)
        let listing = RetentionListing(register: store.register, today: today, l10n: l10n)
        let items = listing.retention.items
        if json {
            try console.json(items.map(RetentionCommand.entry))
            return
        }
        guard !items.isEmpty else {
            console.line(l10n(.retentionNone, l10n.date(today)))
            return
        }
        console.line(l10n(.retentionTitle, l10n.date(today), items.count))
        for line in TextColumns(headers: listing.headers, rows: items.map(listing.row)).lines() { console.line("  " + line) }
        guard apply else { return }
        try RetentionApply(console: console, store: store, today: today, confirm: confirm, dryRun: dryRun).run(items)
    }

    static func entry(_ item: Retention.Item) -> Entry {
        let record: String
        switch item.record {
        case .volunteer: record = "volunteer"
        case .contact: record = "contact"
        }
        return Entry(record: record, id: item.record.id.uuidString, reason: item.reason.rawValue, since: item.since.iso,
                     due: item.due.iso, action: item.action.rawValue)
    }

    private func refuse(_ message: String, _ console: Console) throws {
        console.error(message)
        throw ExitCode(2)
    }
}
