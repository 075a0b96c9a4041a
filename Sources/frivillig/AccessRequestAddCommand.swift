import ArgumentParser
import FrivilligApp
import FrivilligCore

/// Logs an access request as it comes in, so its deadline is on the overview.
struct AccessRequestAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Log an access request from a volunteer, or (with --not-in-register) from someone else.",
        discussion: "QUERY must match exactly one volunteer (name, phone or id); with --not-in-register it is the person's name. Exit status: 0 when logged, 1 when nobody matched, 2 when several did or on bad input.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "A few letters of the name, a phone number or an id; or the name of someone not in the register.")
    var query: [String]

    @Option(help: "The day the request was received: dd.mm.yyyy, dd-mm-yyyy or yyyy-mm-dd (default today).")
    var received: String?

    @Flag(name: .customLong("not-in-register"), help: "The person is not a volunteer in the register; QUERY is their name.")
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
