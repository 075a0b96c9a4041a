import Foundation

/// Finds records by a name typed on the command line (a task's title, a workplace): those
/// whose whole name it is, or, when there are none, those whose name contains it. The
/// name and the typed text, trimmed, are compared as `fold` makes them; by default
/// Danish-aware and in any case.
public enum NameLookup {
    /// The records found, and whether they are whole-name matches (a caller may take the
    /// first of those, while several partial ones are ambiguous).
    public static func find<Record>(
        _ text: String, in records: [Record], name: KeyPath<Record, String>, fold: (String) -> String = danish
    ) -> (records: [Record], whole: Bool) {
        let typed = fold(text.trimmingWhitespace)
        let names = records.map { fold($0[keyPath: name]) }
        let whole = records.indices.filter { names[$0] == typed }.map { records[$0] }
        if !whole.isEmpty { return (whole, true) }
        return (records.indices.filter { names[$0].contains(typed) }.map { records[$0] }, false)
    }

    /// The search fold (`SearchFold.plain`) of the trimmed text.
    public static func danish(_ text: String) -> String { SearchFold.plain(text.trimmingWhitespace) }
}
