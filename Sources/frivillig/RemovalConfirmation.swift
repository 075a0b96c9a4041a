import ArgumentParser
import FrivilligApp
import FrivilligCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `erase` and `anonymise` share: the question at the terminal, the confirmation by
/// the person's name, and the progress line on stderr while every file is rewritten.
struct RemovalConfirmation {
    let console: Console
    /// `--confirm`, when given: the name typed in advance.
    let confirm: String?

    static var interactive: Bool { isatty(STDIN_FILENO) == 1 }

    /// A line typed at the terminal; nil when standard input is not one.
    func ask(_ question: String) -> String? {
        guard Self.interactive else { return nil }
        FileHandle.standardError.write(Data((question + " ").utf8))
        return readLine()
    }

    /// Exits 1, with nothing changed, unless the name was typed (or given) exactly.
    func requireName(_ name: String, question: String) throws {
        let typed = confirm ?? ask(question)
        guard let typed, typed.trimmingCharacters(in: .whitespaces) == name else {
            console.error(confirm == nil && !Self.interactive ? console.l10n(.eraseConfirmNeeded) : console.l10n(.eraseNotConfirmed))
            throw ExitCode(1)
        }
    }

    /// Runs the removal with a progress line on stderr when it is a terminal; a store
    /// error is reported and exits 2.
    func run(_ removal: ((Store.ErasureStep) -> Void) throws(StoreError) -> Void) throws {
        let l10n = console.l10n
        let showProgress = isatty(STDERR_FILENO) == 1
        do {
            try removal { step in
                if showProgress { FileHandle.standardError.write(Data(("\r" + l10n.erasureStep(step) + "\u{1B}[K").utf8)) }
            }
        } catch {
            if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
            for text in l10n.storeError(error, backupPath: nil) { console.error(text) }
            throw ExitCode(2)
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
