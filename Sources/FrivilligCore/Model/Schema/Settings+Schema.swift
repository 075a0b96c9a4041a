/// One setting, described once: the store's JSON key, the name `frivillig settings`
/// takes it under (`--child-check-renewal-years`) and the settings form names it by, its
/// label, and the values it may take. The command, the form and the codec tests are
/// driven by `Settings.schema`, so a new setting is declared there and nowhere else.
public struct SettingSpec: Sendable {
    public enum Values: Sendable, Equatable {
        /// A whole number in the range (years, months, weeks).
        case whole(ClosedRange<Int>)
        /// Yes or no, stored as true or false.
        case yesNo
    }

    public let key: String
    public let name: String
    /// The language files' key of the label, as `FieldSpec.label`.
    public let label: String
    public let values: Values
    private let read: @Sendable (Settings) -> Int
    private let write: @Sendable (inout Settings, Int) -> Void

    init(_ key: String, name: String, label: String, range: ClosedRange<Int>,
         _ path: WritableKeyPath<Settings, Int> & Sendable) {
        self.key = key
        self.name = name
        self.label = label
        values = .whole(range)
        read = { $0[keyPath: path] }
        write = { $0[keyPath: path] = $1 }
    }

    init(_ key: String, name: String, label: String, _ path: WritableKeyPath<Settings, Bool> & Sendable) {
        self.key = key
        self.name = name
        self.label = label
        values = .yesNo
        read = { $0[keyPath: path] ? 1 : 0 }
        write = { $0[keyPath: path] = $1 != 0 }
    }

    /// The value as a number; a yes/no setting is 1 or 0.
    public func value(in settings: Settings) -> Int { read(settings) }

    /// `settings` with this setting at `value` (a number `parse` accepted).
    public func setting(_ value: Int, in settings: Settings) -> Settings {
        var out = settings
        write(&out, value)
        return out
    }

    /// A typed value: a whole number in the range, or for yes/no one of ja, nej, yes,
    /// no, true, false (any case); nil for anything else.
    public func parse(_ text: String) -> Int? {
        let t = text.trimmingWhitespace.lowercased()
        switch values {
        case .whole(let range):
            guard let n = Int(t), range.contains(n) else { return nil }
            return n
        case .yesNo:
            if ["ja", "yes", "true"].contains(t) { return 1 }
            if ["nej", "no", "false"].contains(t) { return 0 }
            return nil
        }
    }
}

extension Settings {
    /// Every setting, in the order `frivillig settings` and the settings form show them.
    /// The ranges keep a typing slip (0 years, 120 months) from switching a rule off.
    public static let schema: [SettingSpec] = [
        SettingSpec("childCheckRenewalYears", name: "child-check-renewal-years", label: "settings.childCheckRenewalYears",
                    range: 1...10, \.childCheckRenewalYears),
        SettingSpec("returnNeedsNewCheck", name: "return-needs-new-check", label: "settings.returnNeedsNewCheck",
                    \.returnNeedsNewCheck),
        SettingSpec("returnGapMonths", name: "return-gap-months", label: "settings.returnGapMonths",
                    range: 1...120, \.returnGapMonths),
        SettingSpec("occasionalAfterMonths", name: "occasional-after-months", label: "settings.occasionalAfterMonths",
                    range: 1...24, \.occasionalAfterMonths),
        SettingSpec("occasionalWithinWeeks", name: "occasional-within-weeks", label: "settings.occasionalWithinWeeks",
                    range: 0...12, \.occasionalWithinWeeks),
        SettingSpec("anonymiseStoppedMonths", name: "anonymise-stopped-months", label: "settings.anonymiseStoppedMonths",
                    range: 1...120, \.anonymiseStoppedMonths),
        SettingSpec("anonymisePausedMonths", name: "anonymise-paused-months", label: "settings.anonymisePausedMonths",
                    range: 1...120, \.anonymisePausedMonths),
        SettingSpec("eraseDeclinedMonths", name: "erase-declined-months", label: "settings.eraseDeclinedMonths",
                    range: 1...120, \.eraseDeclinedMonths),
        SettingSpec("eraseContactsMonths", name: "erase-contacts-months", label: "settings.eraseContactsMonths",
                    range: 1...120, \.eraseContactsMonths),
        SettingSpec("historyMonths", name: "history-months", label: "settings.historyMonths",
                    range: 1...120, \.historyMonths),
    ]
}
