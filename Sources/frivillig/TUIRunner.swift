import ArgumentParser
import CursesBackend
import FrivilligApp
import FrivilligCore
import Foundation
import TerminalUI

/// Runs the full-screen interface: the loop that reads a key, lets the app update its
/// state, performs the effects (saving through the store) and draws the new screen.
///
/// The store is opened before the terminal is taken over, so a store that fails to load
/// is explained in plain text on a normal screen.
struct TUIRunner {
    let options: GlobalOptions

    func run() throws {
        let console = Console(options)
        let l10n = console.l10n
        let store = try console.openStore(options)
        try session(store, console)
        if store.isGone {
            console.error(l10n(.tuiStoreGone, store.path))
            throw ExitCode(2)
        }
    }

    /// The full-screen session itself; the terminal is restored when it returns, so what
    /// `run` prints afterwards reaches a normal screen.
    private func session(_ store: Store, _ console: Console) throws {
        let l10n = console.l10n
        let terminal = CursesTerminal()
        do {
            try terminal.start(useColor: ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true)
        } catch {
            console.error(message(for: error, l10n))
            throw ExitCode(1)
        }
        defer {
            terminal.stop()
            // Folding the journal in on the way out; if it fails (a full disk) the saves are
            // still in the journal, and the user is told so on the normal screen.
            if store.holdsEditingSession, !store.isGone {
                do {
                    try store.compact()
                } catch StoreError.writeFailed(let path, let reason) {
                    console.error(l10n.storeNotice(.compactionFailed(.writeFailed(path: path, reason: reason))))
                } catch {
                    for line in l10n.storeError(error, backupPath: nil) { console.error(line) }
                }
            }
        }
        let size = terminal.size
        var state = AppState(
            register: store.register, l10n: l10n, today: Day.today(),
            storePath: displayPath(store.path), width: size.width, height: size.height, environment: .system)
        state.isReadOnly = !store.claimEditingSession()
        /// Gives the state a message, performs the effects it asks for and gives it their
        /// answers in turn; false when one of them is to quit.
        func send(_ message: Message) -> Bool {
            var queue = [message]
            // What an effect reports on its way (a removal's steps) is drawn at once.
            let progress = { (report: Message) in
                _ = state.update(report)
                terminal.draw(state.view())
            }
            while !queue.isEmpty {
                for effect in state.update(queue.removeFirst()) {
                    if effect.takesAWhile { terminal.draw(state.view()) }
                    guard let answers = perform(effect, store, terminal, l10n, progress: progress) else { return false }
                    queue += answers
                }
            }
            return true
        }
        if let notice = store.notices.first ?? store.files.folderNotice() {
            _ = send(.notice(StatusMessage(text: l10n.storeNotice(notice), isError: true)))
        }
        var needsDraw = true
        while true {
            if needsDraw { terminal.draw(state.view()) }
            needsDraw = true
            let key: Key
            switch terminal.readInput(timeoutMs: 1000) {
            case .closed: return
            case .timeout:
                // Idle: look for changes saved elsewhere, and draw only if there were any;
                // say so at once when the store's files have gone (a folder deleted).
                if store.isGone {
                    let gone = StatusMessage(text: l10n(.tuiStoreGone, store.path), isError: true)
                    needsDraw = state.message != gone
                    _ = send(.notice(gone))
                    continue
                }
                let day = state.today
                _ = send(.tick)
                do {
                    let changed = try store.refreshIfChanged()
                    if changed, !send(.storeChanged(store.register)) { return }
                    // The window that held the editing session may have closed (folding
                    // its journal in on the way, which the refresh has read): take it over.
                    let claimed = state.isReadOnly && store.claimEditingSession()
                    if claimed { _ = send(.editingClaimed) }
                    needsDraw = changed || claimed || state.today != day
                } catch {
                    needsDraw = true
                    _ = send(.notice(StatusMessage(text: l10n.storeError(error, backupPath: nil).joined(separator: " "), isError: true)))
                }
                continue
            case .key(let k): key = k
            }
            if key == .resize {
                let size = terminal.size
                _ = send(.resized(width: size.width, height: size.height))
            }
            if !send(.key(key)) { return }
        }
    }

    /// Performs one effect and returns the messages that answer it; nil to quit.
    private func perform(_ effect: Effect, _ store: Store, _ terminal: CursesTerminal, _ l10n: Localizer,
                         progress: (Message) -> Void) -> [Message]? {
        switch effect {
        case .quit: return nil
        case .redraw:
            terminal.invalidate()
            return []
        case .commit(let changes, let base):
            var answers: [Message] = [.committed(commit(changes, base: base, store, l10n))]
            if let notice = store.notices.first(where: \.isAboutASave) {
                answers.append(.notice(StatusMessage(text: l10n.storeNotice(notice), isError: true)))
            }
            return answers
        case .writeLetter(let request): return [writeLetter(request, store.files, l10n)]
        case .readFile(let path):
            do {
                return [.fileRead(path: path, .success(try InputFile.read(path, l10n)))]
            } catch {
                return [.fileRead(path: path, .failure(error))]
            }
        case .loadHistory(let id):
            return [.historyLoaded(id, (try? store.history(ofVolunteer: id)) ?? [])]
        case .removal(let request):
            return RemovalPerformer(store: store).perform(request, progress: progress)
        }
    }

    private func commit(_ changes: [Change], base: Register?, _ store: Store, _ l10n: Localizer) -> CommitResult {
        do {
            return .saved(try store.commit(changes, base: base))
        } catch let error as RegisterError {
            return .refused(error)
        } catch let error as StoreError {
            return .failed(l10n.storeError(error, backupPath: nil))
        } catch {
            return .failed(["\(error)"])
        }
    }

    /// Saves a welcome letter in the current folder under a name no other file has,
    /// through the writer every export uses.
    private func writeLetter(_ request: WelcomeLetterRequest, _ files: StoreFiles, _ l10n: Localizer) -> Message {
        do {
            let path = try PrivateFileWriter.writeNumbered(
                Data(request.contents.utf8), directory: FileManager.default.currentDirectoryPath,
                base: request.baseName, ext: request.fileExtension)
            ExportLog(files: files).append(.letter, path: path)
            return .letterWritten(path: displayPath(path))
        } catch {
            return .letterFailed(reason: error.message(l10n))
        }
    }

    /// The store's path with the home folder as `~`, for the status line.
    private func displayPath(_ path: String) -> String {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return !home.isEmpty && path.hasPrefix(home + "/") ? "~" + path.dropFirst(home.count) : path
    }

    private func message(for failure: TerminalCheck.Failure, _ l10n: Localizer) -> String {
        switch failure {
        case .inputNotTerminal: return l10n(.termInputNotTerminal)
        case .outputNotTerminal: return l10n(.termOutputNotTerminal)
        case .terminalTypeMissing: return l10n(.termTerminalTypeMissing)
        case .terminalDumb: return l10n(.termTerminalDumb)
        case .localeNotUTF8(let codeset): return l10n(.termLocaleNotUTF8, codeset)
        case .terminalUnknown(let term): return l10n(.termTerminalUnknown, term)
        case .cursorAddressingMissing(let term): return l10n(.termCursorAddressingMissing, term)
        }
    }
}
