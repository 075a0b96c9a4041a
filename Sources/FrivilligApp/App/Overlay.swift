import FrivilligCore

/// Something drawn over the current screen that takes the keys until it closes.
public enum Overlay {
    case help
    case emergency(EmergencyLookup)
    case form(FormState)
    case confirmDelete(DeleteConfirmation)
    /// A message that needs more than the status line (e.g. what blocks a deletion);
    /// any key closes it.
    case notice(title: String, lines: [String])
    case spreadsheetImport(SpreadsheetImportDialog)
    /// A form's save collided with one made meanwhile; which values to keep.
    case conflict(ConflictDialog)
    /// `X` on a volunteer: anonymise or erase them, after the preview and their name.
    case removal(RemovalDialog)
    /// `X` on the retention list: its marked rows carried out together.
    case retentionBatch(RetentionBatch)
    /// `w` on the statistics tab: which workplace to count.
    case workplaceFilter(WorkplaceFilterPicker)

    /// Drawn in the screen's place rather than as a box over it.
    var coversScreen: Bool {
        switch self {
        case .form, .emergency: return true
        case .help, .confirmDelete, .notice, .spreadsheetImport, .conflict, .removal, .retentionBatch, .workplaceFilter: return false
        }
    }
}

/// The question before a deletion, saying what else goes with the record.
public struct DeleteConfirmation: Sendable {
    public let change: Change
    public let lines: [String]
}
