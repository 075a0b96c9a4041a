import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Every file the store keeps beside its snapshot, named in one place.
///
/// Opening, compaction, the clean-up of temporary files, the rule for a missing snapshot
/// and (later) the erasure of a person all need the same list; a name spelled anywhere
/// else would be a file one of them forgets.
public struct StoreFiles: Equatable, Sendable {
    /// The snapshot, `store.json`, at its real path (links resolved once at open).
    public let snapshot: URL

    public init(snapshot: URL) {
        self.snapshot = snapshot
    }

    public var folder: URL { snapshot.deletingLastPathComponent() }
    public var name: String { snapshot.lastPathComponent }

    /// The changes saved since the snapshot (JSON Lines).
    public var journal: URL { sibling("journal") }
    /// The snapshot before the last compaction.
    public var bak: URL { sibling("bak") }
    /// Changes already folded into a snapshot, kept for each volunteer's history.
    public var history: URL { sibling("history") }
    /// The folder of earlier snapshots (0700; each file 0600).
    public var backups: URL { sibling("backups") }
    /// The emergency lookup's index (`LookupIndex`).
    public var index: URL { sibling("index") }
    /// The writers' advisory lock.
    public var lock: URL { sibling("lock") }
    /// The full-screen interface's claim on editing.
    public var session: URL { sibling("session") }
    /// Names the new snapshot while a compaction is half-way.
    public var compacting: URL { sibling("compacting") }
    /// The erasure under way (`Erasure`), until every file is rewritten without the person.
    public var erasing: URL { sibling("erasing") }
    /// What was erased and when, never who (`ErasureLog`).
    public var erasures: URL { sibling("erasures") }
    /// The files written outside the store, where and when (`ExportLog`).
    public var exports: URL { sibling("exports") }

    /// Files whose presence says a store existed here: when one of them is there and the
    /// snapshot is not, the snapshot was moved away, and starting an empty store would
    /// hide (and a later compaction would delete) what they hold.
    public var evidence: [URL] { [journal, bak, backups, history, index, erasures] }

    /// Every file beside the snapshot, the snapshot first; none of them may be a link.
    public var all: [URL] { [snapshot, journal, bak, history, backups, index, lock, session, compacting, erasing, erasures, exports] }

    /// Where a new version of `file` is written before it is renamed into place: in the
    /// same folder, hidden, named for the file and this process.
    public func temporary(for file: URL) -> String {
        file.deletingLastPathComponent().appendingPathComponent(".\(file.lastPathComponent)\(StoreFiles.temporaryMark)\(getpid())").path
    }

    /// Where the second core writes half of a long list while a snapshot is written.
    func scratch() -> String {
        folder.appendingPathComponent(".\(name).scratch-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
    }

    /// Whether a name in the folder is a temporary file of this store's (or of an earlier
    /// version's naming), and the process that wrote it. Only this store's own files'
    /// names count, so another store or an export in the same folder is left alone.
    func temporaryWriter(of file: String) -> pid_t? {
        let ours = all.map { "." + $0.lastPathComponent + StoreFiles.temporaryMark } + [".\(name).scratch-"]
        let legacy = [".frivillig-scratch-", "\(name).index.tmp-", "\(name).bak.tmp-"]
        guard let prefix = (ours + legacy).first(where: { file.hasPrefix($0) }) else { return nil }
        return pid_t(file.dropFirst(prefix.count).prefix { $0.isNumber }) ?? 0
    }

    /// Copies of damaged journals set aside by a repair or a restore (`damagedCopy`).
    func damagedCopies() -> [URL] {
        let prefix = journal.lastPathComponent + StoreFiles.damagedMark
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasPrefix(prefix) }.map { folder.appendingPathComponent($0) }
    }

    /// A new name for a damaged file set aside before a repair or a restore changes it:
    /// the time to the millisecond, and a number when that is taken, so one copy never
    /// replaces another.
    func damagedCopy(of file: URL, at date: Date) -> URL {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let stamp = formatter.string(from: date).replacingOccurrences(of: ":", with: "-")
        let base = file.lastPathComponent + StoreFiles.damagedMark + stamp
        var candidate = file.deletingLastPathComponent().appendingPathComponent(base)
        var n = 1
        while StoreFiles.exists(candidate.path) {
            n += 1
            candidate = file.deletingLastPathComponent().appendingPathComponent("\(base)-\(n)")
        }
        return candidate
    }

