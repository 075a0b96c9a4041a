import ArgumentParser
import FrivilligApp
import FrivilligCore
import Foundation

/// Options every command takes, so `--store` and `--lang` work the same everywhere.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: HelpText.help(.usageGlobalStore, value: .usageValuePath))
    var store: String?

    @Option(name: .customLong(HelpText.languageOption), help: HelpText.help(.usageGlobalLang, valuesOf: Language.self))
    var lang: String?

    func validate() throws {
        if let lang, Language(rawValue: lang.lowercased()) == nil {
            throw ValidationError("--lang takes da or en, not \"\(lang)\".")
        }
    }

    var language: Language { Language.resolve(flag: lang, environment: ProcessInfo.processInfo.environment) }
    var storeURL: URL { StoreLocation.resolve(explicit: store) }
}
