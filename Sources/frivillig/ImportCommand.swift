import ArgumentParser
import FrivilligApp
import FrivilligCore
import FrivilligExchange
import Foundation

/// Brings a coordinator's spreadsheet into the register: the way Frivillig gets adopted.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: HelpText.l10n(.usageImportAbstract),
        discussion: HelpText.l10n(.usageImportDiscussion, SpreadsheetLimits.fileBytes >> 20, SpreadsheetLimits.cellBytes >> 10),
        subcommands: [ImportVolunteersCommand.self, ImportContactsCommand.self, ImportWorkplacesCommand.self,
                      ImportAgreementsCommand.self, ImportEventsCommand.self, ImportTasksCommand.self,
                      ImportAssociationsCommand.self])
}

/// The arguments every import takes.
struct ImportArguments: ParsableArguments {
    @Argument(help: HelpText.help(.usageImportFile, value: .usageValueFile))
    var file: String

    @Flag(name: .customLong("dry-run"), help: HelpText.help(.usageImportDryRun))
    var dryRun = false

    @Flag(name: .customLong("skip-invalid"), help: HelpText.help(.usageImportSkipInvalid))
    var skipInvalid = false

    @Option(name: .customLong("map"), help: HelpText.help(.usageImportMap, value: .usageValueMapping))
    var mappings: [String] = []

    @Option(name: .customLong("sheet"), help: HelpText.help(.usageImportSheet, value: .usageValueSheet))
    var sheet: String?

    @Option(name: .customLong("date-order"), help: HelpText.help(.usageImportDateOrder, value: .usageValueDateOrder))
    var dateOrder: DateOrder?

    /// What `--help` says about the exit status, for every kind of import.
    static let exitStatus = HelpText.l10n(.usageImportExitStatus)

    /// Plans the import, prints the plan, and commits it as one change unless it is a dry
    /// run or rows were rejected without --skip-invalid (exit 2; nothing written). A dry
    /// run ends with the status the import would have.
    func run(_ kind: SpreadsheetKind, _ options: GlobalOptions) throws {
        let console = Console(options)
        let l10n = console.l10n
        let data: Data
        do {
            data = try InputFile.read(file, l10n)
        } catch {
            console.error(error.message)
            throw ExitCode(2)
        }
        let store = try console.openStore(options)
        let plan: ImportPlan
        do {
            plan = try SpreadsheetImport.plan(kind, data: data, register: store.register, mapping: mappings, sheet: sheet,
                                              dateOrder: dateOrder, today: .today())
        } catch {
            console.error(l10n.importFileError(error, file: file))
            console.error(l10n(.errorNothingWritten))
            throw ExitCode(2)
        }
        console.line(l10n.importRead(plan, file: file))
        for line in l10n.importPlanLines(plan) { console.line(line) }
        if !plan.unknownColumns.isEmpty { console.line(l10n(.importUnknownColumnsHint)) }
        let refused = !plan.rejected.isEmpty && !skipInvalid
        if dryRun {
            console.line(l10n(.importDryRun))
            if refused {
                console.error(l10n(.importDryRunWouldRefuse, l10n.rows(plan.rejectedRows.count)))
                throw ExitCode(2)
            }
            if !plan.changes.isEmpty { try console.check(plan.changes, in: store) }
            return
        }
        if refused {
            console.error(l10n(.importRefused, l10n.rows(plan.rejectedRows.count)))
            throw ExitCode(2)
        }
        if !plan.changes.isEmpty { try console.commit(plan.changes, to: store) }
        console.line(l10n(.importDone, file, plan.added.count, plan.updated.count, plan.unchanged.count, l10n.rows(plan.rejectedRows.count)))
    }
}

struct ImportVolunteersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "volunteers", abstract: HelpText.l10n(.usageImportVolunteersAbstract), discussion: ImportArguments.exitStatus, aliases: ["frivillige"])
    @OptionGroup var options: GlobalOptions
    @OptionGroup var arguments: ImportArguments
    func run() throws { try arguments.run(.volunteers, options) }
}

struct ImportContactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contacts", abstract: HelpText.l10n(.usageImportContactsAbstract), discussion: ImportArguments.exitStatus, aliases: ["kontakter"])
    @OptionGroup var options: GlobalOptions
    @OptionGroup var arguments: ImportArguments
    func run() throws { try arguments.run(.contacts, options) }
}

struct ImportWorkplacesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workplaces", abstract: HelpText.l10n(.usageImportWorkplacesAbstract), discussion: ImportArguments.exitStatus, aliases: ["arbejdspladser"])
    @OptionGroup var options: GlobalOptions
    @OptionGroup var arguments: ImportArguments
    func run() throws { try arguments.run(.workplaces, options) }
}

struct ImportAgreementsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreements", abstract: HelpText.l10n(.usageImportAgreementsAbstract), discussion: ImportArguments.exitStatus, aliases: ["aftaler"])
    @OptionGroup var options: GlobalOptions
    @OptionGroup var arguments: ImportArguments
    func run() throws { try arguments.run(.agreements, options) }
}

struct ImportEventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events", abstract: HelpText.l10n(.usageImportEventsAbstract), discussion: ImportArguments.exitStatus, aliases: ["påskønnelser"])
    @OptionGroup var options: GlobalOptions
    @OptionGroup var arguments: ImportArguments
    func run() throws { try arguments.run(.events, options) }
}

struct ImportTasksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tasks", abstract: HelpText.l10n(.usageImportTasksAbstract), discussion: ImportArguments.exitStatus, aliases: ["opgaver"])
    @OptionGroup var options: GlobalOptions
    @OptionGroup var arguments: ImportArguments
    func run() throws { try arguments.run(.tasks, options) }
}

struct ImportAssociationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "associations", abstract: HelpText.l10n(.usageImportAssociationsAbstract), discussion: ImportArguments.exitStatus,
        aliases: ["foreninger"])
    @OptionGroup var options: GlobalOptions
    @OptionGroup var arguments: ImportArguments
    func run() throws { try arguments.run(.associations, options) }
}
