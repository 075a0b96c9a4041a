import Foundation
import FrivilligCore
import TerminalUI

/// Everything that reaches the interface, as one value for `AppState.update(_:)`: the
/// user's keys, the answers to the effects it asked for, and what happens around it.
/// The state learns of files, the store and the clock only through these.
public enum Message: Sendable {
    case key(Key)
    /// The answer to `.commit`.
    case committed(CommitResult)
    /// Another program saved changes to the store.
    case storeChanged(Register)
    case resized(width: Int, height: Int)
    /// The answer to `.readFile`: the file, or the reader's sentence saying why not.
    case fileRead(path: String, Result<Data, FileRefusal>)
    /// The answer to `.loadHistory`: a volunteer's history, newest last.
    case historyLoaded(UUID, [HistoryEntry])
    /// The answer to `.writeLetter`: where it was saved, or why it was not.
    case letterWritten(path: String)
    case letterFailed(reason: String)
    /// The answer to `.removal(.plan)`: every place the volunteer occurs, or why not.
    case removalPlanned(UUID, Result<RemovalPlan, RemovalFailure>)
    /// A removal under way has started this step (rewriting the history, a backup).
    case removalProgress(Store.ErasureStep)
    /// The answer to `.removal(.carryOut)`.
    case removed(Result<RemovalReport, RemovalFailure>)
    /// The retention list's run has reached this row (from 0) and step.
    case retentionProgress(row: Int, Store.ErasureStep?)
    /// The answer to `.removal(.retention)`.
    case retentionCarriedOut(RetentionReport)
    /// Something the runtime must tell the user (a store notice, a failed look for
    /// changes, the store's folder gone).
    case notice(StatusMessage)
    /// The clock moved on while no key was pressed; a new day changes what is due.
    case tick
    /// A read-only window got the editing session, because the window that held it closed.
    case editingClaimed
}
