import Foundation
import FrivilligCore

/// A volunteer's history in words, shared by `frivillig history` and the detail view.
extension Localizer {
    /// When a change was saved, in local time: `22.11.2026 21:04` in Danish,
    /// `2026-11-22 21:04` in English.
    public func dateTime(_ date: Date, timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let two = { (n: Int?) in n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        let year = String(c.year ?? 0)
        let day = language == .da ? "\(two(c.day)).\(two(c.month)).\(year)" : "\(year)-\(two(c.month))-\(two(c.day))"
        return "\(day) \(two(c.hour)):\(two(c.minute))"
    }

    /// What happened: `oprettet`, `ændret: Telefon, Pårørende`, `deltog i »Sommerudflugt« 20.06.2026`.
    public func history(_ what: HistoryEntry.Kind) -> String {
        switch what {
        case .created: return self(.historyCreated)
        case .changed(let fields) where fields.isEmpty: return self(.historyChangedUnknown)
        case .changed(let fields): return self(.historyChanged, fields.map { field($0) }.joined(separator: ", "))
        case .deleted: return self(.historyDeleted)
        case .attended(let title, let day): return self(.historyAttended, title, date(day))
        case .agreementSaved: return self(.historyAgreementSaved)
        case .agreementDeleted: return self(.historyAgreementDeleted)
        }
    }

    /// One line of history: when, two spaces, what.
    public func historyLine(_ entry: HistoryEntry, timeZone: TimeZone = .current) -> String {
        "\(dateTime(entry.at, timeZone: timeZone))  \(history(entry.what))"
    }

    /// Says where the record stops when it does not begin with the volunteer being added
    /// ("Ingen historik registreret før 22.11.2026 21:04", or "Ingen historik registreret"
    /// when there is none); nil when the whole history is there.
    public func historyGap(_ entries: [HistoryEntry], timeZone: TimeZone = .current) -> String? {
        guard let first = entries.first else { return self(.historyNone) }
        if first.what == .created { return nil }
        return self(.historyBefore, dateTime(first.at, timeZone: timeZone))
    }
}
