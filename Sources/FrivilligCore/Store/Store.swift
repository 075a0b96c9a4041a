import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The register on disk: a JSON snapshot (`store.json`) and an append-only journal of
/// the changes saved since (`store.json.journal`).
///
/// A commit appends its changes to the journal and fsyncs: durable in a fraction of a
/// millisecond, whatever the register's size. `compact()` folds the journal into a new
/// snapshot (written atomically, the previous one kept as `store.json.bak`); a marker
/// file (`store.json.compacting`) naming the new snapshot makes a crash half-way through
/// harmless. Writers serialise on an advisory lock (`store.json.lock`, flock, released by
/// the kernel when a process dies) and first read what other processes saved since.
public final class Store {
    /// Every file of the store; the snapshot at its real path.
    public let files: StoreFiles
    public var url: URL { files.snapshot }
    public internal(set) var register: Register
    /// Things worth telling the user about the last load or save, e.g. a torn journal
    /// line or a compaction that failed for lack of space.
    public private(set) var notices: [StoreNotice] = []
    private var snapshotStamp: FileStamp?
    private var snapshotFingerprint = ""
    private var snapshotSize = 0
    /// Bytes of the journal that are read and applied.
    private var journalLength = 0
    private var journalLines = 0
    /// The format of the journal on disk; one of an earlier format is folded into the
    /// snapshot before anything is added to it.
    private var journalFormat = Journal.formatVersion
    /// The journal file as last read or written: when it is another file, or shorter
    /// than what was read of it (a sync tool put an older copy back), it is read anew
    /// in full, never appended to at a length it no longer has. When it is the same, a
    /// torn tail is not read again every second.
    private var journalSeen: FileStamp?
    /// The hash of the journal's bytes that are read and applied, so a journal changed
    /// inside them (a flipped byte, a line deleted, a copy put back) is read anew in full,
    /// and its damage refused, instead of being appended to.
    private var journalRead = WideHasher()
    /// The journal's last line lacks its newline; the next append writes it first.
    private var journalEndsWithoutNewline = false
    /// The journal on disk was folded into the snapshot by a compaction that stopped
    /// before removing it; the next save starts a new one.
    private var journalFolded = false
    /// The revisions of each record that this store saved (see `RevisionMerge`).
    private var ownRevisions: [UUID: Set<Int>] = [:]
    /// The descriptor holding the editing-session flock, if this process holds it.
    private var sessionLock: StoreLock?

    public var path: String { url.path }
    /// How many earlier snapshots to keep in `files.backups`; the oldest go first.
    public var backupsToKeep = 10

    /// Whether the snapshot has gone since the store was opened (moved, or its folder
    /// deleted): nothing can be saved until it is back.
    public var isGone: Bool { !recoveryOnly && !StoreFiles.exists(path) }

    /// Whether there are saved changes not yet folded into the snapshot.
    public var hasJournal: Bool { journalLength > 0 }

    /// Writes the emergency lookup's index (`LookupIndex`) when it is missing or stale,
    /// e.g. for a store written by an earlier version. Only a register that is exactly
    /// its snapshot (no journal) can be indexed; with a journal the next compaction does it.
    /// True when a new index was written.
    @discardableResult
    public func refreshLookupIndex() -> Bool {
        let lock = StoreLock.shared(files.lock)
        defer { lock?.release() }
        guard journalLength == 0, !journalFolded, FileStamp(path: path) == snapshotStamp,
              Store.fileSize(files.journal.path) == nil else { return false }
        return LookupIndex.write(LookupIndex.Prepared(register, store: url), store: url, fingerprint: snapshotFingerprint)
    }

    init(files: StoreFiles) {
        self.files = files
        register = Register()
    }

