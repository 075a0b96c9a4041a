import Foundation
import FrivilligCore

/// The fields of the settings form, one per entry of `Settings.schema` and then of
/// `Letterhead.schema`, and the settings they make: a number as text, a yes/no as a
/// checkbox, a letterhead line as one line of text.
enum SettingsForm {
    static func fields(_ s: Settings, l10n: Localizer) -> [FormField] {
        let label = { (key: String, name: String) in TextKey(rawValue: key).map { l10n($0) } ?? name }
        let policy: [FormField] = Settings.schema.map { spec in
            switch spec.values {
            case .whole: return .text(spec.name, label(spec.label, spec.name), String(spec.value(in: s)))
            case .yesNo: return .checkbox(spec.name, label(spec.label, spec.name), spec.value(in: s) != 0)
            }
        }
        return policy + Letterhead.schema.map { .text($0.name, label($0.label, $0.name), s.letterhead[keyPath: $0.path]) }
    }

    /// The settings, or a message at each number that is not a whole number in its range
    /// and at each letterhead line that breaks the text rules.
    static func build(_ values: FormValues, original: Settings) -> FormBuild {
        var out = original
        var messages: [FieldMessage] = []
        for spec in Settings.schema {
            switch spec.values {
            case .whole(let range):
                let text = values.text(spec.name)
                guard let n = spec.parse(text) else {
                    messages.append(values.message(spec.name, values.l10n(
                        .settingsBadWhole, values.label(spec.name), text, range.lowerBound, range.upperBound)))
                    continue
                }
                out = spec.setting(n, in: out)
            case .yesNo:
                out = spec.setting(values.flag(spec.name) ? 1 : 0, in: out)
            }
        }
        var validator = Validator()
        for spec in Letterhead.schema {
            out.letterhead[keyPath: spec.path] = values.text(spec.name, &validator)
        }
        return values.result(validator, extra: messages) { [.putSettings(out)] }
    }
}

extension FormState {
    /// The register's settings (`s` on the overview).
    public static func settings(_ s: Settings, l10n: Localizer, environment: AppEnvironment = .system) -> FormState {
        FormState(title: l10n(.settingsTitle), fields: SettingsForm.fields(s, l10n: l10n), kind: .settings(s),
                  l10n: l10n, environment: environment)
    }
}
