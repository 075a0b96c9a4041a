import ArgumentParser
import FrivilligApp
import FrivilligCore

/// Lists a collection as aligned text or JSON, optionally filtered by a search.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: HelpText.l10n(.usageListAbstract))

    @OptionGroup var options: GlobalOptions

    @Argument(help: HelpText.help(.usageListKind, value: .usageValueRecords))
    var kind: RecordKind

    @Option(help: HelpText.help(.usageListSearch, value: .usageValueSearch))
    var search: String?

    @Flag(help: HelpText.help(.usageListJson))
    var json = false

    func run() throws {
        let console = Console(options)
        let store = try console.openStore(options)
        let listing = RecordListing(register: store.register, l10n: console.l10n, today: Day.today())
        let query = SearchQuery(search ?? "")
        switch kind {
        case .volunteers: try emit(listing.volunteers(query), console) { $0 }
        case .contacts: try emit(listing.contacts(query), console) { $0 }
        case .workplaces: try emit(listing.workplaces(query), console) { $0 }
        case .agreements: try emit(listing.agreements(query), console) { $0.map(\.withoutCheckAssessments) }
        case .events: try emit(listing.events(query), console) { $0 }
        }
    }

    /// `shown` is what of the records `--json` may print: agreements go without their
    /// checks' outcomes, which never leave the program (databeskyttelsesloven §8).
    private func emit<T: Encodable, Shown: Encodable>(_ table: RecordListing.Table<T>, _ console: Console,
                                                      shown: ([T]) -> Shown) throws {
        if json {
            try console.json(shown(table.records))
            return
        }
        for line in TextColumns(headers: table.headers, rows: table.rows).lines() { console.line(line) }
    }
}
