import ArgumentParser
import FrivilligApp
import FrivilligCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Erases a volunteer from the register and from every file the store keeps (GDPR art.
/// 17), after showing each place they occur and a confirmation by their name.
struct EraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: "Erase a volunteer from the register and every file beside it (journal, history, backups, index).",
        discussion: """
            Shows every place the person occurs, then asks you to type their name to confirm \
            (or give it with --confirm). An ordinary delete keeps the person in the history \
            and the backups; erase does not. Exit status: 0 when erased, 1 when nobody matched \
            or it was not confirmed, 2 on error.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "A few letters of the name, a phone number or an id.")
    var query: [String]

    @Option(help: "The person's name, exactly as stored, to confirm without being asked.")
    var confirm: String?

    @Option(help: "Where the person is another volunteer's emergency contact: keep or remove that entry.")
    var relatives: Erasure.Relatives?

    @Flag(help: "Show where the person occurs, and erase nothing.")
    var dryRun = false

    func run() throws {
        let console = Console(options)
        let l10n = console.l10n
        let store = try console.openStore(options)
        let volunteer = try console.volunteer(named: query.joined(separator: " "), in: store.register)
        let probe = store.preview(store.erasure(of: volunteer, relatives: .keep))
        var choice = relatives ?? .keep
        if !probe.relativeOf.isEmpty && relatives == nil && !dryRun {
            guard let answer = ask(l10n(.eraseAskRelatives, volunteer.name, probe.relativeOf.joined(separator: ", "))) else {
                console.error(l10n(.eraseRelativesNeeded, volunteer.name, probe.relativeOf.joined(separator: ", ")))
                throw ExitCode(1)
            }
            guard let picked = ["b": Erasure.Relatives.keep, "k": .keep, "f": .remove, "r": .remove][answer.lowercased().prefix(1).description] else {
                console.error(l10n(.eraseNotConfirmed))
                throw ExitCode(1)
            }
            choice = picked
        }
        let erasure = store.erasure(of: volunteer, relatives: choice)
        for line in l10n.erasurePreview(store.preview(erasure), name: volunteer.name, relatives: choice) { console.line(line) }
        if dryRun {
            console.line(l10n(.eraseDryRun))
            return
        }
        let typed = confirm ?? ask(l10n(.eraseTypeName, volunteer.name))
        guard let typed, typed.trimmingCharacters(in: .whitespaces) == volunteer.name else {
            console.error(confirm == nil && !Self.interactive ? l10n(.eraseConfirmNeeded) : l10n(.eraseNotConfirmed))
            throw ExitCode(1)
        }
        let showProgress = isatty(STDERR_FILENO) == 1
        do {
            try store.erase(erasure) { step in
                if showProgress { FileHandle.standardError.write(Data(("\r" + l10n.erasureStep(step) + "\u{1B}[K").utf8)) }
            }
        } catch {
            if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
            for text in l10n.storeError(error, backupPath: nil) { console.error(text) }
            throw ExitCode(2)
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        console.line(l10n(.eraseDone))
    }

    private static var interactive: Bool { isatty(STDIN_FILENO) == 1 }

    /// A line typed at the terminal; nil when standard input is not one.
    private func ask(_ question: String) -> String? {
        guard Self.interactive else { return nil }
        FileHandle.standardError.write(Data((question + " ").utf8))
        return readLine()
    }
}

extension Erasure.Relatives: ExpressibleByArgument {}
