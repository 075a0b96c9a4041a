import ArgumentParser
import FrivilligApp
import FrivilligCore
import Foundation

/// Adds one task to the task bank; every value is checked first and nothing is written
/// if any is wrong.
struct AddTaskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "task",
        abstract: HelpText.l10n(.usageAddTaskAbstract))

    @OptionGroup var options: GlobalOptions

    @Option(help: HelpText.help(.usageAddTaskTitle, value: .usageValueTitle))
    var title: String

    @Option(help: HelpText.help(.usageAddTaskDescription, value: .usageValueText))
    var description: String = ""

    @Option(help: HelpText.help(.usageAddTaskWorkplace, value: .usageValueWorkplace))
    var workplace: String?

    @Option(name: .customLong("skill"), help: HelpText.help(.usageAddVolunteerSkill, value: .usageValueSkill))
    var skills: [String] = []

    @Option(help: HelpText.help(.usageAddTaskWeekdays, value: .usageValueDays))
    var weekdays: String = ""

    @Option(name: .customLong("parts-of-day"), help: HelpText.help(.usageAddTaskPartsOfDay, value: .usageValueParts))
    var partsOfDay: String = ""

    @Option(help: HelpText.help(.usageAddTaskFrom, value: .usageValueDate))
    var from: String = ""

    @Option(help: HelpText.help(.usageAddTaskUntil, value: .usageValueDate))
    var until: String = ""

    @Flag(help: HelpText.help(.usageAddTaskOngoing))
    var ongoing = false

    @Option(help: HelpText.help(.usageAddTaskWanted, value: .usageValueCount))
    var wanted: Int = 1

    @Flag(help: HelpText.help(.usageAddTaskJson))
    var json = false

    func run() throws {
        let console = Console(options)
        var v = Validator()
        let title = v.name(title, field: "title")
        let description = v.text(description, field: "description")
        let skills = v.list(skills, field: "skill")
        let days = WeekdayList.parse(weekdays)
        for word in days.unknown { v.record(FieldError(field: "weekdays", value: word, rule: .reference)) }
        let parts = PartOfDayList.parse(partsOfDay)
        for word in parts.unknown { v.record(FieldError(field: "parts-of-day", value: word, rule: .reference)) }
        let start = v.day(from, field: "from"), end = v.day(until, field: "until")
        if wanted < 1 { v.record(FieldError(field: "wanted", value: String(wanted), rule: .required)) }
        guard v.errors.isEmpty else { try console.reject(v.errors) }
        let store = try console.openStore(options)
        let place = try workplace.map { try ReportCommand.workplace(named: $0, in: store.register, console) }
        let task = VolunteerTask(
            title: title, description: description, workplaceID: place?.id, contactID: place?.contactIDs.first, skills: skills,
            time: TaskTime(weekdays: days.days, partsOfDay: parts.parts, from: start, until: end, ongoing: ongoing),
            wanted: wanted)
        try console.commit([.putTask(task)], to: store)
        if json {
            try console.json(task)
        } else {
            console.line(console.l10n(.cliAdded, task.title, task.id.uuidString))
        }
    }
}