    /// Opens the store, creating an empty one (0600, folder 0700) if the folder holds no
    /// trace of one. A file that does not load is left exactly as it is.
    ///
    /// The snapshot's real path is resolved once, here (a `store.json` that is a link
    /// keeps receiving the changes); no file beside it may be a link. Files beside it
    /// readable by others are made 0600. When the snapshot is missing but a journal,
    /// backup, history or index says a store was there, opening is refused
    /// (`snapshotMissing`). With `recovering` that store, and one whose journal is
    /// damaged or belongs to another snapshot, opens with an empty register that only
    /// `backups()` and `restore` may use (`recoveryOnly`).
    public static func open(at url: URL, recovering: Bool = false) throws(StoreError) -> Store {
        let store = Store(files: StoreFiles(snapshot: StoreFiles.realPath(of: url)))
        if store.path != url.path, StoreFiles.isLink(url.path) {
            let besideLink = StoreFiles(snapshot: url).evidence.filter { StoreFiles.exists($0.path) }
            guard besideLink.isEmpty else { throw .filesBesideLink(link: url.path, target: store.path, present: besideLink.map(\.path)) }
        }
        try store.files.refuseLinks()
        store.notices = store.files.tightenPermissions()
        if FileManager.default.fileExists(atPath: store.path) {
            do {
                try store.reload()
            } catch .journalDamaged(let path, let line, let damage) where recovering {
                store.recoveryOnly = true
                store.notices.append(.journalSetAsideOnRestore(.journalDamaged(path: path, line: line, damage: damage)))
            } catch .journalMismatch(let path, let snapshot) where recovering {
                store.recoveryOnly = true
                store.notices.append(.journalSetAsideOnRestore(.journalMismatch(path: path, snapshot: snapshot)))
            }
            if !store.recoveryOnly {
                // A store that cannot finish an erasure now (a full disk) still opens;
                // the intent stays for the next open.
                do { try store.finishErasure() } catch { store.notices.append(.erasureUnfinished(error)) }
            }
            store.removeStrayTemporaryFilesIfIdle()
            return store
        }
        let present = store.files.evidence.filter { StoreFiles.exists($0.path) }
        if !present.isEmpty {
            guard recovering else { throw .snapshotMissing(path: store.path, present: present.map(\.path)) }
            store.recoveryOnly = true
            return store
        }
        try AtomicFile.ensureDirectory(for: url)
        let lock = try StoreLock.exclusive(store.files.lock)
        defer { lock.release() }
        if FileManager.default.fileExists(atPath: store.path) {
            try store.load(try store.readFiles())
        } else {
            try store.writeSnapshot(Register())
        }
        return store
    }

    /// Opened with `recovering` while the snapshot is missing or the journal cannot be
    /// read: the register is empty and only a restore may write.
    public private(set) var recoveryOnly = false

    /// Whether this store has split the addresses of older volunteers (`withOldAddressesSplit`).
    var oldAddressesLookedFor = false

    /// The records `convertAssociationsInMemory` changed that the disk does not have yet.
    var unsavedConversion: Set<UUID> = []

    /// Applies changes and makes them durable by appending them to the journal. Another
    /// process's saves since our load are read first, so its changes survive.
    ///
    /// Throws `RegisterError` when a change is refused and `StoreError` when the files
    /// could not be read or written; either way nothing on disk or in memory changed.
    ///
    /// `base` is the register the changes were made from (a form keeps the one it opened
    /// with); by default the register as this store last read it. A put made from an
    /// older revision than the one on disk is merged with what was saved since
    /// (`RevisionMerge`), or refused with `RegisterError.conflict`. The changes are one
    /// commit: after a crash the journal holds all of them or none. What the store keeps
    /// itself (status periods, when a contact became unreferenced) is kept on the merged
    /// changes, dated `today` (`Register.keeping`).
    @discardableResult
    public func commit(_ changes: [Change], base: Register? = nil, today: Day = Day.today()) throws -> Register {
        precondition(!recoveryOnly, "a store opened for recovery is only restored")
        let changes = withOldAddressesSplit(changes)
        let lock = try StoreLock.exclusive(files.lock)
        defer { lock.release() }
        let readFrom = base ?? register
        try catchUp()
        let converted = withAssociationsConverted(changes)
        let stored = register.keeping(try merge(from: readFrom).resolve(converted), on: today)
        let updated = try register.applying(stored)
        if journalFormat < Journal.formatVersion, journalLength > 0 { try writeSnapshot(register) }
        let firstLine = journalLength == 0 || journalFolded ? 2 : journalLines + 2
        try append(try Journal.lines(stored, at: Date(), firstLine: firstLine))
        register = updated
        unsavedConversion = []
        journalLines += stored.count
        for change in stored {
            if let saved = change.putRecord { ownRevisions[saved.id, default: []].insert(saved.revision) }
        }
        if journalLength > max(1 << 20, snapshotSize / 4) || journalLines > 2000 {
            do {
                try writeSnapshot(register)
            } catch {
                notices.removeAll { $0.isAboutASave }
                notices.append(.compactionFailed(error))
            }
        }
        return updated
    }

