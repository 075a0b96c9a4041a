import ArgumentParser
import FrivilligApp
import FrivilligCore

/// Logs a recognition event for named volunteers, e.g. everyone who came on the summer trip.
struct LogEventCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log-event",
        abstract: HelpText.l10n(.usageLogEventAbstract),
        discussion: HelpText.l10n(.usageLogEventDiscussion))

    @OptionGroup var options: GlobalOptions

    @Option(help: HelpText.help(.usageLogEventKind, value: .usageValueKind))
    var kind: String

    @Option(help: HelpText.help(.usageLogEventDate, value: .usageValueDate))
    var date: String

    @Option(help: HelpText.help(.usageLogEventTitle, value: .usageValueTitle))
    var title: String

    @Option(help: HelpText.help(.usageLogEventDescription, value: .usageValueText))
    var description: String = ""

    @Option(name: .customLong("gift-value"), help: HelpText.help(.usageLogEventGiftValue, value: .usageValueAmount))
    var giftValue: String = ""

    @Option(name: .customLong("volunteer"), help: HelpText.help(.usageLogEventVolunteer, value: .usageValueQuery))
    var volunteers: [String] = []

    func run() throws {
        let console = Console(options)
        let l10n = console.l10n
        var v = Validator()
        let kind = v.eventKind(kind)
        let day = v.day(date, field: "date", required: true)
        let title = v.name(title, field: "title")
        let description = v.text(description, field: "description")
        let giftValue = v.text(giftValue, field: "gift-value")
        if volunteers.isEmpty { v.record(FieldError(field: "volunteer", value: "", rule: .required)) }
        guard v.errors.isEmpty, let kind, let day else { try console.reject(v.errors) }

        let store = try console.openStore(options)
        let resolver = VolunteerResolver(store.register, includingAnonymised: false)
        var attendees: [Volunteer] = []
        var failed = false
        for q in volunteers {
            switch resolver.resolve(q) {
            case .found(let volunteer):
                if !attendees.contains(where: { $0.id == volunteer.id }) { attendees.append(volunteer) }
            case .none:
                failed = true
                console.error(l10n(.cliNoSuchVolunteer, q))
            case .ambiguous(let candidates):
                failed = true
                console.listCandidates(for: q, candidates, in: store.register)
            }
        }
        if failed {
            console.error(l10n(.errorNothingWritten))
            throw ExitCode(2)
        }
        let event = RecognitionEvent(
            date: day, kind: kind, title: title, description: description,
            attendeeIDs: attendees.map(\.id), giftValue: giftValue)
        try console.commit([.putEvent(event)], to: store)
        console.line(l10n(.cliEventLogged, title, l10n.date(day), l10n.count(.countAttendees, attendees.count)))
        for a in attendees { console.line("  - \(a.name)") }
    }
}
