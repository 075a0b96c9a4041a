import ArgumentParser
import FrivilligApp
import FrivilligCore

/// Fills the store with generated data, for trying the program and for benchmarks.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Fill the store with realistic generated data (Danish names, +45 numbers, agreements, events).")

    @OptionGroup var options: GlobalOptions

    @Option(help: "How many volunteers to generate.")
    var volunteers: Int = 200

    @Option(help: "The random seed; the same seed gives the same data.")
    var seed: UInt64 = 1

    @Flag(help: "Replace a store that already has data (its previous version is kept as the .bak backup).")
    var force = false

    func validate() throws {
        guard volunteers >= 1 else { throw ValidationError("--volunteers must be at least 1.") }
    }

    func run() throws {
        let console = Console(options)
        let store = try console.openStore(options)
        guard store.register.isEmpty || force else {
            console.error(console.l10n(.cliDemoNotEmpty, store.path))
            throw ExitCode(1)
        }
        let register = DemoGenerator(seed: seed, volunteers: volunteers, today: Day.today()).make()
        do {
            try store.replace(with: register)
        } catch {
            for text in console.l10n.storeError(error, backupPath: nil) { console.error(text) }
            throw ExitCode(2)
        }
        console.line(console.l10n(
            .cliDemoDone, store.path, register.volunteers.count, register.contacts.count,
            register.workplaces.count, register.agreements.count, register.events.count))
    }
}
