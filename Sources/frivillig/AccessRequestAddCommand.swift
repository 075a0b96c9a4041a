import ArgumentParser
import FrivilligApp
import FrivilligCore

/// Logs an access request as it comes in, so its deadline is on the overview.
struct AccessRequestAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: HelpText.l10n(.usageAccessRequestAddAbstract),
        discussion: HelpText.l10n(.usageAccessRequestAddDiscussion))

    @OptionGroup var options: GlobalOptions

    @Argument(help: HelpText.help(.usageAccessRequestAddQuery, value: .usageValueQuery))
    var query: [String]

    @Option(help: HelpText.help(.usageAccessRequestAddReceived, value: .usageValueDate))
    var received: String?

    @Flag(name: .customLong("not-in-register"), help: HelpText.help(.usageAccessRequestAddNotInRegister))
    var notInRegister = false

    func run() throws {
        let console = Console(options)
        let l10n = console.l10n
        let today = Day.today()
        var v = Validator()
        let day = received.flatMap { v.day($0, field: "received", required: true) } ?? today
        let name = notInRegister ? v.name(query.joined(separator: " ")) : ""
        if let error = v.errors.first {
            let option = error.field == "received" ? "--received" : "QUERY"
            try console.refuse(l10n.fieldError(error, fieldLabel: "\(l10n.field(error.field)) (\(option))"))
        }
        if day > today { try console.refuse(l10n(.cliAccessReceivedInFuture, l10n.date(day))) }
        let store = try console.openStore(options)
        var request = AccessRequest(name: name, received: day)
        if !notInRegister {
            let volunteer = try console.volunteer(named: query.joined(separator: " "), in: store.register)
            request.volunteerID = volunteer.id
            request.name = volunteer.name
        }
        try console.commit([.putAccessRequest(request)], to: store)
        console.line(l10n(.cliAccessAdded, request.shortID, request.name, l10n.date(day), l10n.date(request.deadline)))
    }
}
