import ArgumentParser
import FrivilligApp
import FrivilligCore

/// Looks for what a register should not contain: broken references, badly formed
/// numbers and addresses, and people entered twice.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the store: references, formats and likely duplicates.",
        discussion: "Exit status: 0 when all is well, 1 when problems were found, 2 when the store cannot be read.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let console = Console(options)
        let store = try console.openStore(options)
        let problems = RegisterCheck.problems(in: store.register)
        guard !problems.isEmpty else {
            console.line(console.l10n(.cliCheckClean, store.path))
            return
        }
        console.line(console.l10n(.cliCheckProblems, problems.count, store.path))
        for p in problems { console.line("  " + console.l10n.problem(p)) }
        throw ExitCode(1)
    }
}
