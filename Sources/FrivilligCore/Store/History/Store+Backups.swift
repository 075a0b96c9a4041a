import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The earlier snapshots kept in `store.json.backups/`.
extension Store {
    /// Earlier snapshots, newest first.
    public func backups() -> [Backup] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: files.backups.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted(by: >).map { name in
            let file = files.backups.appendingPathComponent(name)
            return Backup(name: name, url: file, size: Store.fileSize(file.path) ?? 0)
        }
    }

    /// Hard-links the snapshot about to be replaced into the backups folder (no copy:
    /// the old file lives on under its new name) and prunes the oldest beyond
    /// `backupsToKeep`. A backup that cannot be made does not stop the save.
    func keepBackupOfCurrentSnapshot() {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let folder = files.backups.path
        if !FileManager.default.fileExists(atPath: folder) {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let stamp = formatter.string(from: Date()).replacingOccurrences(of: ":", with: "-")
        var name = stamp + ".json"
        var n = 1
        while FileManager.default.fileExists(atPath: folder + "/" + name) {
            n += 1
            name = stamp + "-\(n).json"
        }
        guard link(path, folder + "/" + name) == 0 else { return }
        chmod(folder + "/" + name, 0o600)
        for old in backups().dropFirst(max(1, backupsToKeep)) {
            unlink(old.url.path)
        }
    }
}
