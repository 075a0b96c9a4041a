import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `Store.repairJournal` did: the copy it kept and what it left out.
public struct JournalRepair: Equatable, Sendable {
    /// The damaged journal as it was, byte for byte (0600).
    public let copy: URL
    /// Changes still in the journal, all before the damaged line.
    public let keptChanges: Int
    /// The first line left out, and how many lines from there on.
    public let fromLine: Int
    public let setAsideLines: Int
}

extension Store {
    /// Repairs a damaged journal, the one thing `open` refuses until the user decides:
    /// the journal is first kept as it was (`store.json.journal.damaged-<time>`, a hard
    /// link, so not one byte is lost), then replaced by its whole commits before the
    /// damaged line. A journal whose first line is damaged has nothing to keep and is
    /// only set aside. Nil when the journal loads as it is (nothing to repair). What a
    /// newer Frivillig wrote is refused (`JournalDamage.isRepairable`): an update reads it.
    public static func repairJournal(of url: URL) throws(StoreError) -> JournalRepair? {
        let store = Store(files: StoreFiles(snapshot: StoreFiles.realPath(of: url)))
        let files = store.files
        try files.refuseLinks()
        _ = files.tightenPermissions()
        let lock = try StoreLock.exclusive(store.files.lock)
        defer { lock.release() }
        let damagedLine: Int
        do {
            try store.load(try store.readFiles())
            return nil
        } catch .journalDamaged(let path, let line, let damage) {
            guard damage.isRepairable else { throw .journalDamaged(path: path, line: line, damage: damage) }
            damagedLine = line
        }
        let journal = try Store.read(files.journal.path)
        var offset = journal.startIndex
        for _ in 1..<damagedLine {
            guard let newline = journal[offset...].firstIndex(of: 0x0A) else { break }
            offset = journal.index(after: newline)
        }
        var kept = Data()
        var keptChanges = 0
        if damagedLine > 1 {
            let contents = try Journal.parse(journal.prefix(upTo: offset), path: files.journal.path, startsAtHeader: true)
            kept = journal.prefix(contents.goodLength)
            keptChanges = contents.entries.count
        }
        let keptLines = kept.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        let allLines = journal.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } + (journal.last == 0x0A || journal.isEmpty ? 0 : 1)
        let copy = files.damagedCopy(of: files.journal, at: Date())
        guard link(files.journal.path, copy.path) == 0 else { throw .writeFailed(path: copy.path, reason: AtomicFile.errnoText()) }
        if kept.isEmpty {
            guard unlink(files.journal.path) == 0 else { throw .writeFailed(path: files.journal.path, reason: AtomicFile.errnoText()) }
            AtomicFile.syncDirectory(of: files.journal)
        } else {
            try AtomicFile.replace(files.journal, with: kept, backup: nil, files: files)
        }
        return JournalRepair(copy: copy, keptChanges: keptChanges, fromLine: keptLines + 1, setAsideLines: allLines - keptLines)
    }
}
