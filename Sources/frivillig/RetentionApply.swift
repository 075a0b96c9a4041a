import ArgumentParser
import FrivilligApp
import FrivilligCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `frivillig retention --apply`: one summary of what goes, one confirmation by the
/// number of records, then the store's own run of the list (`Store.carryOut`, shared
/// with the full-screen interface): each record anonymised or erased in turn, each all or
/// nothing across a crash. Progress goes to stderr when it is a terminal; a record no
/// longer due when its turn came is named.
struct RetentionApply {
    let console: Console
    let store: Store
    let today: Day
    /// `--confirm`: the number of records, given in advance.
    let confirm: Int?
    let dryRun: Bool

    func run(_ items: [Retention.Item]) throws {
        let l10n = console.l10n
        for line in RetentionSummary(items, register: store.register, l10n: l10n).lines { console.line(line) }
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
        let progress = Progress(total: items.count, l10n: l10n)
        let outcome: Store.RetentionOutcome
        do throws(Store.RetentionFailure) {
            outcome = try store.carryOut(items, today: today) { progress.show(items[$0], $0, step: $1) }
        } catch {
            progress.clear()
            for text in l10n.storeError(error.error, backupPath: nil) { console.error(text) }
            console.error(l10n(.retentionStoppedAfter, error.done, items.count))
            throw ExitCode(2)
        }
        progress.clear()
        for item in outcome.skipped { console.error(l10n(.retentionSkipped, item.name)) }
        console.line(l10n(.retentionDone, outcome.anonymised, outcome.erased))
    }

    /// `(3 af 12) Sikkerhedskopi 4 af 10` on one line of stderr, rewritten in place.
    private struct Progress {
        let total: Int
        let l10n: Localizer
        let shown = isatty(STDERR_FILENO) == 1

        func show(_ item: Retention.Item, _ index: Int, step: Store.ErasureStep?) {
            guard shown else { return }
            let text = l10n(.retentionProgress, index + 1, total, step.map { l10n.retentionStep($0, of: item) } ?? "")
            FileHandle.standardError.write(Data(("\r" + text + "\u{1B}[K").utf8))
        }

        func clear() {
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }
}
