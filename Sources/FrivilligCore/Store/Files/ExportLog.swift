import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files Frivillig wrote outside the store (`store.json.exports`, JSON Lines): where,
/// when and what kind, never what they hold.
///
/// Those files are out of the program's reach once written, so an erasure cannot clean
/// them; the log lets its preview name the ones written since the person was added, which
/// may still hold them, for the coordinator to delete.
public struct ExportLog: Sendable {
    public enum Kind: String, Codable, Sendable {
        case csv, xlsx, vcard, calendar, person, letter
    }

    public struct Entry: Codable, Equatable, Sendable {
        public let at: Date
        public let kind: Kind
        public let path: String
    }

    let file: URL

    public init(files: StoreFiles) {
        file = files.exports
    }

    /// Adds one line (appended, 0600). A log that cannot be written does not undo the
    /// export: the file is there either way.
    public func append(_ kind: Kind, path: String, at date: Date = Date()) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        guard var line = try? encoder.encode(Entry(at: date, kind: kind, path: absolute)) else { return }
        line.append(0x0A)
        let fd = open(file.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        _ = AtomicFile.writeAll(fd, line)
        fsync(fd)
    }

    /// Drops the entries `matching` says (a file named after a person being erased), so
    /// the log never names them; the preview has listed those files already.
    func forget(_ matching: (Entry) -> Bool) throws(StoreError) {
        let all = entries()
        guard all.contains(where: matching) else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var data = Data()
        for entry in all where !matching(entry) {
            guard let line = try? encoder.encode(entry) else { continue }
            data.append(line + [0x0A])
        }
        try AtomicFile.replace(file, with: data, backup: nil, files: StoreFiles(snapshot: file.deletingPathExtension()))
    }

    /// Every entry, oldest first; a line cut short by a crash is skipped.
    public func entries() -> [Entry] {
        guard let data = try? Store.read(file.path) else { return [] }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return data.split(separator: 0x0A).compactMap { try? decoder.decode(Entry.self, from: Data($0)) }
    }
}
