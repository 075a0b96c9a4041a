import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Replaces a file so that a reader (or a power cut) sees either the old bytes or the
/// new ones, never a mixture, and keeps the old bytes as a backup beside it.
///
/// The sequence: write a temporary file in the same folder (0600) and fsync it; hard-link
/// the current file to the backup name (no copy, the old inode lives on); rename the
/// temporary file over the current one; fsync the folder so the rename itself survives.
enum AtomicFile {
    static func replace(_ url: URL, with data: some ContiguousBytes, backup: URL?, files: StoreFiles) throws(StoreError) {
        let pending = try PendingFile.write(for: url, files: files) { fd throws(StoreError) in
            guard writeAll(fd, data) else { throw .writeFailed(path: url.path, reason: errnoText()) }
        }
        do {
            try pending.install(backup: backup, files: files)
        } catch {
            pending.discard()
            throw error
        }
    }

    /// Writes every byte (a write may take only part); false with errno set on failure.
    static func writeAll(_ fd: Int32, _ data: some ContiguousBytes) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            guard raw.count > 0 else { return true }
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += n
            }
            return true
        }
    }

    /// Creates the folder (0700) that will hold personal data, if missing.
    static func ensureDirectory(for url: URL) throws(StoreError) {
        let dir = url.deletingLastPathComponent().path
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: dir, isDirectory: &isDir) {
            if !isDir.boolValue { throw .unreadable(path: dir, reason: "not a folder") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .unreadable(path: dir, reason: (error as NSError).localizedDescription)
        }
    }

    static func syncDirectory(of url: URL) {
        let fd = open(url.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
