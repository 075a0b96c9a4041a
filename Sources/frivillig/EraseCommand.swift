import ArgumentParser
import FrivilligApp
import FrivilligCore
import Foundation

/// Erases a volunteer from the register and from every file the store keeps (GDPR art.
/// 17), after showing each place they occur and a confirmation by their name.
struct EraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: HelpText.l10n(.usageEraseAbstract),
        discussion: HelpText.l10n(.usageEraseDiscussion))

    @OptionGroup var options: GlobalOptions

    @OptionGroup var removal: RemovalOptions

    @Option(help: HelpText.help(.usageEraseRelatives, values: "keep|remove"))
    var relatives: Erasure.Relatives?

    func run() throws {
        let console = Console(options)
        let l10n = console.l10n
        let confirmation = RemovalConfirmation(console: console, confirm: removal.confirm)
        let store = try console.openStore(options)
        let volunteer = try console.volunteer(named: removal.query.joined(separator: " "), in: store.register)
        var erasure = store.erasure(of: volunteer, relatives: .keep)
        let relativeOf = Store.relativeOf(erasure, in: store.register)
        var choice = relatives ?? .keep
        if !relativeOf.isEmpty && relatives == nil && !removal.dryRun {
            let others = relativeOf.map(\.name).joined(separator: ", ")
            guard let answer = confirmation.ask(l10n(.eraseAskRelatives, volunteer.name, others)) else {
                console.error(l10n(.eraseRelativesNeeded, volunteer.name, others))
                throw ExitCode(1)
            }
            guard let picked = ["b": Erasure.Relatives.keep, "k": .keep, "f": .remove, "r": .remove][answer.lowercased().prefix(1).description] else {
                console.error(l10n(.eraseNotConfirmed))
                throw ExitCode(1)
            }
            choice = picked
        }
        erasure.relatives = choice
        for line in l10n.erasurePreview(store.preview(erasure), name: volunteer.name, relatives: choice) { console.line(line) }
        if removal.dryRun {
            console.line(l10n(.eraseDryRun))
            return
        }
        try confirmation.requireName(volunteer.name, question: l10n(.eraseTypeName, volunteer.name))
        try confirmation.run { progress throws(StoreError) in try store.erase(erasure, progress: progress) }
        console.line(l10n(.eraseDone))
    }
}

extension Erasure.Relatives: ExpressibleByArgument {}
