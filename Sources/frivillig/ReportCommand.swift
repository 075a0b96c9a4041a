import ArgumentParser
import FrivilligApp
import FrivilligCore
import FrivilligExchange
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `frivillig report --year 2026`: the yearly report for a committee, counts only, with
/// the year before beside them (`YearlyReport`). It holds no personal data, so unlike
/// the exports it is not noted in the export log; it is still written 0600 and never
/// replaces a file without `--force`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: HelpText.l10n(.usageReportAbstract),
        discussion: HelpText.l10n(.usageReportDiscussion))

    @OptionGroup var options: GlobalOptions

    @Option(help: HelpText.help(.usageReportYear, value: .usageValueYear))
    var year: Int

    @Option(help: HelpText.help(.usageReportWorkplace, value: .usageValueWorkplace))
    var workplace: String?

    @Option(help: HelpText.help(.usageReportFormat, value: .usageValueFormat))
    var format: ReportFormat = .md

    @OptionGroup var target: ExportTarget

    /// Above this many volunteers a terminal is told what is being counted.
    static let progressFrom = 50_000

    func run() throws {
        let console = Console(options)
        guard (1900...2999).contains(year) else {
            console.error(console.l10n(.reportBadYear, year))
            throw ExitCode(2)
        }
        let store = try console.openStore(options)
        let register = store.register
        let place = try workplace.map { try Self.workplace(named: $0, in: register, console) }
        if register.volunteers.count >= Self.progressFrom, isatty(STDERR_FILENO) == 1 {
            console.error(console.l10n(.reportProgress, register.volunteers.count))
        }
        let report = YearlyReport(register: register, year: year, today: Day.today(), workplace: place, l10n: console.l10n)
        try Self.deliver(format.render(report), to: target, console)
    }

    /// Writes a file without personal data (the report, a public list): to standard
    /// output, or as the `--out` file, 0600, not noted in the export log; on a failure
    /// says why and exits with 2.
    static func deliver(_ data: Data, to target: ExportTarget, _ console: Console) throws {
        guard let out = target.out else {
            writeToStandardOutput(data, console)
            return
        }
        do {
            try PrivateFileWriter.write(data, to: out, replace: target.force, sparing: console.storeFiles)
        } catch {
            console.error(error.message(console.l10n))
            throw ExitCode(2)
        }
        console.error(console.l10n(.exportWritten, out))
    }

    /// The bytes to a pipe or a file as they are; to a terminal line by line, filtered,
    /// without the CSV's byte order mark.
    private static func writeToStandardOutput(_ data: Data, _ console: Console) {
        guard isatty(STDOUT_FILENO) == 1 else { return FileHandle.standardOutput.write(data) }
        let text = String(decoding: data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data, as: UTF8.self)
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        for line in lines { console.line(line.hasSuffix("\r") ? String(line.dropLast()) : line) }
    }

    /// The workplace whose name is `text` (any case), else the only one whose name holds it.
    static func workplace(named text: String, in register: Register, _ console: Console) throws -> Workplace {
        let found = NameLookup.find(text, in: register.workplaces, name: \.name) { $0.lowercased() }
        if let place = found.records.first, found.whole || found.records.count == 1 { return place }
        console.error(found.records.isEmpty
            ? console.l10n(.reportNoSuchWorkplace, text) : console.l10n(.reportAmbiguousWorkplace, text, found.records.count))
        throw ExitCode(2)
    }
}

extension ReportFormat: ExpressibleByArgument {}
