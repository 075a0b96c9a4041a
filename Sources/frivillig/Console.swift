import ArgumentParser
import FrivilligApp
import FrivilligCore
import Foundation
import TerminalUI

/// Output for commands: data text is sanitised before it reaches the terminal, and
/// failures print a localised message and end with the documented exit code.
struct Console {
    let l10n: Localizer

    init(_ options: GlobalOptions) {
        l10n = Localizer(options.language)
    }

    /// Prints one line of text that may contain user data (names, notes).
    func line(_ text: String = "") {
        print(TextWidth.sanitize(text))
    }

    func error(_ text: String) {
        FileHandle.standardError.write(Data((TextWidth.sanitize(text) + "\n").utf8))
    }

    /// Prints machine output (already JSON-escaped) as is.
    func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// Opens the store, or prints why it cannot and exits with 2.
    func openStore(_ options: GlobalOptions) throws -> Store {
        let url = options.storeURL
        do {
            return try Store.open(at: url)
        } catch {
            let backup = url.appendingPathExtension("bak").path
            let hasBackup = FileManager.default.fileExists(atPath: backup)
            for text in l10n.storeError(error, backupPath: hasBackup ? backup : nil) { self.error(text) }
            throw ExitCode(2)
        }
    }

    /// Commits changes, or prints why not (nothing written) and exits with 2.
    @discardableResult
    func commit(_ changes: [Change], to store: Store) throws -> Register {
        do {
            return try store.commit(changes)
        } catch let error as RegisterError {
            for text in l10n.registerError(error) { self.error(text) }
            self.error(l10n(.errorNothingWritten))
            throw ExitCode(2)
        } catch let error as StoreError {
            for text in l10n.storeError(error, backupPath: nil) { self.error(text) }
            throw ExitCode(2)
        }
    }

    /// Reports rejected input, naming the field and its option, and exits with 2;
    /// nothing has been written.
    func reject(_ errors: [FieldError]) throws -> Never {
        for e in errors { error(l10n.fieldError(e, fieldLabel: "\(l10n.field(e.field)) (--\(e.field))")) }
        error(l10n(.errorNothingWritten))
        throw ExitCode(2)
    }
}
