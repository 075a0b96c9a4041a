/// The interface language. Danish is the default, also under C/POSIX locales, because the
/// users are Danish municipal staff; English when asked for.
public enum Language: String, CaseIterable, Sendable {
    case da
    case en

    /// `--lang` wins; else the first set of `LC_ALL`, `LC_MESSAGES`, `LANG` decides:
    /// English when it starts with `en`, Danish otherwise.
    public static func resolve(flag: String?, environment: [String: String]) -> Language {
        if let flag, let language = Language(rawValue: flag.lowercased()) { return language }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("en") ? .en : .da
            }
        }
        return .da
    }
}
