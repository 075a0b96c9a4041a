import ArgumentParser
import FrivilligApp
import FrivilligCore
import Foundation

/// "Who should I ask?" from the command line: the ranking the TUI shows for a task
/// (`TaskRanking`), with the reasons in words or as JSON.
struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: HelpText.l10n(.usageMatchAbstract))

    @OptionGroup var options: GlobalOptions

    @Argument(help: HelpText.help(.usageMatchTask, value: .usageValueTask))
    var task: String

    @Option(help: HelpText.help(.usageMatchLimit, value: .usageValueCount))
    var limit: Int = 20

    @Flag(help: HelpText.help(.usageMatchJson))
    var json = false

    @Option(help: HelpText.help(.usageMatchAsk, value: .usageValueRank))
    var ask: [Int] = []

    @Option(help: HelpText.help(.usageMatchAssign, value: .usageValueRank))
    var assign: [Int] = []

    /// One volunteer of the ranking as `--json` writes it: the candidate's fields (the
    /// time as a code a script can test), the rank, and the reasons in the words the
    /// screen shows.
    struct Row: Encodable {
        let rank: Int
        let candidate: TaskCandidate
        let reasons: [String]

        private enum CodingKeys: String, CodingKey {
            case rank, reasons
        }

        func encode(to encoder: Encoder) throws {
            try candidate.encode(to: encoder)
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(rank, forKey: .rank)
            try c.encode(reasons, forKey: .reasons)
        }
    }

    func run() throws {
        let console = Console(options)
        let store = try console.openStore(options)
        let found = TaskLookup.find(task, in: store.register)
        guard let chosen = found.first, found.count == 1 else {
            if found.isEmpty {
                console.error(console.l10n(.matchNotFound, task))
            } else {
                console.error(console.l10n(.matchAmbiguous, task))
                for t in found { console.error("  \(t.id.uuidString)  \(t.title)") }
            }
            throw ExitCode(2)
        }
        let ranking = TaskRanking(chosen, in: store.register)
        if !ask.isEmpty || !assign.isEmpty {
            try record(ranking, store, console)
            return
        }
        let shown = Array(ranking.candidates.prefix(max(0, limit)))
        let rows = shown.enumerated().map { i, c in Row(rank: i + 1, candidate: c, reasons: c.reasons.map(console.l10n.matchReason)) }
        if json {
            try console.json(rows)
            return
        }
        guard !rows.isEmpty else {
            console.line(console.l10n(.matchNone, chosen.title))
            return
        }
        console.line(console.l10n(.matchTitle, chosen.title))
        let headers = [console.l10n(.matchHeaderRank), console.l10n.field("name"), console.l10n(.matchHeaderReasons)]
        let table = rows.map { [String($0.rank), $0.candidate.name, $0.reasons.joined(separator: "; ")] }
        for line in TextColumns(headers: headers, rows: table).lines() { console.line(line) }
    }

    /// Records the asks and assignments by rank, in one save, and says what was done.
    private func record(_ ranking: TaskRanking, _ store: Store, _ console: Console) throws {
        guard let changes = ranking.changes(asking: ask, assigning: assign, on: Day.today(), in: store.register) else {
            console.error(console.l10n(.matchBadRank, ranking.candidates.count))
            throw ExitCode(2)
        }
        try console.commit(changes, to: store)
        let names = { (ranks: [Int]) in Set(ranks).sorted().map { ranking.candidates[$0 - 1].name }.joined(separator: ", ") }
        if !ask.isEmpty { console.line(console.l10n(.matchAsked, names(ask))) }
        if !assign.isEmpty { console.line(console.l10n(.matchAssigned, names(assign), ranking.task.title)) }
    }
}
