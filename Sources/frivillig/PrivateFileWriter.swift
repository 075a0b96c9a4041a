import Foundation
import FrivilligCore
#if canImport(Glibc)
import Glibc
#endif

/// The one way the program writes a file outside the store (CSV, vCard, iCalendar, the
/// person export, welcome letters): they hold personal data, so only their owner may read
/// them (0600), and the user's own files must survive whatever happens.
///
/// The data goes to a temporary file in the target's folder, is fsynced, and only then
/// takes the target's name: with link(2), which fails when the name exists, so a file
/// that appears meanwhile is kept too; or, when replacing is allowed (`--force`), with
/// rename(2), which swaps the old file for the complete new one at once. A full disk, the
/// file size limit or a missing permission leaves the old file as it was and removes the
/// temporary one. The target itself is never a symbolic link (writing through it would
/// change the file it points to); the folders above it may be.
enum PrivateFileWriter {
    /// Writes `data` as `path`. An existing file is kept unless `replace`; a file of the
    /// store (`sparing`) is never written over, `--force` or not.
    static func write(_ data: Data, to path: String, replace: Bool, sparing store: StoreFiles) throws(FileWriteFailure) {
        guard !store.owns(path) else { throw .storeFile(path: path) }
        try checkTarget(path, replace: replace)
        let temporary = try writeTemporary(data, for: path)
        defer { unlink(temporary) }
        if replace {
            guard rename(temporary, path) == 0 else { throw .failed(path: path, errno: errno) }
        } else {
            try placeWithoutReplacing(temporary, at: path)
        }
        syncFolder(of: path)
    }

    /// Writes `directory/base.ext`, or `base-2.ext`, `base-3.ext` … whichever name is
    /// free first; returns its path.
    static func writeNumbered(_ data: Data, directory: String, base: String, ext: String) throws(FileWriteFailure) -> String {
        let first = URL(fileURLWithPath: directory).appendingPathComponent("\(base).\(ext)").path
        let temporary = try writeTemporary(data, for: first)
        defer { unlink(temporary) }
        for n in 1...999 {
            let path = n == 1 ? first : URL(fileURLWithPath: directory).appendingPathComponent("\(base)-\(n).\(ext)").path
            do {
                try placeWithoutReplacing(temporary, at: path)
                syncFolder(of: path)
                return path
            } catch .exists {
                continue
            }
        }
        throw .failed(path: URL(fileURLWithPath: directory).appendingPathComponent("\(base)-999.\(ext)").path, errno: EEXIST)
    }

    /// Refuses a link, a folder or a device at `path`, and an existing file unless
    /// `replace`. A later rename over a name that became a link replaces the link
    /// itself, never the file it points to.
    private static func checkTarget(_ path: String, replace: Bool) throws(FileWriteFailure) {
        var st = stat()
        guard lstat(path, &st) == 0 else {
            if errno == ENOENT { return }
            throw .failed(path: path, errno: errno)
        }
        switch FileKind(mode: st.st_mode) {
        case .regular where replace: return
        case .regular: throw .exists(path: path)
        case .symbolicLink: throw .symbolicLink(path: path)
        case let kind: throw .notRegularFile(path: path, kind: kind)
        }
    }

    /// Gives the complete temporary file the name `path` unless something has that name.
    /// A file system without hard links (FAT on a USB stick) gets an empty placeholder
    /// made with O_EXCL instead, which the rename then replaces.
    private static func placeWithoutReplacing(_ temporary: String, at path: String) throws(FileWriteFailure) {
        if link(temporary, path) == 0 { return }
        switch errno {
        case EEXIST: throw .exists(path: path)
        case EPERM, EOPNOTSUPP, EMLINK:
            let placeholder = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            guard placeholder >= 0 else {
                throw errno == EEXIST ? .exists(path: path) : .failed(path: path, errno: errno)
            }
            close(placeholder)
            guard rename(temporary, path) == 0 else {
                let code = errno
                unlink(path)
                throw .failed(path: path, errno: code)
            }
        case let code: throw .failed(path: path, errno: code)
        }
    }

    /// A new 0600 file beside `path` holding `data`, fsynced; removed again on failure.
    private static func writeTemporary(_ data: Data, for path: String) throws(FileWriteFailure) -> String {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UUID().uuidString.prefix(8))").path
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .failed(path: path, errno: errno) }
        var failure: Int32?
        if fchmod(fd, 0o600) != 0 { failure = errno }
        data.withUnsafeBytes { raw in
            var offset = 0
            while failure == nil, offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno != EINTR { failure = errno }
                } else {
                    offset += n
                }
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(temporary)
            throw .failed(path: path, errno: failure)
        }
        return temporary
    }

    /// Makes the new name durable, as the fsync made the bytes.
    private static func syncFolder(of path: String) {
        let fd = open(URL(fileURLWithPath: path).deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
