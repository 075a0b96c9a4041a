import FrivilligCore

/// Weekdays typed as a list ("man, tor", "mon thu", "mandag"): people write them in
/// either language and abbreviate freely, so any unambiguous start of a Danish or an
/// English day name is read as that day.
public enum WeekdayList {
    /// The days found, Monday first without repeats, and the words that name no day
    /// (or more than one), to report back.
    public static func parse(_ text: String) -> (days: [Weekday], unknown: [String]) {
        let names = Language.allCases.map(dayNames)
        var days: Set<Weekday> = []
        var unknown: [String] = []
        for word in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " || $0 == "/" }) {
            let query = SearchQuery(String(word))
            let hits = Set(Weekday.allCases.indices.filter { day in
                query.plain.count >= 2 && names.contains { FoldedText($0[day]).hasPrefix(query) }
            })
            if hits.count == 1, let day = hits.first {
                days.insert(Weekday.allCases[day])
            } else {
                unknown.append(String(word))
            }
        }
        return (days.sorted(), unknown)
    }

    /// The days as the form shows them: the first three letters in the interface language.
    static func format(_ days: [Weekday], l10n: Localizer) -> String {
        let names = dayNames(l10n.language)
        return days.sorted().map { String(names[Weekday.allCases.firstIndex(of: $0)!].prefix(3)) }
            .joined(separator: ", ")
    }

    private static func dayNames(_ language: Language) -> [String] {
        Localizer(language)(.formWeekdayNames).split(separator: ",").map(String.init)
    }
}
