import ArgumentParser
import FrivilligApp
import FrivilligCore
import FrivilligExchange
import Foundation

/// Recognition events as an iCalendar file for Outlook, Google or Apple Calendar.
struct ExportCalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract: "Recognition events as an iCalendar (.ics) calendar of all-day events.",
        discussion: "Importing a later export again updates the same events (each keeps its UID). Exit status: 0 when written, 2 on error.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var target: ExportTarget

    @Option(help: ArgumentHelp("Only events on or after this day (dd.mm.yyyy, dd-mm-yyyy or yyyy-mm-dd).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only events on or before this day.", valueName: "date"))
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
