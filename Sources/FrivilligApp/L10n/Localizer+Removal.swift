import FrivilligCore
import FrivilligText

extension Localizer {
    /// What a removal is doing now, for the dialog's progress line: an erasure's own
    /// words, or the same steps said of anonymising.
    public func removalStep(_ step: Store.ErasureStep, kind: RemovalKind) -> String {
        guard kind == .anonymise else { return erasureStep(step) }
        switch step {
        case .snapshot: return self(.removalAnonymiseStepSnapshot)
        case .history: return self(.removalAnonymiseStepHistory)
        case .backup(let done, let total): return self(.removalAnonymiseStepBackup, done + 1, total)
        case .damagedCopies: return self(.removalAnonymiseStepDamagedCopies)
        }
    }

    /// A retention row's step: anonymising said as such, not as erasing.
    public func retentionStep(_ step: Store.ErasureStep, of item: Retention.Item) -> String {
        removalStep(step, kind: item.action == .anonymise ? .anonymise : .erase)
    }

    /// The status line after a removal: what was done and how many records, never who.
    func removalDone(_ report: RemovalReport) -> String {
        switch report.kind {
        case .erase: return count(.removalErased, report.records)
        case .anonymise: return count(.removalAnonymised, report.records, report.label ?? "")
        }
    }

    /// Why a removal was not planned or carried out.
    func removalFailure(_ failure: RemovalFailure) -> String {
        switch failure {
        case .gone: return self(.removalGone)
        case .changed: return self(.removalChanged)
        case .store(let error): return storeError(error, backupPath: nil).joined(separator: " ")
        }
    }
}
