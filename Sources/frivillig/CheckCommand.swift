import ArgumentParser
import FrivilligApp
import FrivilligCore
import Foundation

/// Looks for what a register should not contain: broken references, badly formed
/// numbers and addresses, and people entered twice.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: HelpText.l10n(.usageCheckAbstract),
        discussion: HelpText.l10n(.usageCheckDiscussion))

    @OptionGroup var options: GlobalOptions

    @Flag(help: HelpText.help(.usageCheckRepair))
    var repair = false

    func run() throws {
        let console = Console(options)
        if repair { try repairJournal(console) }
        let store = try console.openStore(options)
        if let notice = store.files.folderNotice() { console.line(console.l10n.storeNotice(notice)) }
        let problems = RegisterCheck.problems(in: store.register)
        guard !problems.isEmpty else {
            console.line(console.l10n(.cliCheckClean, store.path))
            return
        }
        console.line(console.l10n(.cliCheckProblems, console.l10n.count(.countProblems, problems.count), store.path))
        for p in problems { console.line("  " + console.l10n.problem(p)) }
        throw ExitCode(1)
    }

    private func repairJournal(_ console: Console) throws {
        let url = options.storeURL
        do {
            guard let done = try Store.repairJournal(of: url) else {
                let journal = StoreFiles(snapshot: StoreFiles.realPath(of: url)).journal
                let exists = FileManager.default.fileExists(atPath: journal.path)
                console.line(console.l10n(exists ? .repairNothing : .repairNoJournal, journal.path))
                return
            }
            let l10n = console.l10n
            console.line(l10n(.repairDone, done.copy.path, l10n.count(.countChanges, done.keptChanges),
                              l10n.count(.countLines, done.setAsideLines), done.fromLine))
        } catch {
            for text in console.l10n.storeError(error, backupPath: nil) { console.error(text) }
            throw ExitCode(2)
        }
    }
}
