import ArgumentParser
import FrivilligApp
import FrivilligCore

/// Every logged access request, open ones first by deadline, with the days left.
struct AccessRequestListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: HelpText.l10n(.usageAccessRequestListAbstract))

    @OptionGroup var options: GlobalOptions

    @Flag(help: HelpText.help(.usageJson))
    var json = false

    struct Entry: Encodable {
        let id: String
        let volunteerID: String?
        let name: String
        let received: String
        let deadline: String
        let daysLeft: Int?
        let extensionReason: String
        let answered: String?
        let answerFile: String
    }

    func run() throws {
        let console = Console(options)
        let l10n = console.l10n
        let today = Day.today()
        let store = try console.openStore(options)
        let all = store.register.accessRequests
        let open = all.filter(\.isOpen).sorted { ($0.deadline, $0.id.uuidString) < ($1.deadline, $1.id.uuidString) }
        let answered = all.filter { !$0.isOpen }.sorted { ($1.answered!, $1.id.uuidString) < ($0.answered!, $0.id.uuidString) }
        let requests = open + answered
        if json {
            try console.json(requests.map {
                Entry(id: $0.id.uuidString, volunteerID: $0.volunteerID?.uuidString, name: $0.name, received: $0.received.iso,
                      deadline: $0.deadline.iso, daysLeft: $0.isOpen ? $0.daysLeft(on: today) : nil,
                      extensionReason: $0.extensionReason, answered: $0.answered?.iso, answerFile: $0.answerFile)
            })
            return
        }
        if requests.isEmpty { console.line(l10n(.accessNone)) }
        for r in requests { console.line(l10n.accessLine(r, today: today)) }
    }
}
