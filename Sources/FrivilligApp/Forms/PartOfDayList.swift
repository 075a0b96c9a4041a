import FrivilligCore

/// Parts of the day typed as a list ("formiddag, aften", "morning evening"), read the
/// same way by the forms and `frivillig add task`.
public enum PartOfDayList {
    /// The parts found, morning first without repeats, and the words that name none.
    public static func parse(_ text: String) -> (parts: [PartOfDay], unknown: [String]) {
        var parts: Set<PartOfDay> = []
        var unknown: [String] = []
        for word in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " || $0 == "/" }) {
            if let part = PartOfDay(parsing: String(word)) { parts.insert(part) } else { unknown.append(String(word)) }
        }
        return (parts.sorted(), unknown)
    }

    /// The parts as the form shows them, in the interface language.
    static func format(_ parts: [PartOfDay], l10n: Localizer) -> String {
        parts.sorted().map(l10n.partOfDay).joined(separator: ", ")
    }
}
