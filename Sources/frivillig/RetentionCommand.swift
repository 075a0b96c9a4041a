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
        abstract: "List the volunteers and contacts due to be anonymised or erased under the retention rules, or carry it all out with --apply.",
        discussion: """
            The rules are settings kept in the store (see frivillig settings). --apply shows \
            a summary, then asks you to type the number of records (or give it with \
            --confirm N) and anonymises or erases each one in every file of the store, as \
            frivillig anonymise and erase do; contacts are deleted from the register. \
            --json lists ids, reasons, dates and actions, without names. Exit status: 0 \
            when listed or done, 1 when not confirmed, 2 on error.
            """)

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Print the list as JSON (ids, no names).")
    var json = false

    @Flag(help: "Anonymise or erase everything on the list.")
    var apply = false

    @Flag(help: "With --apply: show the summary, and change nothing.")
    var dryRun = false

    @Option(help: "With --apply: the number of records, to confirm without being asked.")
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
