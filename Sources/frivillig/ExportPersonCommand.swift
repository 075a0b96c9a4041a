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
        abstract: HelpText.l10n(.usageExportPersonAbstract),
        discussion: HelpText.l10n(.usageExportPersonDiscussion))

    @OptionGroup var options: GlobalOptions
    @OptionGroup var target: ExportTarget

    @Argument(help: HelpText.help(.usageQuery, value: .usageValueQuery))
    var query: [String]

    @Flag(help: HelpText.help(.usageExportPersonJson))
    var json = false

    func run() throws {
        let console = Console(options)
        let l10n = console.l10n
        let store = try console.openStore(options)
        let volunteer = try console.volunteer(named: query.joined(separator: " "), in: store.register)
        let history = try console.history(of: volunteer, in: store)
        let today = Day.today()
        let answers = answering(volunteer, in: store.register, today: today)
        let register = try store.register.applying(answers.map(Change.putAccessRequest))
        if json {
            let export = PersonExport(volunteer: volunteer, in: register, history: history, today: today)
            try target.write(try console.jsonText(export) + "\n", kind: .person, console: console)
        } else {
            let lines = PersonExportText(register: register, l10n: l10n, today: today).lines(for: volunteer, history: history)
            try target.write(lines.map(TextWidth.sanitize).joined(separator: "\n") + "\n", kind: .person, console: console)
        }
        guard !answers.isEmpty else { return }
        try console.commit(answers.map(Change.putAccessRequest), to: store)
        for r in answers { console.error(l10n(.cliAccessExportAnswered, r.shortID, r.answerFile)) }
    }

    /// The person's open access requests, answered today with the `--out` file: the
    /// export written to a file is the answer. Nothing when it goes to standard output.
    private func answering(_ v: Volunteer, in register: Register, today: Day) -> [AccessRequest] {
        guard let out = target.out else { return [] }
        let path = URL(fileURLWithPath: out).standardizedFileURL.path
        return register.accessRequests.filter { $0.volunteerID == v.id && $0.isOpen }.map {
            var r = $0
            r.answered = today
            r.answerFile = path
            return r
        }
    }
}
