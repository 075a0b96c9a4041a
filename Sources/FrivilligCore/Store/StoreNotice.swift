/// Something the user should know about a load that still succeeded.
public enum StoreNotice: Equatable, Sendable {
    /// The journal's last line was cut short (a crash or power cut during a save); it
    /// was ignored, and every earlier change was kept.
    case tornJournalLine(path: String)
}
