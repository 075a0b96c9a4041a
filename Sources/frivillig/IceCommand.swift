import ArgumentParser
import Foundation
import FrivilligApp
import FrivilligCore

/// In case of emergency: who to call for a volunteer, in one command.
struct IceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ice",
        abstract: HelpText.l10n(.usageIceAbstract),
        discussion: HelpText.l10n(.usageIceDiscussion))

    @OptionGroup var options: GlobalOptions

    @Argument(help: HelpText.help(.usageIceQuery, value: .usageValueQuery))
    var query: [String]

    @Flag(help: HelpText.help(.usageJson))
    var json = false

    /// One hit in `--json`; `birthYear` is left out when unknown.
    struct Entry: Encodable {
        let id: String
        let name: String
        let phones: [String]
        let emergencyContacts: [EmergencyContact]
        let workplaces: [String]
        let birthYear: Int?
        let address: String
        let postalCode: String
        let city: String

        init(_ p: LookupIndex.Person) {
            id = p.id.uuidString
            name = p.name
            phones = p.phones
            emergencyContacts = p.emergencyContacts
            workplaces = p.particulars.workplaces
            birthYear = p.particulars.yearOfBirth
            address = p.particulars.address
            postalCode = p.particulars.postalCode
            city = p.particulars.city
        }
    }

    func run() throws {
        let console = Console(options)
        let l10n = console.l10n
        let text = query.joined(separator: " ")
        let search = SearchQuery(text)
        if json {
            let hits = try lookup(search, console: console)
            guard !hits.isEmpty else { throw none(text, console) }
            try console.json(hits.map(Entry.init))
            return
        }
        var out = IceText(l10n)
        let shown = try show(search, console: console) { out.add($0) }
        guard shown > 0 else { throw none(text, console) }
        out.finish()
    }

    private func none(_ text: String, _ console: Console) -> ExitCode {
        console.error(console.l10n(.cliIceNone, text))
        return ExitCode(1)
    }

    private var useIndex: Bool { ProcessInfo.processInfo.environment["FRIVILLIG_NO_INDEX"] == nil }

    /// The lookup index answers without loading the register; when it cannot be trusted
    /// (missing, stale, damaged) the store is loaded and the index written for next time.
    private func lookup(_ query: SearchQuery, console: Console) throws -> [LookupIndex.Person] {
        if useIndex, let people = LookupIndex.search(query, store: options.storeURL) {
            return people
        }
        let store = try console.openStore(options)
        // The fresh index has folded everyone already; answering from it folds no one twice.
        if store.refreshLookupIndex(), useIndex, let people = LookupIndex.search(query, store: options.storeURL) {
            return people
        }
        return LookupIndex.search(query, in: store.register)
    }

    /// `lookup`'s answer one card at a time, read in place from the index when it can be
    /// trusted; returns how many were shown.
    private func show(_ query: SearchQuery, console: Console, _ body: (LookupCard) -> Void) throws -> Int {
        if useIndex, let shown = LookupIndex.forEachCard(query, store: options.storeURL, body) {
            return shown
        }
        let store = try console.openStore(options)
        if store.refreshLookupIndex(), useIndex, let shown = LookupIndex.forEachCard(query, store: options.storeURL, body) {
            return shown
        }
        let people = LookupIndex.search(query, in: store.register)
        for p in people { body(LookupCard(p)) }
        return people.count
    }
}
