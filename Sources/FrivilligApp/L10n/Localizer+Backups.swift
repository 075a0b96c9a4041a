import Foundation

extension Localizer {
    /// A moment as people read it: `22.11.2026 21:04` in Danish, `2026-11-22 21:04` in English, local time.
    public func dateTime(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = language == .da ? "dd.MM.yyyy HH:mm" : "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    /// A file size in kB or MB.
    public func size(_ bytes: Int) -> String {
        bytes >= 1_048_576 ? String(format: "%.1f MB", Double(bytes) / 1_048_576) : "\((bytes + 1023) / 1024) kB"
    }
}
