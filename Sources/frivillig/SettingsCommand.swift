import ArgumentParser
import FrivilligApp
import FrivilligCore
import Foundation

/// Shows the register's settings, or changes them: `--child-check-renewal-years 2`,
/// `--letterhead-municipality "Aarhus Kommune"`. The options are the names in
/// `Settings.schema` and `Letterhead.schema`, read here rather than declared one by one,
/// so a new setting needs no change to the command.
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: HelpText.l10n(.usageSettingsAbstract),
        discussion: HelpText.l10n(.usageSettingsDiscussion, SettingsCommand.optionNames))

    /// Every option the command takes, policy settings first.
    static let optionNames = (Settings.schema.map(\.name) + Letterhead.schema.map(\.name)).map { "--" + $0 }.joined(separator: ", ")

    @OptionGroup var options: GlobalOptions

    @Argument(parsing: .allUnrecognized, help: HelpText.help(.usageSettingsChanges, value: .usageValueChanges))
    var changes: [String] = []

    func run() throws {
        let console = Console(options)
        let store = try console.openStore(options)
        let stored = store.register.settings
        let settings = try changed(stored, console)
        if settings != stored {
            try console.commit([.putSettings(settings)], to: store)
            console.line(console.l10n(.settingsSaved, store.path))
        }
        for spec in Settings.schema {
            console.line("\(SettingsCommand.label(spec, console.l10n)): \(SettingsCommand.shown(spec, settings, console.l10n))  (--\(spec.name))")
        }
        for spec in Letterhead.schema {
            let label = TextKey(rawValue: spec.label).map { console.l10n($0) } ?? spec.name
            console.line("\(label): \(settings.letterhead[keyPath: spec.path])  (--\(spec.name))")
        }
    }

    /// `settings` with every `--NAME VALUE` of the command line, or a message naming the
    /// first bad one (and exit status 2, nothing written).
    private func changed(_ settings: Settings, _ console: Console) throws -> Settings {
        let l10n = console.l10n
        var out = settings
        var rest = changes[...]
        while let word = rest.popFirst() {
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            let flag = parts[0]
            if let spec = Letterhead.schema.first(where: { "--\($0.name)" == flag }) {
                guard let text = parts.count == 2 ? parts[1] : rest.popFirst() else {
                    return try refuse(l10n(.settingsMissingValue, flag), console)
                }
                var v = Validator()
                out.letterhead[keyPath: spec.path] = v.text(text, field: spec.name)
                guard v.errors.isEmpty else { try console.reject(v.errors) }
                continue
            }
            guard flag.hasPrefix("--"), let spec = Settings.schema.first(where: { "--\($0.name)" == flag }) else {
                return try refuse(l10n(.settingsUnknown, word, SettingsCommand.optionNames), console)
            }
            guard let text = parts.count == 2 ? parts[1] : rest.popFirst() else {
                return try refuse(l10n(.settingsMissingValue, flag), console)
            }
            guard let value = spec.parse(text) else {
                switch spec.values {
                case .whole(let range): return try refuse(l10n(.settingsBadWhole, flag, text, range.lowerBound, range.upperBound), console)
                case .yesNo: return try refuse(l10n(.settingsBadYesNo, flag, text), console)
                }
            }
            out = spec.setting(value, in: out)
        }
        return out
    }

    private func refuse(_ message: String, _ console: Console) throws -> Settings {
        console.error(message)
        console.error(console.l10n(.errorNothingWritten))
        throw ExitCode(2)
    }

    static func label(_ spec: SettingSpec, _ l10n: Localizer) -> String {
        TextKey(rawValue: spec.label).map { l10n($0) } ?? spec.name
    }

    static func shown(_ spec: SettingSpec, _ settings: Settings, _ l10n: Localizer) -> String {
        let value = spec.value(in: settings)
        switch spec.values {
        case .whole: return String(value)
        case .yesNo: return l10n(value != 0 ? .settingsYes : .settingsNo)
        }
    }
}