    /// The path to use for a store named `url`: a link is resolved to its target (so the
    /// target keeps receiving the changes, and the files beside it are the target's); a
    /// snapshot that does not exist yet is placed in its folder's real path.
    public static func realPath(of url: URL) -> URL {
        if let resolved = resolve(url.path) { return URL(fileURLWithPath: resolved) }
        let folder = url.deletingLastPathComponent()
        guard let resolvedFolder = resolve(folder.path) else { return url }
        return URL(fileURLWithPath: resolvedFolder).appendingPathComponent(url.lastPathComponent)
    }

    /// Refuses a store where a file beside the snapshot (or the snapshot itself, as a
    /// dangling link) is a symbolic link: following one would write personal data
    /// wherever it points, and replacing one would cut the link's target off. Anything
    /// but a regular file (the backups folder aside) is refused too.
    func refuseLinks() throws(StoreError) {
        var st = stat()
        for file in all where lstat(file.path, &st) == 0 {
            let kind = st.st_mode & S_IFMT
            if kind == S_IFLNK { throw .linkedFile(path: file.path) }
            // A FIFO or a device where a file belongs would hang or swallow every save.
            if kind != S_IFREG && !(kind == S_IFDIR && file == backups) { throw .notRegularFile(path: file.path) }
        }
    }

    /// Makes the store's files readable by their owner only (0600, the backups folder
    /// 0700), as a store copied by hand or written by another program may be 0644.
    func tightenPermissions() -> [StoreNotice] {
        var notices: [StoreNotice] = []
        var st = stat()
        for file in all + backupFiles() + damagedCopies() where lstat(file.path, &st) == 0 && st.st_uid == geteuid() && st.st_mode & 0o077 != 0 {
            // Opened without following a link and changed through the descriptor, so a
            // file swapped for a link after the look above is never what is changed.
            let fd = open(file.path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            guard fstat(fd, &st) == 0 else { continue }
            let kind = st.st_mode & S_IFMT
            guard kind == S_IFREG || (kind == S_IFDIR && file == backups) else { continue }
            if fchmod(fd, kind == S_IFDIR ? 0o700 : 0o600) != 0 {
                notices.append(.readableByOthers(path: file.path))
            }
        }
        return notices
    }

    /// The store's folder is the user's to choose, so a folder others can read is
    /// reported (by `check` and the full-screen interface), not changed.
    public func folderNotice() -> StoreNotice? {
        var st = stat()
        guard stat(folder.path, &st) == 0, st.st_mode & 0o077 != 0 else { return nil }
        return .folderReadableByOthers(path: folder.path, mode: Int(st.st_mode & 0o777))
    }

    /// Whether `path` names one of the store's own files (its real path, links in the
    /// folders above resolved), so an export given such a name can be refused: writing a
    /// spreadsheet over the snapshot or the journal would destroy the register.
    public func owns(_ path: String) -> Bool {
        let url = URL(fileURLWithPath: path)
        let resolved = StoreFiles.resolve(url.deletingLastPathComponent().path).map {
            URL(fileURLWithPath: $0).appendingPathComponent(url.lastPathComponent).path
        } ?? url.standardizedFileURL.path
        return (all + backupFiles() + damagedCopies()).contains { $0.path == resolved }
    }

    /// The files in the backups folder.
    func backupFiles() -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(atPath: backups.path)) ?? []).map { backups.appendingPathComponent($0) }
    }

    /// Whether a file is there, links included (a dangling link is there).
    static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    static func isRegularFile(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }

    static func isLink(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
    }

    private static func resolve(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static let temporaryMark = ".tmp-"
    private static let damagedMark = ".damaged-"

    private func sibling(_ ext: String) -> URL { snapshot.appendingPathExtension(ext) }
}
