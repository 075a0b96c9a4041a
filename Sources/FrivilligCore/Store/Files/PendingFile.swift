import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A new version of a file, written and fsynced beside it (0600) but not yet in its place:
/// the first half of `AtomicFile.replace`. The store streams a new snapshot into one, learns
/// its fingerprint, prepares the journal's marker, and only then installs it.
struct PendingFile {
    let target: URL
    let temporaryPath: String

    /// Creates the temporary file and lets `body` write it; on any failure the temporary
    /// file is removed and the error thrown.
    static func write(for url: URL, files: StoreFiles, _ body: (Int32) throws(StoreError) -> Void) throws(StoreError) -> PendingFile {
        let tmp = files.temporary(for: url)
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw .writeFailed(path: url.path, reason: AtomicFile.errnoText()) }
        do throws(StoreError) {
            try body(fd)
            guard fchmod(fd, 0o600) == 0, fsync(fd) == 0 else { throw .writeFailed(path: url.path, reason: AtomicFile.errnoText()) }
        } catch {
            close(fd)
            unlink(tmp)
            throw error
        }
        guard close(fd) == 0 else {
            let reason = AtomicFile.errnoText()
            unlink(tmp)
            throw .writeFailed(path: url.path, reason: reason)
        }
        return PendingFile(target: url, temporaryPath: tmp)
    }

    /// Puts the new file in place: the current one hard-linked to `backup` first (no copy),
    /// then the rename, then an fsync of the folder so the rename survives a power cut.
    func install(backup: URL?, files: StoreFiles) throws(StoreError) {
        let path = target.path
        if let backup, access(path, F_OK) == 0 {
            let backupTmp = files.temporary(for: backup)
            unlink(backupTmp)
            guard link(path, backupTmp) == 0 || PendingFile.copy(path, to: backupTmp) else {
                throw .writeFailed(path: backup.path, reason: AtomicFile.errnoText())
            }
            chmod(backupTmp, 0o600)
            guard rename(backupTmp, backup.path) == 0 else {
                let reason = AtomicFile.errnoText()
                unlink(backupTmp)
                throw .writeFailed(path: backup.path, reason: reason)
            }
        }
        guard rename(temporaryPath, path) == 0 else { throw .writeFailed(path: path, reason: AtomicFile.errnoText()) }
        AtomicFile.syncDirectory(of: target)
    }

    /// Removes the temporary file when the new version is not wanted after all.
    func discard() {
        unlink(temporaryPath)
    }

    private static func copy(_ from: String, to: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: from) else { return false }
        return FileManager.default.createFile(atPath: to, contents: data, attributes: [.posixPermissions: 0o600])
    }
}
