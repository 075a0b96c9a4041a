import Foundation
import FrivilligCore

/// Reads the values of spreadsheet cells the way coordinators type them, in Danish or
/// English; each returns nil for a value it cannot read, and the caller names the cell.
enum ImportValues {
    /// A phone number as typed, or as Excel left it after reading `+4520123456` as the
    /// number 4520123456: ten digits starting with 45 are a Danish number without its `+`.
    static func phone(_ text: String) -> String? {
        if let phone = Phone.normalise(text) { return phone }
        let digits = text.filter { !$0.isWhitespace }
        guard digits.count == 10, digits.hasPrefix("45"), digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        return Phone.normalise("+" + digits)
    }

    /// Phone numbers in one cell, separated by `,` `;` `/` or line breaks.
    static func phoneTokens(_ text: String) -> [String] {
        split(text, on: [",", ";", "/", "\n", "\r"])
    }

    /// List cells (skills, tags): separated by `,` `;` or line breaks.
    static func list(_ text: String) -> [String] {
        split(text, on: [",", ";", "\n", "\r"])
    }

    /// Names of other records (workplaces, contacts): separated by `;` or line breaks, so a
    /// name may contain a comma; a part no record has is split on commas as a last resort.
    static func names(_ text: String, known: (String) -> Bool) -> [String] {
        split(text, on: [";", "\n", "\r"]).flatMap { part -> [String] in
            if known(part) { return [part] }
            let pieces = split(part, on: [","])
            return pieces.count > 1 && pieces.allSatisfy(known) ? pieces : [part]
        }
    }

    static func status(_ text: String) -> VolunteerStatus? {
        switch SearchFold.plain(text.trimmingWhitespace) {
        case "aktiv", "active": return .active
        case "pause", "paused", "pauset", "holder pause": return .paused
        case "stoppet", "stopped", "ophoert", "stop": return .stopped
        case "ansoeger", "applicant", "ansoegt", "ny ansoeger": return .applicant
        case "afvist", "declined", "afslaaet", "ikke optaget": return .declined
        default: return nil
        }
    }

    static func membership(_ text: String) -> Membership.Kind? {
        switch SearchFold.plain(text.trimmingWhitespace) {
        case "enkeltperson", "individual", "egen", "privat": return .individual
        case "forening", "association": return .association
        case "netvaerk", "network": return .network
        default: return nil
        }
    }

    static func contactKind(_ text: String) -> Contact.Kind? {
        switch SearchFold.plain(text.trimmingWhitespace) {
        case "kontaktperson", "staff", "personale", "medarbejder": return .staff
        case "forening", "association": return .association
        case "andet", "other": return .other
        default: return nil
        }
    }

    /// Weekdays by name or three-letter abbreviation, Danish or English (`man, tor`,
    /// `Mandag og torsdag`, `mon thu`); nil if any word is not a weekday.
    static func weekdays(_ text: String) -> [Weekday]? {
        let words = SearchFold.plain(text).split { !$0.isLetter }.map(String.init).filter { $0 != "og" && $0 != "and" }
        var days: [Weekday] = []
        for word in words {
            guard word.count >= 3, let day = weekdayPrefixes[String(word.prefix(3))] else { return nil }
            if !days.contains(day) { days.append(day) }
        }
        return days.sorted()
    }

    /// Parts of the day by name, Danish or English (`formiddag, aften`, `morning and
    /// evening`), each once, in the day's order; nil if any word is not a part of the day.
    static func partsOfDay(_ text: String) -> [PartOfDay]? {
        let words = text.split { !$0.isLetter }.map(String.init).filter { !["og", "and"].contains($0.lowercased()) }
        var parts: Set<PartOfDay> = []
        for word in words {
            guard let part = PartOfDay(parsing: word) else { return nil }
            parts.insert(part)
        }
        return parts.sorted()
    }

    /// How many volunteers a task wants: a whole number, at least 1, as the form requires.
    static func wanted(_ text: String) -> Int? {
        Int(text.trimmingWhitespace).flatMap { $0 >= 1 ? $0 : nil }
    }

    static func associationKind(_ text: String) -> Association.Kind? {
        switch SearchFold.plain(text.trimmingWhitespace) {
        case "forening", "association": return .association
        case "netvaerk", "network": return .network
        default: return nil
        }
    }

    /// A record's revision from an export: a whole number, 0 or more.
    static func revision(_ text: String) -> Int? {
        Int(text.trimmingWhitespace).flatMap { $0 >= 0 ? $0 : nil }
    }

    /// Yes or no as a spreadsheet writes it: ja/nej, yes/no, x, 1/0, sand/falsk, true/false.
    static func yesNo(_ text: String) -> Bool? {
        switch text.trimmingWhitespace.lowercased() {
        case "ja", "j", "yes", "y", "x", "1", "true", "sand": return true
        case "nej", "n", "no", "0", "false", "falsk", "-": return false
        default: return nil
        }
    }

    /// ISO 8601 instants as the export writes them (`2026-03-01T09:12:00Z`). Parsed by
    /// Foundation's format style, not a new `ISO8601DateFormatter` per cell, which cost
    /// half a minute in a 100,000-row round trip of an export.
    static func timestamp(_ text: String) -> Date? {
        try? Date(text.trimmingWhitespace, strategy: .iso8601)
    }

    private static let weekdayPrefixes: [String: Weekday] = [
        "man": .monday, "mon": .monday, "tir": .tuesday, "tue": .tuesday, "ons": .wednesday, "wed": .wednesday,
        "tor": .thursday, "thu": .thursday, "fre": .friday, "fri": .friday, "loe": .saturday, "sat": .saturday,
        "soe": .sunday, "sun": .sunday,
    ]

    private static func split(_ text: String, on separators: Set<Character>) -> [String] {
        text.split { separators.contains($0) || $0 == "\r\n" }.map(\.trimmingWhitespace).filter { !$0.isEmpty }
    }
}
