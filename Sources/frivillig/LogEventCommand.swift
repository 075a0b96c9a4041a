import ArgumentParser
import FrivilligApp
import FrivilligCore

/// Logs a recognition event for named volunteers, e.g. everyone who came on the summer trip.
struct LogEventCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log-event",
        abstract: "Log a recognition event (påskønnelse) with its attendees.",
        discussion: "Each --volunteer must match exactly one volunteer: its words may come in any order and name the first or last name, a workplace, a postcode or a birth year (\"holger niel\", \"søren kildebakken\"). Otherwise the candidates are listed with what tells them apart and nothing is written. Anonymised records are no one to add.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "gathering, excursion, thanks, anniversary, award, volunteer-friday, theme-day, status-meeting, other (or the Danish sammenkomst, udflugt, tak, jubilæum, pris, frivillig-fredag, temadag, statusmøde, andet).")
    var kind: String

    @Option(help: "The day: dd.mm.yyyy, dd-mm-yyyy or yyyy-mm-dd.")
    var date: String

    @Option(help: "A title, e.g. \"Sommerudflugt til Skagen\".")
    var title: String

    @Option(help: "A description.")
    var description: String = ""

    @Option(name: .customLong("gift-value"), help: "Value of a gift per person, e.g. \"150 kr.\".")
    var giftValue: String = ""

    @Option(name: .customLong("volunteer"), help: "A volunteer who attended: name (words in any order), phone or id. Repeat for each.")
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
