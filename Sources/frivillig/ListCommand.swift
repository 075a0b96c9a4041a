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

    @Option(help: HelpText.help(.usageListStatus, value: .usageValueStatus))
    var status: [VolunteerStatus] = []

    @Flag(help: HelpText.help(.usageListJson))
    var json = false

    func validate() throws {
        if !status.isEmpty && kind != .volunteers { throw ValidationError("--status filters volunteers only.") }
    }

    func run() throws {
        let console = Console(options)
        let store = try console.openStore(options)
        let listing = RecordListing(register: store.register, l10n: console.l10n, today: Day.today())
        let query = SearchQuery(search ?? "")
        switch kind {
        case .volunteers:
            let table = listing.volunteers(query)
            let shown = status.isEmpty ? table.records : table.records.filter { status.contains($0.status) }
            try emit(table.headers, shown, table.row, console) { $0 }
        case .contacts: try emit(listing.contacts(query), console) { $0 }
        case .workplaces: try emit(listing.workplaces(query), console) { $0 }
        case .agreements: try emit(listing.agreements(query), console) { $0.map(\.withoutCheckAssessments) }
        case .events: try emit(listing.events(query), console) { $0 }
        case .tasks: try emit(listing.tasks(query), console) { $0 }
        case .associations: try emit(listing.associations(query), console) { $0 }
        }
    }

    /// `shown` is what of the records `--json` may print: agreements go without their
    /// checks' outcomes, which never leave the program (databeskyttelsesloven §8).
    private func emit<T: Encodable, Shown: Encodable>(_ table: RecordListing.Table<T>, _ console: Console,
                                                      shown: ([T]) -> Shown) throws {
        try emit(table.headers, table.records, table.row, console, shown: shown)
    }

    private func emit<T: Encodable, Shown: Encodable>(_ headers: [String], _ records: [T], _ row: (T) -> [String],
                                                      _ console: Console, shown: ([T]) -> Shown) throws {
        if json {
            try console.json(shown(records))
            return
        }
        for line in TextColumns(headers: headers, rows: records.map(row)).lines() { console.line(line) }
    }
}

/// A status as `--status` takes it: the stored name or the word either language shows
/// (`ansøger`, also typed `ansoeger`).
extension VolunteerStatus: ExpressibleByArgument {
    public init?(argument: String) {
        let typed = SearchFold.plain(argument.trimmingWhitespace)
        let named = VolunteerStatus.allCases.first { status in
            [status.rawValue, Localizer(.da).status(status), Localizer(.en).status(status)].map(SearchFold.plain).contains(typed)
        }
        guard let named else { return nil }
        self = named
    }
}
