import Foundation

/// A snapshot kept from before a compaction, demo or restore, in `store.json.backups/`.
public struct Backup: Equatable, Sendable {
    /// The file name, e.g. `2026-11-22T21-04-05.123Z.json`: when it stopped being current.
    public let name: String
    public let url: URL
    public let size: Int

    /// The moment in the name, for listing; names sort in time order.
    public var date: Date? {
        let stamp = name.replacingOccurrences(of: ".json", with: "")
        guard let t = stamp.firstIndex(of: "T") else { return nil }
        let iso = stamp[..<t] + stamp[t...].replacingOccurrences(of: "-", with: ":")
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: String(iso))
    }
}
