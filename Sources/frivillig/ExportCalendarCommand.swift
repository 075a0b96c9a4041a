import ArgumentParser
import FrivilligApp
import FrivilligCore
import FrivilligExchange
import Foundation

/// Recognition events as an iCalendar file for Outlook, Google or Apple Calendar.
struct ExportCalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract: HelpText.l10n(.usageExportIcsAbstract),
        discussion: HelpText.l10n(.usageExportIcsDiscussion))

    @OptionGroup var options: GlobalOptions
    @OptionGroup var target: ExportTarget

    @Option(help: HelpText.help(.usageExportIcsFrom, value: .usageValueDate))
    var from: String?

    @Option(help: HelpText.help(.usageExportIcsTo, value: .usageValueDate))
    var to: String?

    func run() throws {
        let console = Console(options)
        let l10n = console.l10n
        let first = try day(from, option: "from", console)
        let last = try day(to, option: "to", console)
        if let first, let last, first > last {
            console.error(l10n(.exportFromAfterTo, l10n.date(first), l10n.date(last)))
            throw ExitCode(2)
        }
        let register = try console.openStore(options).register
        let events = register.events
            .filter { e in first.map { e.date >= $0 } ?? true && last.map { e.date <= $0 } ?? true }
            .sorted { $0.date < $1.date }
        let labels = CalendarLabels(
            calendarName: l10n(.exportIcsName), kind: { l10n.eventKind($0) }, attendees: { l10n(.exportIcsAttendees, $0) })
        try target.write(CalendarWriter(labels: labels, now: Date()).write(events), kind: .calendar, console: console)
    }

    private func day(_ text: String?, option: String, _ console: Console) throws -> Day? {
        guard let text else { return nil }
        guard let day = Day.parse(text) else {
            console.error(console.l10n(.exportBadDate, option, text))
            throw ExitCode(2)
        }
        return day
    }
}