    /// What `commit` would do with these changes, without writing: the same catch-up,
    /// merge and checks, so a dry run refuses exactly what the real run would.
    public func check(_ changes: [Change], base: Register? = nil) throws {
        let lock = try StoreLock.exclusive(files.lock)
        defer { lock.release() }
        let readFrom = base ?? register
        try catchUp()
        let stored = try merge(from: readFrom).resolve(changes)
        _ = try register.applying(stored)
    }

    /// The merge of a commit's puts with what is on disk now (see `RevisionMerge`).
    private func merge(from base: Register) -> RevisionMerge {
        let journals = [files.history, files.journal]
        return RevisionMerge(current: register, base: base, ownRevisions: ownRevisions,
                             deleted: DeleteScan(files: journals, erasures: files.erasures), earlier: RevisionHistory(files: journals))
    }

    /// Reads what other processes saved since our last look; true when anything changed.
    /// Cheap when nothing did (two stat calls), so a screen can ask every second.
    public func refreshIfChanged() throws(StoreError) -> Bool {
        guard FileStamp(path: path) != snapshotStamp || FileStamp(path: files.journal.path) != journalSeen else { return false }
        let lock = try StoreLock.exclusive(files.lock)
        defer { lock.release() }
        let before = (snapshotStamp, journalLength)
        try catchUp()
        return before.0 != snapshotStamp || before.1 != journalLength
    }

    /// Claims the store for one editing session (the full-screen interface), so a
    /// second copy opened on the same store knows to stay read-only: two people editing
    /// the same record in two windows would otherwise overwrite each other's edits.
    /// The claim is a flock on `store.json.session`, held until the process ends, so a
    /// crashed session never blocks anyone. False when another process holds it.
    public func claimEditingSession() -> Bool {
        if sessionLock != nil { return true }
        switch StoreLock.attempt(files.session, create: true) {
        case .held(let lock):
            sessionLock = lock
            return true
        case .busy: return false
        case .unavailable: return true
        }
    }

    /// Whether this process holds the editing session (see `claimEditingSession`).
    public var holdsEditingSession: Bool { sessionLock != nil }

    deinit {
        sessionLock?.release()
    }

    /// Folds the journal into a new snapshot (e.g. when the program quits).
    public func compact() throws(StoreError) {
        let lock = try StoreLock.exclusive(files.lock)
        defer { lock.release() }
        try catchUp()
        guard journalLength > 0 || FileManager.default.fileExists(atPath: files.journal.path) else { return }
        try writeSnapshot(register)
    }

    /// Replaces the whole register (demo data, a restore), keeping the old snapshot as backup.
    public func replace(with newRegister: Register) throws(StoreError) {
        let lock = try StoreLock.exclusive(files.lock)
        defer { lock.release() }
        try writeSnapshot(newRegister)
    }

    /// Re-reads the snapshot and the journal, e.g. after another process changed them.
    ///
    /// The files are read under a shared lock: without it, another process could compact
    /// (new snapshot, journal removed) and save again (a new journal) between our reading
    /// the snapshot and the journal, and we would pair the old snapshot with the new
    /// journal ("belongs to another snapshot") or miss the folded-in changes. Decoding
    /// happens after the lock is released, so writers wait only for the reading.
    public func reload() throws(StoreError) {
        let lock = StoreLock.shared(files.lock)
        let files: Files
        do {
            files = try readFiles()
        } catch {
            lock?.release()
            throw error
        }
        lock?.release()
        try load(files)
    }

    /// The bytes of the snapshot and of the journal that continues it, read together.
    struct Files {
        let snapshot: Data
        let stamp: FileStamp?
        let fingerprint: String
        let journal: Data?
        let journalStamp: FileStamp?
        /// A compaction that stopped half-way had already folded the journal in.
        let journalFolded: Bool
        /// `snapshot` is a mapping of its own that reading may give back (`PageRelease`).
        let releasable: Bool
    }

    /// Reads both files; the caller holds the lock (shared or exclusive), so no
    /// compaction or save runs in between.
    func readFiles() throws(StoreError) -> Files {
        let size = Store.fileSize(path) ?? 0
        let releasable = size >= Store.releaseReadPagesFrom ? try Store.readReleasable(path) : nil
        let data: Data
        if let releasable {
            data = releasable
        } else {
            data = try Store.read(path)
        }
        let stamp = FileStamp(path: path)
        let fingerprint = Journal.fingerprint(data)
        let folded = journalIsFolded(into: fingerprint, of: data)
        let journalStamp = FileStamp(path: files.journal.path)
        let journal = !folded && StoreFiles.exists(files.journal.path) ? try Store.read(files.journal.path) : nil
        return Files(snapshot: data, stamp: stamp, fingerprint: fingerprint, journal: journal, journalStamp: journalStamp,
                     journalFolded: folded, releasable: releasable != nil)
    }

