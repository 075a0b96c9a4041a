import Foundation
import FrivilligCore

/// The fields of the task form, and the task they make.
enum TaskForm {
    static func fields(_ t: VolunteerTask?, register: Register, l10n: Localizer) -> [FormField] {
        let statuses = TaskStatus.allCases.map { ChoiceControl.Option(id: $0.rawValue, label: l10n.taskStatus($0)) }
        var contacts = ChoiceControl(options: [ChoiceOptions.none(l10n)] + ChoiceOptions.contacts(register), selected: t?.contactID?.uuidString)
        contacts.groupedBy = "workplace"
        let when = l10n.field("time")
        let time = t?.time ?? TaskTime()
        return [
            .text("title", l10n.field("title"), t?.title ?? "", isRequired: true),
            .text("description", l10n.field("description"), t?.description ?? ""),
            .choice("workplace", l10n.field("workplace"), ChoiceControl(
                options: [ChoiceOptions.none(l10n)] + ChoiceOptions.workplaces(register), selected: t?.workplaceID?.uuidString)),
            .choice("contact", l10n.field("contact"), contacts),
            .text("skills", l10n.field("skills"), (t?.skills ?? []).joined(separator: ", ")),
            .choice("status", l10n.field("status"), ChoiceControl(options: statuses, selected: (t?.status ?? .open).rawValue)),
            .text("wanted", l10n.field("wanted"), String(t?.wanted ?? 1)),
            .text("weekdays", l10n(.formWeekdays), WeekdayList.format(time.weekdays, l10n: l10n),
                  section: when, messageLabel: when + " – " + l10n(.formWeekdays)),
            .text("parts-of-day", l10n(.formPartsOfDay), PartOfDayList.format(time.partsOfDay, l10n: l10n),
                  messageLabel: when + " – " + l10n.field("parts-of-day")),
            .text("from", l10n(.formTaskFrom), l10n.date(time.from), messageLabel: when + " – " + l10n(.formTaskFrom)),
            .text("until", l10n(.formTaskUntil), l10n.date(time.until), messageLabel: when + " – " + l10n(.formTaskUntil)),
            .checkbox("ongoing", l10n.field("ongoing"), time.ongoing),
            .choice("volunteers", l10n.field("volunteers"), ChoiceControl(
                options: ChoiceOptions.volunteers(register, l10n: l10n), selectedMany: (t?.volunteerIDs ?? []).map(\.uuidString))),
            .text("notes", l10n.field("notes"), t?.notes ?? ""),
        ]
    }

    /// Every field at once; a task keeps its id. The status is as chosen: a task with as
    /// many volunteers as it wants is not made "besat" behind the coordinator's back here
    /// (the ranking's assign does that, as the coordinator asked for it there).
    static func build(_ values: FormValues, original: VolunteerTask?, _ environment: AppEnvironment) -> FormBuild {
        var v = Validator()
        let l10n = values.l10n
        let title = v.name(values.text("title"), field: "title")
        let description = values.text("description", &v)
        let skills = values.list("skills", &v)
        let notes = values.text("notes", &v)
        let from = v.day(values.text("from"), field: "from"), until = v.day(values.text("until"), field: "until")
        let weekdays = WeekdayList.parse(values.text("weekdays"))
        let parts = PartOfDayList.parse(values.text("parts-of-day"))
        var extra = weekdays.unknown.map { values.message("weekdays", l10n(.formErrorWeekday, values.label("weekdays"), $0)) }
        extra += parts.unknown.map { values.message("parts-of-day", l10n(.formErrorPartOfDay, values.label("parts-of-day"), $0)) }
        let wanted = Int(values.text("wanted").trimmingWhitespace).flatMap { (1...999).contains($0) ? $0 : nil }
        if wanted == nil { extra.append(values.message("wanted", l10n(.formErrorWanted, values.label("wanted")))) }
        if let from, let until, until < from { extra.append(values.message("until", l10n(.formErrorTaskDates, values.label("until")))) }
        return values.result(v, extra: extra) {
            [.putTask(VolunteerTask(
                id: original?.id ?? environment.newID(), title: title, description: description,
                workplaceID: values.uuid("workplace"), contactID: values.uuid("contact"), skills: skills,
                time: TaskTime(weekdays: weekdays.days, partsOfDay: parts.parts, from: from, until: until, ongoing: values.flag("ongoing")),
                wanted: wanted ?? 1, status: values.choice("status").flatMap(TaskStatus.init(rawValue:)) ?? .open,
                volunteerIDs: values.choices("volunteers").compactMap(UUID.init(uuidString:)), notes: notes))]
        }
    }
}
