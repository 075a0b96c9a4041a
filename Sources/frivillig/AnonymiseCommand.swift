import ArgumentParser
import FrivilligApp
import FrivilligCore
import Foundation

/// Anonymises a volunteer in the register and in every file beside it: the personal
/// fields go, what the statistics count stays (see `Anonymisation`).
struct AnonymiseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anonymise",
        abstract: "Anonymise a volunteer: name, phones, e-mail, address, relatives, notes and birth date go from the register and every file beside it; what statistics count stays.",
        discussion: """
            Shows what changes and where, then asks you to type the person's name to confirm \
            (or give it with --confirm). Exit status: 0 when anonymised, 1 when nobody matched \
            or it was not confirmed, 2 on error.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "A few letters of the name, a phone number or an id.")
    var query: [String]

    @Option(help: "The person's name, exactly as stored, to confirm without being asked.")
    var confirm: String?

    @Flag(help: "Show what would change, and change nothing.")
    var dryRun = false

    func run() throws {
        let console = Console(options)
        let l10n = console.l10n
        let store = try console.openStore(options)
        let volunteer = try console.volunteer(named: query.joined(separator: " "), in: store.register)
        let anonymisation = store.anonymisation(of: volunteer, year: Day.today().year)
        for line in l10n.anonymisationPreview(store.preview(store.erasure(of: volunteer, relatives: .keep)),
                                              name: volunteer.name, label: anonymisation.label) {
            console.line(line)
        }
        if dryRun {
            console.line(l10n(.eraseDryRun))
            return
        }
        let confirmation = RemovalConfirmation(console: console, confirm: confirm)
        try confirmation.requireName(volunteer.name, question: l10n(.anonymiseTypeName, volunteer.name))
        try confirmation.run { progress throws(StoreError) in try store.anonymise(anonymisation, progress: progress) }
        console.line(l10n(.anonymiseDone, anonymisation.label))
    }
}