    /// Decodes what `readFiles` read and makes it the register.
    func load(_ files: Files) throws(StoreError) {
        let data = files.snapshot
        let stamp = files.stamp
        let fingerprint = files.fingerprint
        var loaded = try decodeSnapshot(files)
        var notices: [StoreNotice] = []
        var length = 0, lines = 0, format = Journal.formatVersion
        if let journal = files.journal {
            let contents = try Journal.parse(journal, path: self.files.journal.path, startsAtHeader: true)
            if let header = contents.header, !Journal.name(header.snapshot, matches: fingerprint, of: data) {
                throw .journalMismatch(path: self.files.journal.path, snapshot: path)
            }
            try Store.apply(contents, to: &loaded, path: self.files.journal.path)
            if contents.tornTail { notices.append(.tornJournalLine(path: self.files.journal.path)) }
            length = contents.goodLength
            lines = contents.goodLines
            format = contents.format
            journalEndsWithoutNewline = contents.endsWithoutNewline
        } else {
            journalEndsWithoutNewline = false
        }
        var read = WideHasher()
        files.journal.map { journal in journal.prefix(length).withUnsafeBytes { read.update($0) } }
        register = loaded
        unsavedConversion = []
        convertAssociationsInMemory()
        snapshotStamp = stamp
        snapshotFingerprint = fingerprint
        snapshotSize = data.count
        journalLength = length
        journalLines = lines
        journalFormat = format
        journalSeen = files.journalStamp
        journalRead = read
        journalFolded = files.journalFolded
        self.notices.removeAll { $0.isAboutTheJournal }
        self.notices += notices
    }

    /// The snapshot's register. Bytes that reading may give back are given back as the
    /// fast reader goes, unless the journal names the snapshot the way earlier versions
    /// did (that check needs the bytes afterwards). Should the fast reader give up half-way,
    /// the bytes are read again, and used only if they are still the same snapshot.
    private func decodeSnapshot(_ files: Files) throws(StoreError) -> Register {
        let journalNamesItCurrently = files.journal.map { $0.prefix(256).range(of: Data("\"w4:".utf8)) != nil } ?? true
        guard files.releasable, journalNamesItCurrently else { return try StoreCodec.decode(files.snapshot, path: path) }
        if let register = StoreReader.register(from: files.snapshot, discardingRead: true) { return register }
        let again = try Store.read(path)
        guard Journal.fingerprint(again) == files.fingerprint else {
            throw .unreadable(path: path, reason: "it was replaced while it was being read; open it again")
        }
        return try StoreCodec.decode(again, path: path)
    }

    /// Whether the marker of a compaction that stopped before it could remove the journal
    /// names this snapshot: then the journal is already folded into it.
    private func journalIsFolded(into fingerprint: String, of data: Data) -> Bool {
        guard let marker = try? String(contentsOf: files.compacting, encoding: .utf8) else { return false }
        return Journal.name(marker.trimmingWhitespace, matches: fingerprint, of: data)
    }

    private static func apply(_ contents: Journal.Contents, to register: inout Register, path: String) throws(StoreError) {
        do {
            try register.apply(all: contents.entries.lazy.map(\.change))
        } catch {
            throw .journalDamaged(path: path, line: contents.entries[error.offset].line, damage: .doesNotFit)
        }
    }

