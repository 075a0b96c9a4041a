import ArgumentParser
import FrivilligApp
import FrivilligCore
import FrivilligExchange
import Foundation

/// Brings a coordinator's spreadsheet into the register: the way Frivillig gets adopted.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import volunteers, contacts or workplaces from a spreadsheet (CSV).",
        discussion: """
            Reads CSV as Excel saves it: ; or , separated, UTF-8 (with or without BOM) or Windows-1252, \
            columns matched by their Danish or English headers. The whole file is one change: \
            it all goes in, or nothing does. A file may be at most \(SpreadsheetLimits.fileBytes >> 20) MB \
            and a cell at most \(SpreadsheetLimits.cellBytes >> 10) KB.
            """,
        subcommands: [ImportVolunteersCommand.self, ImportContactsCommand.self, ImportWorkplacesCommand.self])
}

/// The arguments every import takes.
struct ImportArguments: ParsableArguments {
    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file"))
    var file: String

    @Flag(name: .customLong("dry-run"), help: "Show what would be added, updated and rejected, and exit as the import would; write nothing.")
    var dryRun = false

    @Flag(name: .customLong("skip-invalid"), help: "Import the valid rows even if some are rejected.")
    var skipInvalid = false

    @Option(name: .customLong("map"), help: ArgumentHelp(
        "Read a column as a field, e.g. \"Skostørrelse=notes\" or \"Kolonne=ignore\". Repeat for more.",
        valueName: "column=field"))
    var mappings: [String] = []

    /// What `--help` says about the exit status, for every kind of import.
    static let exitStatus = """
        Exit status: 0 when the file was imported; 2 when it cannot be read, or when rows are rejected \
        and --skip-invalid is not given (then nothing is written). --dry-run exits with the status the \
        import would have, so a script can check a file first.
        """

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
            plan = try SpreadsheetImport.plan(kind, data: data, register: store.register, mapping: mappings)
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
        commandName: "volunteers", abstract: "Import volunteers (frivillige).", discussion: ImportArguments.exitStatus, aliases: ["frivillige"])
    @OptionGroup var options: GlobalOptions
    @OptionGroup var arguments: ImportArguments
    func run() throws { try arguments.run(.volunteers, options) }
}

struct ImportContactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contacts", abstract: "Import contact persons (kontakter).", discussion: ImportArguments.exitStatus, aliases: ["kontakter"])
    @OptionGroup var options: GlobalOptions
    @OptionGroup var arguments: ImportArguments
    func run() throws { try arguments.run(.contacts, options) }
}

struct ImportWorkplacesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workplaces", abstract: "Import workplaces (arbejdspladser).", discussion: ImportArguments.exitStatus, aliases: ["arbejdspladser"])
    @OptionGroup var options: GlobalOptions
    @OptionGroup var arguments: ImportArguments
    func run() throws { try arguments.run(.workplaces, options) }
}
