import Foundation
import FrivilligCore

/// The fields of the settings form, one per entry of `Settings.schema`, and the settings
/// they make: a number as text, a yes/no as a checkbox.
enum SettingsForm {
    static func fields(_ s: Settings, l10n: Localizer) -> [FormField] {
        Settings.schema.map { spec in
            let label = TextKey(rawValue: spec.label).map { l10n($0) } ?? spec.name
            switch spec.values {
            case .whole: return .text(spec.name, label, String(spec.value(in: s)))
            case .yesNo: return .checkbox(spec.name, label, spec.value(in: s) != 0)
            }
        }
    }

    /// The settings, or a message at each number that is not a whole number in its range.
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
        return values.result(Validator(), extra: messages) { [.putSettings(out)] }
    }
}

extension FormState {
    /// The register's settings (`s` on the overview).
    public static func settings(_ s: Settings, l10n: Localizer, environment: AppEnvironment = .system) -> FormState {
        FormState(title: l10n(.settingsTitle), fields: SettingsForm.fields(s, l10n: l10n), kind: .settings(s),
                  l10n: l10n, environment: environment)
    }
}
