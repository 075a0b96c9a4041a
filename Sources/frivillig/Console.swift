import ArgumentParser
import FrivilligApp
import FrivilligCore
import Foundation
import TerminalUI

/// Output for commands: data text is sanitised before it reaches the terminal, and
/// failures print a localised message and end with the documented exit code.
struct Console {
    let l10n: Localizer
    /// The store's files, which no export may be written over.
    let storeFiles: StoreFiles

    init(_ options: GlobalOptions) {
        l10n = Localizer(options.language)
        storeFiles = StoreFiles(snapshot: StoreFiles.realPath(of: options.storeURL))
    }

    /// Prints one line of text that may contain user data (names, notes).
    func line(_ text: String = "") {
        print(TextWidth.sanitize(text))
    }

    func error(_ text: String) {
        FileHandle.standardError.write(Data((TextWidth.sanitize(text) + "\n").utf8))
    }

    /// Prints machine output. JSONEncoder escapes only C0 controls, so bidi controls,
    /// line separators and C1 controls are escaped here too: the JSON means the same,
    /// and a terminal showing it is not rearranged.
    func json<T: Encodable>(_ value: T) throws {
        print(try jsonText(value))
    }

    /// The JSON `json(_:)` prints, for writing it somewhere else (a file).
    func jsonText<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var out = ""
        for scalar in String(decoding: try encoder.encode(value), as: UTF8.self).unicodeScalars {
            if Console.escapedInJSON(scalar) {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func escapedInJSON(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// Opens the store, or prints why it cannot and exits with 2. A path that names a
    /// folder, a device or a FIFO is refused before anything is opened: reading a FIFO
    /// would wait forever, and the system's reason ("Is a directory" for /dev/zero) would
    /// not say what to do. `recovering` lets `backups` and `restore` open a store whose
    /// snapshot is missing.
    func openStore(_ options: GlobalOptions, recovering: Bool = false) throws -> Store {
        let url = options.storeURL
        if let kind = FileKind.at(url.path), kind != .regular {
            error(l10n(.filesStoreNotRegular, url.path, kind.described(l10n)))
            throw ExitCode(2)
        }
        do {
            let store = try Store.open(at: url, recovering: recovering)
            if let keep = ProcessInfo.processInfo.environment["FRIVILLIG_BACKUPS"].flatMap(Int.init), keep >= 1 {
                store.backupsToKeep = keep
            }
            for notice in store.notices { error(l10n.storeNotice(notice)) }
            return store
        } catch {
            let backup = StoreFiles(snapshot: StoreFiles.realPath(of: url)).bak.path
            let hasBackup = FileManager.default.fileExists(atPath: backup)
            for text in l10n.storeError(error, backupPath: hasBackup ? backup : nil) { self.error(text) }
            throw ExitCode(2)
        }
    }

    /// Checks changes as a commit would, without writing (a dry run), or prints why they
    /// would be refused and exits with 2.
    func check(_ changes: [Change], in store: Store) throws {
        try reportingRefusal { try store.check(changes) }
    }

    /// Commits changes, or prints why not (nothing written) and exits with 2.
    @discardableResult
    func commit(_ changes: [Change], to store: Store) throws -> Register {
        try reportingRefusal {
            let saved = try store.commit(changes)
            for notice in store.notices where notice.isAboutASave { error(l10n.storeNotice(notice)) }
            return saved
        }
    }

    private func reportingRefusal<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as RegisterError {
            for text in l10n.registerError(error) { self.error(text) }
            self.error(l10n(.errorNothingWritten))
            throw ExitCode(2)
        } catch let error as StoreError {
            for text in l10n.storeError(error, backupPath: nil) { self.error(text) }
            throw ExitCode(2)
        }
    }

    /// The one volunteer `text` names. Otherwise says so and exits: 1 when nobody matches
    /// (with `noMatch`, or the usual message), 2 when several do (listing them).
    func volunteer(named text: String, in register: Register, noMatch: String? = nil) throws -> Volunteer {
        switch VolunteerResolver(register).resolve(text) {
        case .found(let v):
            return v
        case .none:
            error(noMatch ?? l10n(.cliNoSuchVolunteer, text))
            throw ExitCode(1)
        case .ambiguous(let candidates):
            listCandidates(for: text, candidates, in: register)
            throw ExitCode(2)
        }
    }

    /// The volunteer's change history, or the store's error and exit 2.
    func history(of volunteer: Volunteer, in store: Store) throws -> [HistoryEntry] {
        do {
            return try store.history(ofVolunteer: volunteer.id)
        } catch let failure as StoreError {
            for line in l10n.storeError(failure, backupPath: nil) { error(line) }
            throw ExitCode(2)
        }
    }

    /// Says that `query` names several volunteers and lists them (the first 20) with what
    /// tells them apart (phone, workplaces, birth year, address, e-mail), so the user can
    /// type more of the name, a workplace, a postcode, a phone number or an id.
    func listCandidates(for query: String, _ candidates: [Volunteer], in register: Register) {
        error(l10n(.cliAmbiguousVolunteer, query, candidates.count))
        let names = register.workplaceNames
        for c in candidates.prefix(20) {
            let parts = [c.name, c.primaryPhone.map(Phone.display) ?? "", l10n.particulars(Particulars(c, workplaceNames: names)), c.email]
            error("  - " + parts.filter { !$0.isEmpty }.joined(separator: "  "))
        }
        if candidates.count > 20 { error("  … " + l10n.count(.cliMoreCandidates, candidates.count - 20)) }
    }

    /// Reports rejected input, naming the field and its option, and exits with 2;
    /// nothing has been written.
    func reject(_ errors: [FieldError]) throws -> Never {
        for e in errors { error(l10n.fieldError(e, fieldLabel: "\(l10n.field(e.field)) (--\(e.field))")) }
        error(l10n(.errorNothingWritten))
        throw ExitCode(2)
    }
}