    /// Brings the in-memory register up to what is on disk: a new snapshot means a full
    /// reload; a longer journal means reading the lines others appended.
    func catchUp() throws(StoreError) {
        let journal = FileStamp(path: files.journal.path)
        if FileStamp(path: path) != snapshotStamp {
            try load(try readFiles())
            return
        }
        guard journal != journalSeen else { return }
        guard let journal, let seen = journalSeen, journal.inode == seen.inode, journal.size >= Int64(journalLength), journalLength > 0 else {
            try load(try readFiles())
            return
        }
        let data = try Store.read(files.journal.path)
        var read = journalRead
        guard data.prefix(journalLength).withUnsafeBytes(Journal.wideHash) == read.finish() else {
            try load(try readFiles())
            return
        }
        if journalEndsWithoutNewline, data.count > journalLength, data[data.startIndex + journalLength] == 0x0A {
            // Another writer added the newline our last line lacked, before its lines.
            journalRead.update([0x0A])
            journalLength += 1
            journalEndsWithoutNewline = false
        }
        let contents = try Journal.parse(Data(data.suffix(from: journalLength)), path: files.journal.path, startsAtHeader: false,
                                         format: journalFormat, firstLineNumber: journalLines + 2)
        var caughtUp = register
        try Store.apply(contents, to: &caughtUp, path: files.journal.path)
        register = caughtUp
        convertAssociationsInMemory(after: contents.entries.lazy.map(\.change))
        data[journalLength..<journalLength + contents.goodLength].withUnsafeBytes { journalRead.update($0) }
        journalLength += contents.goodLength
        journalLines += contents.goodLines
        if contents.goodLength > 0 { journalEndsWithoutNewline = contents.endsWithoutNewline }
        journalSeen = FileStamp(path: files.journal.path)
    }

    /// Removes a journal that a compaction stopped half-way had already folded into the
    /// snapshot and the history (`journalFolded`): nothing in it is lost, and until it
    /// goes it still holds whoever an erasure has since removed.
    func dropFoldedJournal() {
        guard journalFolded else { return }
        unlink(files.journal.path)
        unlink(files.compacting.path)
        journalFolded = false
    }

    /// Appends complete lines and fsyncs. A journal that does not exist yet is created
    /// whole, header and lines, in a temporary file renamed into place, so a journal
    /// shorter than its header is always damage. A torn tail from a crashed writer is cut
    /// off first; a failed write is cut off again, so the journal stays readable.
    private func append(_ lines: Data) throws(StoreError) {
        let journalPath = files.journal.path
        dropFoldedJournal()
        guard journalLength > 0 else {
            let bytes = Journal.headerLine(snapshot: snapshotFingerprint) + lines
            try AtomicFile.replace(files.journal, with: bytes, backup: nil, files: files)
            journalRead = WideHasher()
            bytes.withUnsafeBytes { journalRead.update($0) }
            journalLength = bytes.count
            journalFormat = Journal.formatVersion
            journalSeen = FileStamp(path: journalPath)
            return
        }
        let fd = Glibc.open(journalPath, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw .writeFailed(path: journalPath, reason: AtomicFile.errnoText()) }
        defer { close(fd) }
        let start = journalLength
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size >= start else {
            throw .writeFailed(path: journalPath, reason: "the journal is shorter than what was read of it")
        }
        guard ftruncate(fd, off_t(start)) == 0, lseek(fd, off_t(start), SEEK_SET) >= 0 else {
            throw .writeFailed(path: journalPath, reason: AtomicFile.errnoText())
        }
        let bytes = journalEndsWithoutNewline ? Data([0x0A]) + lines : lines
        guard AtomicFile.writeAll(fd, bytes), fsync(fd) == 0 else {
            let reason = AtomicFile.errnoText()
            ftruncate(fd, off_t(start))
            fsync(fd)
            throw .writeFailed(path: journalPath, reason: reason)
        }
        journalLength = start + bytes.count
        bytes.withUnsafeBytes { journalRead.update($0) }
        journalEndsWithoutNewline = false
        journalSeen = FileStamp(path: journalPath)
    }

    /// Writes a new snapshot and removes the journal it contains. The marker names the
    /// new snapshot first, so if we stop between the two steps the next load knows the
    /// journal is already folded in. Then the history loses what is older than the
    /// register keeps it (`pruneHistory`).
    func writeSnapshot(_ newRegister: Register) throws(StoreError) {
        removeStrayTemporaryFiles()
        let storeURL = url
        let index = InBackground { LookupIndex.Prepared(newRegister, store: storeURL) }
        var written = (fingerprint: "", size: 0)
        let pending: PendingFile
        do {
            pending = try PendingFile.write(for: url, files: files) { fd throws(StoreError) in
                written = try StoreWriter.write(newRegister, to: fd, files: files, path: path)
            }
        } catch {
            index.value?.discard()
            throw error
        }
        var installed = false
        defer {
            if !installed {
                pending.discard()
                index.value?.discard()
            }
        }
        let fingerprint = written.fingerprint
        let journalExists = StoreFiles.exists(files.journal.path)
        if journalExists {
            try archiveJournal()
            try AtomicFile.replace(files.compacting, with: Data((fingerprint + "\n").utf8), backup: nil, files: files)
        }
        keepBackupOfCurrentSnapshot()
        try pending.install(backup: files.bak, files: files)
        installed = true
        if journalExists {
            unlink(files.journal.path)
            unlink(files.compacting.path)
            AtomicFile.syncDirectory(of: url)
        }
        register = newRegister
        unsavedConversion = []
        convertAssociationsInMemory()
        snapshotStamp = FileStamp(path: path)
        snapshotFingerprint = fingerprint
        LookupIndex.write(index.value, store: url, fingerprint: fingerprint)
        snapshotSize = written.size
        journalLength = 0
        journalLines = 0
        journalFormat = Journal.formatVersion
        journalSeen = nil
        journalRead = WideHasher()
        journalFolded = false
        recoveryOnly = false
        notices.removeAll { $0.isAboutTheJournal }
        pruneHistory(now: Date())
    }

