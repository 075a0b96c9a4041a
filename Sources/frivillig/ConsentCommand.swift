import ArgumentParser
import FrivilligApp
import FrivilligCore

/// Records a volunteer's consent (samtykke) or its withdrawal, e.g. when the signed form
/// comes back or the volunteer asks to be taken out of the register.
struct ConsentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consent",
        abstract: HelpText.l10n(.usageConsentAbstract),
        discussion: HelpText.l10n(.usageConsentDiscussion))

    @OptionGroup var options: GlobalOptions

    @Argument(help: HelpText.help(.usageConsentQuery, value: .usageValueQuery))
    var query: [String]

    @Option(help: HelpText.help(.usageConsentGiven, value: .usageValueDate))
    var given: String?

    @Option(help: HelpText.help(.usageConsentScope, value: .usageValueScope))
    var scope: String?

    @Option(help: HelpText.help(.usageConsentHow, value: .usageValueMethod))
    var how: String?

    @Flag(help: HelpText.help(.usageConsentWithdraw))
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
