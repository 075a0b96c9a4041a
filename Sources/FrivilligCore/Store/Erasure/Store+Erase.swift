import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Erasing or anonymising a person in every file the store keeps (GDPR art. 17): the
/// snapshot, the journal, the history, `.bak`, every backup, the damaged-journal copies
/// and the index.
extension Store {
    /// The steps of an erasure, for progress (a register of 100,000 with ten backups
    /// takes seconds).
    public enum ErasureStep: Sendable {
        case snapshot
        case history
        case backup(done: Int, of: Int)
        case damagedCopies
    }

    /// Erases the person everywhere, all or nothing across a crash: the intent is written
    /// first, and the next open finishes an erasure that was stopped (`finishErasure`).
    /// Every file is replaced by a rename, so each is whole, old or new, at any moment.
    public func erase(_ erasure: Erasure, progress: (ErasureStep) -> Void = { _ in }) throws(StoreError) {
        try begin(.erase(erasure), progress: progress)
    }

    /// Erases a contact everywhere and clears every reference to them, all or nothing
    /// across a crash as a volunteer's erasure is (`ContactErasure`).
    public func erase(_ erasure: ContactErasure, progress: (ErasureStep) -> Void = { _ in }) throws(StoreError) {
        try begin(.eraseContact(erasure), progress: progress)
    }

    /// Erases a bare emergency contact from every volunteer who lists them and from every
    /// file, all or nothing across a crash (`RelativeErasure`).
    public func erase(_ erasure: RelativeErasure, progress: (ErasureStep) -> Void = { _ in }) throws(StoreError) {
        try begin(.eraseRelative(erasure), progress: progress)
    }

    /// Anonymises the volunteer everywhere (`Anonymisation`), all or nothing across a
    /// crash as an erasure is.
    public func anonymise(_ anonymisation: Anonymisation, progress: (ErasureStep) -> Void = { _ in }) throws(StoreError) {
        try begin(.anonymise(anonymisation), progress: progress)
    }

    /// Takes the lock and reads what others saved, writes the intent, then carries it out.
    private func begin(_ intent: RemovalIntent, progress: (ErasureStep) -> Void) throws(StoreError) {
        precondition(!recoveryOnly, "a store opened for recovery is only restored")
        let lock = try StoreLock.exclusive(files.lock)
        defer { lock.release() }
        try catchUp()
        guard let data = try? JSONEncoder().encode(intent) else { return }
        try AtomicFile.replace(files.erasing, with: data, backup: nil, files: files)
        try carryOut(intent.removal, progress: progress)
    }

    /// Finishes an erasure a crash stopped; called with the register loaded, before the
    /// store is used. A no-op without an intent file.
    func finishErasure() throws(StoreError) {
        guard StoreFiles.exists(files.erasing.path) else { return }
        let lock = try StoreLock.exclusive(files.lock)
        defer { lock.release() }
        // The intent is written by a rename, so it is never torn: one that does not
        // decode was written by another version, and stays for that version to finish.
        let data = try Store.read(files.erasing.path)
        guard let intent = try? JSONDecoder().decode(RemovalIntent.self, from: data) else {
            throw .unreadable(path: files.erasing.path, reason: "not an erasure this version knows")
        }
        try catchUp()
        try carryOut(intent.removal, progress: { _ in })
    }

    /// Each step rewrites one file from what is in it now, so doing one twice is harmless.
    private func carryOut(_ erasure: any PersonalDataRemoval, progress: (ErasureStep) -> Void) throws(StoreError) {
        let mentions = erasure.names
        progress(.snapshot)
        // Folds the journal into history first, then writes the snapshot and the index
        // without the person; the snapshot it replaces is kept as a backup, scrubbed below.
        // Finished again after a crash, a snapshot already without them is left as it is.
        let touched = erasure.mentioning(in: register)
        if hasJournal || !touched.isEmpty {
            try writeSnapshot(erasure.apply(to: register, touched: touched))
        }
        // Stopped after that snapshot was written, the journal it folded in is still
        // there, holding the person, and no new snapshot would remove it.
        dropFoldedJournal()
        if let index = try? Store.read(files.index.path), mentions(index) { unlink(files.index.path) }
        progress(.history)
        if let history = try? Store.read(files.history.path), mentions(history) {
            try AtomicFile.replace(files.history, with: HistoryScrub(removal: erasure).scrub(history), backup: nil, files: files)
        }
        let snapshots = files.backupFiles() + [files.bak]
        for (i, file) in snapshots.enumerated() {
            progress(.backup(done: i, of: snapshots.count))
            guard let data = try? Store.read(file.path), mentions(data) else { continue }
            guard let old = try? StoreCodec.decode(data, path: file.path) else {
                // A backup that does not load cannot be restored either; holding the
                // person, it goes whole.
                unlink(file.path)
                continue
            }
            try AtomicFile.replace(file, with: StoreCodec.encode(erasure.apply(to: old)), backup: nil, files: files)
        }
        progress(.damagedCopies)
        for copy in files.damagedCopies() {
            guard let data = try? Store.read(copy.path), mentions(data) else { continue }
            let kept = data.split(separator: 0x0A, omittingEmptySubsequences: false).filter { !mentions(Data($0)) }
            try AtomicFile.replace(copy, with: Data(kept.joined(separator: [0x0A])), backup: nil, files: files)
        }
        try ExportLog(files: files).forget { entry in mentions(Data(entry.path.utf8)) }
        try ErasureLog(file: files.erasures).append(erasure.logEntry(at: Date()), files: files)
        unlink(files.erasing.path)
        AtomicFile.syncDirectory(of: url)
    }
}
