import ArgumentParser
import FrivilligApp
import FrivilligCore

/// Extends an access request's deadline by two months, with the reason art. 12(3) asks for.
struct AccessRequestExtendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extend",
        abstract: HelpText.l10n(.usageAccessRequestExtendAbstract))

    @OptionGroup var options: GlobalOptions

    @Argument(help: HelpText.help(.usageAccessRequestRequest, value: .usageValueQuery))
    var query: [String]

    @Option(help: HelpText.help(.usageAccessRequestExtendReason, value: .usageValueReason))
    var reason: String = ""

    func run() throws {
        let console = Console(options)
        let l10n = console.l10n
        var v = Validator()
        let reason = v.text(reason, field: "extension-reason")
        if let error = v.errors.first { try console.refuse(l10n.fieldError(error, fieldLabel: l10n.field("extension-reason") + " (--reason)")) }
        if reason.isEmpty { try console.refuse(l10n(.cliAccessReasonRequired)) }
        let store = try console.openStore(options)
        var request = try console.accessRequest(query.joined(separator: " "), in: store.register)
        if let answered = request.answered {
            try console.refuse(l10n(.cliAccessAlreadyAnswered, request.shortID, l10n.date(answered)))
        }
        if request.isExtended { try console.refuse(l10n(.cliAccessAlreadyExtended, request.shortID, request.extensionReason)) }
        request.extensionReason = reason
        try console.commit([.putAccessRequest(request)], to: store)
        console.line(l10n(.cliAccessExtended, request.shortID, l10n.accessPerson(request), l10n.date(request.deadline)))
    }
}
