import Foundation
import FrivilligCore

/// The runtime's side of the removal dialog: it reads and rewrites the store's files,
/// which `update` never touches, and answers with messages. The full-screen runner
/// calls it for `Effect.removal`; tests call it on a store of their own, so what they
/// drive through keys is what the coordinator's keys do.
public struct RemovalPerformer {
    let store: Store

    public init(store: Store) {
        self.store = store
    }

    /// Does `request` and returns the messages answering it; `progress` receives each
    /// step of a removal as it starts (`.removalProgress`), to be shown at once. Changes
    /// another program saved meanwhile are read first, and come before the answer as
    /// `.storeChanged`, so the screens never show an older register than the store's.
    public func perform(_ request: RemovalRequest, progress: (Message) -> Void) -> [Message] {
        let changed: Bool
        do throws(StoreError) {
            changed = try store.refreshIfChanged()
        } catch {
            return [refusal(request, .store(error))]
        }
        let meanwhile: [Message] = changed ? [.storeChanged(store.register)] : []
        switch request {
        case .plan(let id, let year): return meanwhile + [.removalPlanned(id, plan(id, year: year))]
        case .carryOut(let choice): return meanwhile + [.removed(carryOut(choice, progress: progress))]
        case .retention(let items, let today): return [retention(items, today: today, progress: progress)]
        }
    }

    private func refusal(_ request: RemovalRequest, _ failure: RemovalFailure) -> Message {
        switch request {
        case .plan(let id, _): return .removalPlanned(id, .failure(failure))
        case .carryOut: return .removed(.failure(failure))
        case .retention(let items, _):
            var stop: Store.RetentionFailure?
            if case .store(let error) = failure { stop = Store.RetentionFailure(done: 0, error: error) }
            return .retentionCarriedOut(RetentionReport(outcome: .init(), register: store.register, total: items.count, stopped: stop))
        }
    }

    /// The rows in turn, each all or nothing; the store reads changes saved meanwhile
    /// before each row itself, and skips one no longer due.
    private func retention(_ items: [Retention.Item], today: Day, progress: (Message) -> Void) -> Message {
        do throws(Store.RetentionFailure) {
            let outcome = try store.carryOut(items, today: today) { progress(.retentionProgress(row: $0, $1)) }
            return .retentionCarriedOut(RetentionReport(outcome: outcome, register: store.register, total: items.count, stopped: nil))
        } catch {
            return .retentionCarriedOut(RetentionReport(outcome: .init(), register: store.register, total: items.count, stopped: error))
        }
    }

    /// Every place the person occurs; an erasure's look, which finds what anonymising
    /// reaches too (as `frivillig anonymise` previews it).
    private func plan(_ id: UUID, year: Int) -> Result<RemovalPlan, RemovalFailure> {
        guard let volunteer = store.register.volunteer(id) else { return .failure(.gone) }
        let places = store.erasure(of: volunteer, relatives: .keep)
        return .success(RemovalPlan(preview: store.preview(places), label: Anonymisation.label(year: year, in: store.register)))
    }

    /// The removal as confirmed, worked out again from the store as it is now, so an
    /// agreement or a phone saved meanwhile goes too.
    private func carryOut(_ choice: RemovalChoice, progress: (Message) -> Void) -> Result<RemovalReport, RemovalFailure> {
        guard let volunteer = store.register.volunteer(choice.volunteerID) else { return .failure(.gone) }
        guard volunteer.name == choice.name else { return .failure(.changed) }
        let report = { (step: Store.ErasureStep) in progress(.removalProgress(step)) }
        do throws(StoreError) {
            switch choice.kind {
            case .erase:
                let erasure = store.erasure(of: volunteer, relatives: choice.relatives)
                try store.erase(erasure, progress: report)
                return .success(RemovalReport(volunteerID: volunteer.id, kind: .erase, records: erasure.recordIDs.count, label: nil, register: store.register))
            case .anonymise:
                let anonymisation = store.anonymisation(of: volunteer, year: choice.year)
                try store.anonymise(anonymisation, progress: report)
                return .success(RemovalReport(volunteerID: volunteer.id, kind: .anonymise, records: anonymisation.recordIDs.count,
                                              label: anonymisation.label, register: store.register))
            }
        } catch {
            return .failure(.store(error))
        }
    }
}
