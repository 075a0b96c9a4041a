import ArgumentParser
import FrivilligApp
import FrivilligCore
import Foundation

/// Marks an access request answered, with the file the answer was written to.
struct AccessRequestAnswerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answer",
        abstract: HelpText.l10n(.usageAccessRequestAnswerAbstract),
        discussion: HelpText.l10n(.usageAccessRequestAnswerDiscussion))

    @OptionGroup var options: GlobalOptions

    @Argument(help: HelpText.help(.usageAccessRequestRequest, value: .usageValueQuery))
    var query: [String]

    @Option(help: HelpText.help(.usageAccessRequestAnswerFile, value: .usageValueFile))
    var file: String?

    func run() throws {
        let console = Console(options)
        let l10n = console.l10n
        let today = Day.today()
        let store = try console.openStore(options)
        var request = try console.accessRequest(query.joined(separator: " "), in: store.register)
        if let answered = request.answered {
            try console.refuse(l10n(.cliAccessAlreadyAnswered, request.shortID, l10n.date(answered)))
        }
        request.answered = today
        if let file { request.answerFile = URL(fileURLWithPath: file).standardizedFileURL.path }
        try console.commit([.putAccessRequest(request)], to: store)
        let person = l10n.accessPerson(request)
        console.line(request.answerFile.isEmpty
            ? l10n(.cliAccessAnswered, request.shortID, person, l10n.date(today))
            : l10n(.cliAccessAnsweredFile, request.shortID, person, l10n.date(today), request.answerFile))
    }
}
