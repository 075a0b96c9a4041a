import Foundation
import FrivilligCore

/// A spreadsheet row read as a task, from the columns its export writes.
///
/// Its workplace, contact and volunteers are named as an agreement's links are
/// (`ImportRowReader.link`), so a row with a known id keeps the links whose names still
/// fit. Without an id, a row matches a task with the same title at the same workplace, or
/// the one task of that title when the row names no workplace.
struct TaskDraft: ImportDraft {
    var id: UUID?
    var revision: Int?
    /// The title, which matching compares.
    var name: String
    var description: String?
    var workplaceID: UUID?
    var contactID: UUID?
    var skills: [String]?
    var weekdays: [Weekday]?
    var partsOfDay: [PartOfDay]?
    var from: Day?
    var until: Day?
    var ongoing: Bool?
    var wanted: Int?
    var status: TaskStatus?
    var volunteerIDs: [UUID]?
    var notes: String?

    init(_ r: inout ImportRowReader, known: [UUID: VolunteerTask], names: ImportLinkNames) {
        id = r.id()
        revision = r.parsed(.revision, .revision, ImportValues.revision)
        let current = id.flatMap { known[$0] }
        name = r.text(.title) ?? ""
        if name.isEmpty { r.fail(r.columns.header(.title) ?? "", "", .required) }
        description = r.text(.description)
        workplaceID = r.link(.workplace, in: names.workplaces, current: current?.workplaceID)
        contactID = r.link(.contact, in: names.contacts, current: current?.contactID)
        skills = r.list(.skills)
        weekdays = r.parsed(.weekdays, .weekday, ImportValues.weekdays)
        partsOfDay = r.parsed(.partsOfDay, .partOfDay, ImportValues.partsOfDay)
        from = r.day(.from)
        until = r.day(.until)
        ongoing = r.parsed(.ongoing, .yesNo, ImportValues.yesNo)
        wanted = r.parsed(.wanted, .wanted, ImportValues.wanted)
        status = r.parsed(.status, .taskStatus) { TaskStatus(parsing: $0) }
        volunteerIDs = r.links(.volunteers, in: names.volunteers, current: current?.volunteerIDs ?? [])
        notes = r.notes()
    }

    static func name(of t: VolunteerTask) -> String { t.title }

    /// The same title at the same workplace is the same task; a row without a workplace
    /// leaves the title to decide.
    func matches(_ t: VolunteerTask) -> Bool { workplaceID.map { $0 == t.workplaceID } ?? true }

    func applied(to existing: VolunteerTask?, now: Date) -> VolunteerTask {
        var t = existing ?? VolunteerTask(id: id ?? UUID(), title: name)
        t.title = name
        if let description { t.description = description }
        if let workplaceID { t.workplaceID = workplaceID }
        if let contactID { t.contactID = contactID }
        if let skills { t.skills = skills }
        if let weekdays { t.time.weekdays = weekdays }
        if let partsOfDay { t.time.partsOfDay = partsOfDay }
        if let from { t.time.from = from }
        if let until { t.time.until = until }
        if let ongoing { t.time.ongoing = ongoing }
        if let wanted { t.wanted = wanted }
        if let status { t.status = status }
        if let volunteerIDs { t.volunteerIDs = volunteerIDs }
        if let notes { t.notes = notes }
        return t
    }

    static func touched(_ t: VolunteerTask, now: Date) -> VolunteerTask { t }

    static func put(_ t: VolunteerTask) -> Change { .putTask(t) }
}
