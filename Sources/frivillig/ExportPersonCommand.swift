import ArgumentParser
import FrivilligApp
import FrivilligCore
import FrivilligExchange
import Foundation
import TerminalUI

/// Everything stored about one volunteer, for a data-access request (indsigt).
struct ExportPersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Everything stored about one volunteer, for a data-access request (indsigt): as text, or as JSON with --json.",
        discussion: "The record with emergency contacts, workplaces, agreements, recognition events attended and the change history. QUERY must match exactly one volunteer (name, phone or id). Exit status: 0 when written, 1 when nobody matched, 2 when several did or on error.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var target: ExportTarget

    @Argument(help: "A few letters of the name, a phone number or an id.")
    var query: [String]

    @Flag(help: "Write JSON instead of text.")
    var json = false

    func run() throws {
        let console = Console(options)
        let l10n = console.l10n
        let store = try console.openStore(options)
        let volunteer = try console.volunteer(named: query.joined(separator: " "), in: store.register)
        let history = try console.history(of: volunteer, in: store)
        let today = Day.today()
        if json {
            let export = PersonExport(volunteer: volunteer, in: store.register, history: history, today: today)
            try target.write(try console.jsonText(export) + "\n", kind: .person, console: console)
        } else {
            let lines = PersonExportText(register: store.register, l10n: l10n, today: today).lines(for: volunteer, history: history)
            try target.write(lines.map(TextWidth.sanitize).joined(separator: "\n") + "\n", kind: .person, console: console)
        }
    }
}
