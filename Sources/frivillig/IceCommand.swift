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
        let hits = try lookup(SearchQuery(text), console: console)
        guard !hits.isEmpty else {
            console.error(l10n(.cliIceNone, text))
            throw ExitCode(1)
        }
        if json {
            try console.json(hits.map(Entry.init))
            return
        }
        for (n, v) in hits.enumerated() {
            if n > 0 { console.line() }
            let phone = v.primaryPhone.map(Phone.display) ?? l10n(.cliIceNoPhone)
            let status = v.status == .active ? "" : "  [\(l10n.status(v.status))]"
            console.line("\(v.name)  \(phone)\(status)")
            let particulars = l10n.particulars(v.particulars)
            if !particulars.isEmpty { console.line("  " + particulars) }
            if v.emergencyContacts.isEmpty {
                console.line("  " + l10n(.cliIceNoContact))
            }
            for (i, c) in v.emergencyContacts.enumerated() {
                let relation = c.relation.isEmpty ? "" : " (\(c.relation))"
                console.line("  \(i + 1). \(c.name)\(relation)  \(Phone.display(c.phone))")
            }
        }
    }

    /// The lookup index answers without loading the register; when it cannot be trusted
    /// (missing, stale, damaged) the store is loaded and the index written for next time.
    private func lookup(_ query: SearchQuery, console: Console) throws -> [LookupIndex.Person] {
        let useIndex = ProcessInfo.processInfo.environment["FRIVILLIG_NO_INDEX"] == nil
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
}
