import Foundation

/// Carrying out the retention list (GDPR art. 5(1)(e)): written once here, so the CLI's
/// `retention --apply` and the full-screen interface remove records the same way.
extension Store {
    /// What a run of the retention list did.
    public struct RetentionOutcome: Equatable, Sendable {
        public var anonymised = 0
        public var erased = 0
        /// Rows no longer due when their turn came (reactivated, linked again, removed).
        public var skipped: [Retention.Item] = []

        public init() {}
    }

    /// A run stopped by a store error after `done` of the rows; those stay carried out.
    public struct RetentionFailure: Error {
        public let done: Int
        public let error: StoreError

        public init(done: Int, error: StoreError) {
            self.done = done
            self.error = error
        }
    }

    /// Anonymises or erases each row in turn, each all or nothing across a crash. Before
    /// each row the register is read again when another program saved meanwhile, and a
    /// row no longer due is skipped. Other volunteers' entries naming the person as their
    /// emergency contact are theirs and stay. `progress` gets the row's index and step.
    public func carryOut(_ items: [Retention.Item], today: Day,
                         progress: (Int, ErasureStep?) -> Void = { _, _ in }) throws(RetentionFailure) -> RetentionOutcome {
        var due = Set(items.map(RetentionKey.init))
        var outcome = RetentionOutcome()
        for (i, item) in items.enumerated() {
            do throws(StoreError) {
                if try refreshIfChanged() {
                    due = Set(Retention(register: register, today: today).items.map(RetentionKey.init))
                }
                guard due.contains(RetentionKey(item)) else {
                    outcome.skipped.append(item)
                    continue
                }
                progress(i, nil)
                try carryOut(item, year: today.year) { progress(i, $0) }
            } catch {
                throw RetentionFailure(done: i, error: error)
            }
            if item.action == .anonymise { outcome.anonymised += 1 } else { outcome.erased += 1 }
        }
        return outcome
    }

    /// One row's removal, as `frivillig anonymise` and `erase` do it; a contact is erased
    /// from every file, references to them cleared.
    private func carryOut(_ item: Retention.Item, year: Int, progress: (ErasureStep) -> Void) throws(StoreError) {
        switch item.record {
        case .volunteer(let id):
            guard let v = register.volunteer(id) else { return }
            if item.action == .anonymise {
                try anonymise(anonymisation(of: v, year: year), progress: progress)
            } else {
                try erase(erasure(of: v, relatives: .keep), progress: progress)
            }
        case .contact(let id):
            guard let c = register.contact(id) else { return }
            try erase(erasure(of: c, relatives: .keep), progress: progress)
        }
    }

    /// A row by what it is about and what is to be done, to tell whether it is still due.
    private struct RetentionKey: Hashable {
        let record: Retention.Record
        let action: Retention.Action

        init(_ item: Retention.Item) {
            record = item.record
            action = item.action
        }
    }
}
