import ArgumentParser
import FrivilligApp
import FrivilligCore
import Foundation

/// Anonymises a volunteer in the register and in every file beside it: the personal
/// fields go, what the statistics count stays (see `Anonymisation`).
struct AnonymiseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anonymise",
        abstract: HelpText.l10n(.usageAnonymiseAbstract),
        discussion: HelpText.l10n(.usageAnonymiseDiscussion))

    @OptionGroup var options: GlobalOptions

    @OptionGroup var removal: RemovalOptions

    func run() throws {
        let console = Console(options)
        let l10n = console.l10n
        let store = try console.openStore(options)
        let volunteer = try console.volunteer(named: removal.query.joined(separator: " "), in: store.register)
        // The places are an erasure's; its look through the journal and history also
        // finds the agreements the anonymisation needs, so the files are read once.
        let places = store.erasure(of: volunteer, relatives: .keep)
        let anonymisation = Anonymisation(volunteer: volunteer, agreementIDs: places.agreementIDs,
                                          label: Anonymisation.label(year: Day.today().year, in: store.register))
        for line in l10n.anonymisationPreview(store.preview(places), name: volunteer.name, label: anonymisation.label) {
            console.line(line)
        }
        if removal.dryRun {
            console.line(l10n(.eraseDryRun))
            return
        }
        let confirmation = RemovalConfirmation(console: console, confirm: removal.confirm)
        try confirmation.requireName(volunteer.name, question: l10n(.anonymiseTypeName, volunteer.name))
        try confirmation.run { progress throws(StoreError) in try store.anonymise(anonymisation, progress: progress) }
        console.line(l10n(.anonymiseDone, anonymisation.label))
    }
}