    /// Removes temporary files left by writers that died half-way (a compaction killed
    /// while writing leaves a whole snapshot's worth). Called with the lock held, when no
    /// other process can be writing one.
    private func removeStrayTemporaryFiles() {
        // An erasure rewrites backups in their own folder, so strays can be there too.
        for folder in [files.folder, files.backups] {
            for file in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            where files.temporaryWriter(of: file) != nil {
                unlink(folder.appendingPathComponent(file).path)
            }
        }
    }

    /// At open, removes the temporary files of writers that are no longer running, when
    /// no one holds the lock; a read-only command so leaves no stray file for long.
    private func removeStrayTemporaryFilesIfIdle() {
        let strays = ((try? FileManager.default.contentsOfDirectory(atPath: files.folder.path)) ?? []).filter { file in
            guard let pid = files.temporaryWriter(of: file) else { return false }
            return pid <= 0 || (kill(pid, 0) != 0 && errno == ESRCH)
        }
        guard !strays.isEmpty else { return }
        guard case .held(let lock) = StoreLock.attempt(files.lock, create: false) else { return }
        defer { lock.release() }
        for file in strays { unlink(files.folder.appendingPathComponent(file).path) }
    }

    /// Makes an earlier snapshot current. The current state (journal included) is kept
    /// as a backup first, so a restore can itself be undone; a backup that does not load
    /// is refused and nothing changes. With the snapshot missing, or the journal unreadable
    /// (`recoveryOnly`), the journal cannot be folded in: it is set aside, renamed, never
    /// deleted, and its new name returned.
    @discardableResult
    public func restore(_ backup: Backup) throws(StoreError) -> URL? {
        let restored = try StoreCodec.decode(try Store.read(backup.url.path), path: backup.url.path)
        let lock = try StoreLock.exclusive(files.lock)
        defer { lock.release() }
        var setAside: URL?
        if recoveryOnly || !StoreFiles.exists(path) {
            if StoreFiles.exists(files.journal.path) {
                let aside = files.damagedCopy(of: files.journal, at: Date())
                guard rename(files.journal.path, aside.path) == 0 else { throw .writeFailed(path: files.journal.path, reason: AtomicFile.errnoText()) }
                setAside = aside
            }
            unlink(files.compacting.path)
            journalLength = 0
            journalSeen = nil
            journalFolded = false
        } else {
            try catchUp()
            if journalLength > 0 { try writeSnapshot(register) }
        }
        try writeSnapshot(restored)
        return setAside
    }

    /// Keeps the journal's change lines in `store.json.history` before the journal is
    /// folded away, so a volunteer's change history outlives compaction. A compaction
    /// interrupted after this step appends the same lines again on its next attempt;
    /// readers drop such repeats.
    private func archiveJournal() throws(StoreError) {
        guard journalLength > 0 else { return }
        let journal = try Store.read(files.journal.path).prefix(journalLength)
        guard let headerEnd = journal.firstIndex(of: 0x0A) else { return }
        let lines = journal[journal.index(after: headerEnd)...]
        guard !lines.isEmpty else { return }
        let historyPath = files.history.path
        let fd = Glibc.open(historyPath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw .writeFailed(path: historyPath, reason: AtomicFile.errnoText()) }
        defer { close(fd) }
        guard AtomicFile.writeAll(fd, Data(lines)), fsync(fd) == 0 else {
            throw .writeFailed(path: historyPath, reason: AtomicFile.errnoText())
        }
    }
}
