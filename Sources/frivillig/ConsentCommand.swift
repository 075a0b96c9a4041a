import ArgumentParser
import FrivilligApp
import FrivilligCore

/// Records a volunteer's consent (samtykke) or its withdrawal, e.g. when the signed form
/// comes back or the volunteer asks to be taken out of the register.
struct ConsentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consent",
        abstract: "Record a volunteer's consent (samtykke), or its withdrawal.",
        discussion: """
            frivillig consent QUERY --given DATE [--scope register,photos,sharing] [--how written|email|oral|digital]
            frivillig consent QUERY --withdraw [DATE]   (today when no date follows)
            A new consent replaces the old one, withdrawal included; without --scope it covers the register. \
            A withdrawn consent puts the volunteer on the overview's list of people to anonymise or erase. \
            QUERY must match exactly one volunteer. Exit status: 0 when saved, 1 when nobody matched, 2 when several did or on bad input; then nothing is written.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "A few letters of the name, a phone number or an id (and, after --withdraw, the day).")
    var query: [String]

    @Option(help: "The day consent was given: dd.mm.yyyy, dd-mm-yyyy or yyyy-mm-dd.")
    var given: String?

    @Option(help: "What it covers, comma-separated: register, photos, sharing (or registret, billeder, deling).")
    var scope: String?

    @Option(help: "How it was given: written, email, oral, digital (or skriftligt, e-mail, mundtligt, digitalt).")
    var how: String?

    @Flag(help: "Record that consent was withdrawn, on the day that follows (default today).")
    var withdraw = false

    func run() throws {
        let console = Console(options)
        let l10n = console.l10n
        var words = query
        var withdrawn: Day?
        if withdraw, words.count > 1, let last = words.last, let day = Day.parse(last) {
            withdrawn = day
            words.removeLast()
        }
        guard withdraw || given != nil else { try fail(console, l10n(.cliConsentNothingToDo)) }
        guard !(withdraw && given != nil) else { try fail(console, l10n(.cliConsentBothActions)) }
        var v = Validator()
        let givenDay = given.flatMap { v.day($0, field: "consent-date", required: true) }
        if let error = v.errors.first { try fail(console, l10n.fieldError(error, fieldLabel: l10n.field("consent-date") + " (--given)")) }
        var scopes: [Consent.Scope] = [.register]
        if let scope {
            guard let parsed = Consent.Scope.list(scope), !parsed.isEmpty else { try fail(console, l10n(.cliConsentBadScope, scope)) }
            scopes = parsed
        }
        var method: Consent.Method?
        if let how {
            guard let parsed = Consent.Method(word: how) else { try fail(console, l10n(.cliConsentBadMethod, how)) }
            method = parsed
        }

        let store = try console.openStore(options)
        var volunteer = try console.volunteer(named: words.joined(separator: " "), in: store.register)
        if withdraw {
            volunteer.consent.withdrawn = withdrawn ?? Day.today()
            if let problem = volunteer.consent.problem {
                try fail(console, l10n.consentProblem(problem, label: l10n.field("consent-withdrawn") + " (--withdraw)"))
            }
        } else {
            volunteer.consent = Consent(given: givenDay, scopes: scopes, method: method)
        }
        try console.commit([.putVolunteer(volunteer)], to: store)
        console.line(l10n(.cliConsentRecorded, volunteer.name, l10n.consentSummary(volunteer.consent)))
        if volunteer.consent.isWithdrawn { console.line(l10n(.cliConsentWithdrawnHint, volunteer.name)) }
    }

    private func fail(_ console: Console, _ message: String) throws -> Never {
        console.error(message)
        console.error(console.l10n(.errorNothingWritten))
        throw ExitCode(2)
    }
}
