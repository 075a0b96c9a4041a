import ArgumentParser
import FrivilligApp
import FrivilligCore
import Foundation

/// Erases a person from the register and from every file the store keeps (GDPR art.
/// 17): a volunteer, a contact, or a relative held only as an emergency contact; after
/// showing each place they occur and a confirmation by their name.
struct EraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: HelpText.l10n(.usageEraseAbstract),
        discussion: HelpText.l10n(.usageEraseDiscussion))

    @OptionGroup var options: GlobalOptions

    @OptionGroup var removal: RemovalOptions

    @Option(help: HelpText.help(.usageEraseKind, value: .usageValueKind))
    var kind: ErasureTarget.Kind?

    @Option(help: HelpText.help(.usageEraseRelatives, value: .usageValueChoice))
    var relatives: Erasure.Relatives?

    func run() throws {
        let console = Console(options)
        let store = try console.openStore(options)
        switch try target(in: store.register, console) {
        case .volunteer(let volunteer): try erase(volunteer, in: store, console)
        case .contact(let contact): try erase(contact, in: store, console)
        case .relative(let entry, _): try eraseRelative(entry, in: store, console)
        }
    }

    /// The one person the query names; otherwise says so and exits: 1 when nobody
    /// matches, 2 when several do (listing them).
    private func target(in register: Register, _ console: Console) throws -> ErasureTarget {
        let l10n = console.l10n
        let query = removal.query.joined(separator: " ")
        let found = ErasureTarget.candidates(query, kind: kind, in: register)
        if found.count == 1 { return found[0] }
        guard !found.isEmpty else {
            console.error(kind.map { l10n(.eraseNoMatchOfKind, l10n(ErasureTarget.word($0)), query) } ?? l10n(.eraseNoMatch, query))
            throw ExitCode(1)
        }
        console.error(l10n(.eraseAmbiguous, query, found.count))
        for candidate in found.prefix(20) { console.error(candidate.candidateLine(l10n, in: register)) }
        if found.count > 20 { console.error("  … " + l10n.count(.cliMoreCandidates, found.count - 20)) }
        throw ExitCode(2)
    }

    private func erase(_ volunteer: Volunteer, in store: Store, _ console: Console) throws {
        var erasure = store.erasure(of: volunteer, relatives: .keep)
        erasure.relatives = try relativesChoice(volunteer.name, Store.relativeOf(erasure, in: store.register), console)
        let preview = console.l10n.erasurePreview(store.preview(erasure), name: volunteer.name, relatives: erasure.relatives)
        try confirmAndRun(volunteer.name, preview: preview, console) { progress throws(StoreError) in
            try store.erase(erasure, progress: progress)
        }
    }

    private func erase(_ contact: Contact, in store: Store, _ console: Console) throws {
        var erasure = store.erasure(of: contact, relatives: .keep)
        erasure.relatives = try relativesChoice(contact.name, Store.relativeOf(erasure, in: store.register), console)
        let preview = console.l10n.contactErasurePreview(store.preview(erasure), name: contact.name, relatives: erasure.relatives)
        try confirmAndRun(contact.name, preview: preview, console) { progress throws(StoreError) in
            try store.erase(erasure, progress: progress)
        }
    }

    /// Erasing a relative removes exactly their entries, so keeping them is refused.
    private func eraseRelative(_ entry: EmergencyContact, in store: Store, _ console: Console) throws {
        guard relatives != .keep else {
            console.error(console.l10n(.eraseRelativeKeepRefused, entry.name))
            throw ExitCode(1)
        }
        let erasure = store.erasure(ofRelative: entry)
        let preview = console.l10n.relativeErasurePreview(store.preview(erasure), name: entry.name)
        try confirmAndRun(entry.name, preview: preview, console) { progress throws(StoreError) in
            try store.erase(erasure, progress: progress)
        }
    }

    /// What becomes of entries naming the person as `others`' emergency contact: the
    /// option, else the answer at the terminal; a dry run shows them kept.
    private func relativesChoice(_ name: String, _ others: [Volunteer], _ console: Console) throws -> Erasure.Relatives {
        let l10n = console.l10n
        guard !others.isEmpty, relatives == nil, !removal.dryRun else { return relatives ?? .keep }
        let names = others.map(\.name).joined(separator: ", ")
        guard let answer = RemovalConfirmation(console: console, confirm: removal.confirm).ask(l10n(.eraseAskRelatives, name, names)) else {
            console.error(l10n(.eraseRelativesNeeded, name, names))
            throw ExitCode(1)
        }
        guard let picked = ["b": Erasure.Relatives.keep, "k": .keep, "f": .remove, "r": .remove][answer.lowercased().prefix(1).description] else {
            console.error(l10n(.eraseNotConfirmed))
            throw ExitCode(1)
        }
        return picked
    }

    /// Prints the preview; unless a dry run, asks for the name and erases.
    private func confirmAndRun(_ name: String, preview: [String], _ console: Console,
                               _ erase: ((Store.ErasureStep) -> Void) throws(StoreError) -> Void) throws {
        let l10n = console.l10n
        for line in preview { console.line(line) }
        if removal.dryRun {
            console.line(l10n(.eraseDryRun))
            return
        }
        let confirmation = RemovalConfirmation(console: console, confirm: removal.confirm)
        try confirmation.requireName(name, question: l10n(.eraseTypeName, name))
        try confirmation.run(erase)
        console.line(l10n(.eraseDone))
    }
}

extension Erasure.Relatives: ExpressibleByArgument {}
