import ArgumentParser
import FrivilligApp
import FrivilligCore
import Foundation

/// What was saved about one volunteer and when: added, changed (which fields), came to
/// an event, an agreement saved, deleted.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: HelpText.l10n(.usageHistoryAbstract),
        discussion: HelpText.l10n(.usageHistoryDiscussion))

    @OptionGroup var options: GlobalOptions

    @Argument(help: HelpText.help(.usageQuery, value: .usageValueQuery))
    var query: [String]

    @Flag(help: HelpText.help(.usageJson))
    var json = false

    struct Output: Encodable {
        let id: String
        let name: String
        let entries: [Entry]
    }

    struct Entry: Encodable {
        let at: Date
        let kind: String
        let fields: [String]?
        let title: String?
        let date: String?
        let text: String
    }

    func run() throws {
        let console = Console(options)
        let l10n = console.l10n
        let store = try console.openStore(options)
        let volunteer = try console.volunteer(named: query.joined(separator: " "), in: store.register)
        let entries = try console.history(of: volunteer, in: store)
        if json {
            try console.json(Output(id: volunteer.id.uuidString, name: volunteer.name, entries: entries.map { entry(for: $0, l10n) }))
            return
        }
        console.line(l10n(.historyTitle, volunteer.name))
        if let gap = l10n.historyGap(entries) { console.line("  " + gap) }
        for e in entries { console.line("  " + l10n.historyLine(e)) }
    }

    private func entry(for e: HistoryEntry, _ l10n: Localizer) -> Entry {
        let text = l10n.history(e.what)
        switch e.what {
        case .created: return Entry(at: e.at, kind: "created", fields: nil, title: nil, date: nil, text: text)
        case .changed(let fields): return Entry(at: e.at, kind: "changed", fields: fields, title: nil, date: nil, text: text)
        case .deleted: return Entry(at: e.at, kind: "deleted", fields: nil, title: nil, date: nil, text: text)
        case .attended(let title, let day): return Entry(at: e.at, kind: "attended", fields: nil, title: title, date: day.iso, text: text)
        case .agreementSaved: return Entry(at: e.at, kind: "agreement-saved", fields: nil, title: nil, date: nil, text: text)
        case .agreementDeleted: return Entry(at: e.at, kind: "agreement-deleted", fields: nil, title: nil, date: nil, text: text)
        }
    }
}
