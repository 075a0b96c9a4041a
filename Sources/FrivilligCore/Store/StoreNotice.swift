/// Something the user should know about a load or a save that still succeeded.
public enum StoreNotice: Equatable, Sendable {
    /// The journal's last line (or the last commit's last line) was cut short by a crash
    /// or power cut during a save; it was ignored, and every earlier change was kept.
    case tornJournalLine(path: String)
    /// A save succeeded (it is in the journal), but folding the journal into a new
    /// snapshot failed, e.g. for lack of space; the next save tries again.
    case compactionFailed(StoreError)
    /// Opened for a restore only: the journal cannot be read (`StoreError`), and a restore
    /// sets it aside.
    case journalSetAsideOnRestore(StoreError)
    /// A file of the store could be read by others and could not be made 0600.
    case readableByOthers(path: String)
    /// The store's folder can be read by others (`mode`); it is the user's to change.
    case folderReadableByOthers(path: String, mode: Int)
    /// An erasure or anonymisation a crash stopped could not be finished at this open
    /// (`StoreError`); its intent stays, and the next open tries again.
    case erasureUnfinished(StoreError)

    /// Notices that a save itself gives (to show after the save, not only at open).
    public var isAboutASave: Bool {
        if case .compactionFailed = self { return true }
        return false
    }

    /// Notices that describe the journal as last read, replaced at every load.
    var isAboutTheJournal: Bool {
        switch self {
        case .tornJournalLine, .compactionFailed, .journalSetAsideOnRestore: return true
        case .readableByOthers, .folderReadableByOthers, .erasureUnfinished: return false
        }
    }
}
