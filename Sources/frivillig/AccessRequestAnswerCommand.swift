import ArgumentParser
import FrivilligApp
import FrivilligCore
import Foundation

/// Marks an access request answered, with the file the answer was written to.
struct AccessRequestAnswerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answer",
        abstract: "Mark an access request answered (today), with the path of the answer file.",
        discussion: "ID|QUERY: the request's id from `list` (the first digits are enough), or the name of the person whose one open request it is.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The request's id, or the person's name, phone or id.")
    var query: [String]

    @Option(help: "The answer file, e.g. the person's export.")
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
