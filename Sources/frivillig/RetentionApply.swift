import ArgumentParser
import FrivilligApp
import FrivilligCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `frivillig retention --apply`: one summary of what goes, one confirmation by the
/// number of records, then each record anonymised or erased in turn with the store's own
/// per-person removal (`Store.anonymise`, `Store.erase`), each all or nothing across a
/// crash. Progress goes to stderr when it is a terminal.
///
/// Before each record the register is read again when another program saved meanwhile,
/// and a record no longer due (reactivated, linked again, removed) is skipped and named.
/// A contact is deleted from the register like an ordinary delete.
struct RetentionApply {
    let console: Console
    let store: Store
    let today: Day
    /// `--confirm`: the number of records, given in advance.
    let confirm: Int?
    let dryRun: Bool

    func run(_ items: [Retention.Item]) throws {
        let l10n = console.l10n
        for line in summary(items) { console.line(line) }
        if dryRun {
            console.line(l10n(.retentionDryRun))
            return
        }
        let asking = RemovalConfirmation(console: console, confirm: nil)
        let typed = confirm.map(String.init) ?? asking.ask(l10n(.retentionTypeCount, items.count))
        guard let typed, typed.trimmingCharacters(in: .whitespaces) == String(items.count) else {
            console.error(confirm == nil && !RemovalConfirmation.interactive
                ? l10n(.retentionConfirmNeeded, items.count) : l10n(.retentionNotConfirmed))
            throw ExitCode(1)
        }
        var due = Set(items.map(Key.init))
        var anonymised = 0, erased = 0
        let progress = Progress(total: items.count, l10n: l10n)
        for (i, item) in items.enumerated() {
            do {
                if try store.refreshIfChanged() {
                    due = Set(Retention(register: store.register, today: today).items.map(Key.init))
                }
                guard due.contains(Key(item)) else {
                    progress.clear()
                    console.error(l10n(.retentionSkipped, item.name))
                    continue
                }
                try carryOut(item) { progress.show(i, step: $0) }
            } catch {
                progress.clear()
                for text in Self.describe(error, l10n) { console.error(text) }
                console.error(l10n(.retentionStoppedAfter, i, items.count))
                throw ExitCode(2)
            }
            if item.action == .anonymise { anonymised += 1 } else { erased += 1 }
        }
        progress.clear()
        console.line(l10n(.retentionDone, anonymised, erased))
    }

    /// What goes and how, in counts: the preview a single erase shows per file would be
    /// a page per person.
    private func summary(_ items: [Retention.Item]) -> [String] {
        let l10n = console.l10n
        let volunteers = items.filter { if case .volunteer = $0.record { return true } else { return false } }
        let anonymise = volunteers.filter { $0.action == .anonymise }.count
        let erase = volunteers.count - anonymise
        let contacts = items.count - volunteers.count
        var out: [String] = []
        if anonymise > 0 { out.append(l10n(.retentionApplyAnonymise, l10n.count(.countVolunteers, anonymise))) }
        if erase > 0 { out.append(l10n(.retentionApplyErase, l10n.count(.countVolunteers, erase))) }
        if contacts > 0 { out.append(l10n(.retentionApplyDelete, l10n.count(.countContacts, contacts))) }
        let relatives = volunteers.contains { item in
            guard let v = store.register.volunteer(item.record.id) else { return false }
            return !Store.relativeOf(Erasure(volunteer: v, agreementIDs: [], relatives: .keep), in: store.register).isEmpty
        }
        if relatives { out.append(l10n(.retentionApplyRelatives)) }
        return out
    }

    /// One record's removal, as `frivillig anonymise` and `erase` do it; other people's
    /// entries naming the person as their emergency contact are theirs and stay.
    private func carryOut(_ item: Retention.Item, progress: (Store.ErasureStep?) -> Void) throws {
        switch item.record {
        case .volunteer(let id):
            guard let v = store.register.volunteer(id) else { return }
            if item.action == .anonymise {
                try store.anonymise(store.anonymisation(of: v, year: today.year), progress: progress)
            } else {
                try store.erase(store.erasure(of: v, relatives: .keep), progress: progress)
            }
        case .contact(let id):
            progress(nil)
            try store.commit([.deleteContact(id)], today: today)
        }
    }

    private static func describe(_ error: Error, _ l10n: Localizer) -> [String] {
        switch error {
        case let error as StoreError: return l10n.storeError(error, backupPath: nil)
        case let error as RegisterError: return l10n.registerError(error) + [l10n(.errorNothingWritten)]
        default: return [String(describing: error)]
        }
    }

    /// A row by what it is about and what is to be done, to tell whether it is still due.
    private struct Key: Hashable {
        let record: Retention.Record
        let action: Retention.Action

        init(_ item: Retention.Item) {
            record = item.record
            action = item.action
        }
    }

    /// `(3 af 12) Sikkerhedskopi 4 af 10` on one line of stderr, rewritten in place.
    private struct Progress {
        let total: Int
        let l10n: Localizer
        let shown = isatty(STDERR_FILENO) == 1

        func show(_ index: Int, step: Store.ErasureStep?) {
            guard shown else { return }
            let text = l10n(.retentionProgress, index + 1, total, step.map(l10n.erasureStep) ?? "")
            FileHandle.standardError.write(Data(("\r" + text + "\u{1B}[K").utf8))
        }

        func clear() {
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }
}
