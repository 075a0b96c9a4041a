import ArgumentParser
import FrivilligApp
import FrivilligCore
import Foundation

/// Options every command takes, so `--store` and `--lang` work the same everywhere.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store file (default: $FRIVILLIG_STORE, else $XDG_DATA_HOME/frivillig/store.json).", valueName: "path"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp("Interface language: da or en (default: from LC_ALL/LANG, else Danish).", valueName: "da|en"))
    var lang: String?

    func validate() throws {
        if let lang, Language(rawValue: lang.lowercased()) == nil {
            throw ValidationError("--lang takes da or en, not \"\(lang)\".")
        }
    }

    var language: Language { Language.resolve(flag: lang, environment: ProcessInfo.processInfo.environment) }
    var storeURL: URL { StoreLocation.resolve(explicit: store) }
}
