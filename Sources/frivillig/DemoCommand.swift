import ArgumentParser
import FrivilligApp
import FrivilligCore

/// Fills the store with generated data, for trying the program and for benchmarks.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: HelpText.l10n(.usageDemoAbstract))

    @OptionGroup var options: GlobalOptions

    @Option(help: HelpText.help(.usageDemoVolunteers, value: .usageValueCount))
    var volunteers: Int = 200

    @Option(help: HelpText.help(.usageDemoSeed, value: .usageValueSeed))
    var seed: UInt64 = 1

    @Flag(help: HelpText.help(.usageDemoForce))
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
        let l10n = console.l10n
        console.line(l10n(
            .cliDemoDone, store.path, l10n.count(.countVolunteers, register.volunteers.count),
            l10n.count(.countContacts, register.contacts.count), l10n.count(.countWorkplaces, register.workplaces.count),
            l10n.count(.countAgreements, register.agreements.count), l10n.count(.countEvents, register.events.count)))
    }
}
