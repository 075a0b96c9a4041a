import Foundation
import FrivilligCore

/// Acting on records from a screen: the forms that add and edit them, and the question
/// before deleting one.
extension AppState {
    /// The empty form for a new record of the list's kind; the retention list has none.
    mutating func openAddForm(_ kind: ListKind) {
        switch kind {
        case .retention, .ranking: break
        case .tasks: overlay = .form(.task(nil, register: register, l10n: l10n, environment: environment))
        case .associations: overlay = .form(.association(nil, register: register, l10n: l10n, environment: environment))
        case .volunteers: overlay = .form(.volunteer(nil, register: register, l10n: l10n, environment: environment))
        case .contacts: overlay = .form(.contact(nil, register: register, l10n: l10n, environment: environment))
        case .workplaces: overlay = .form(.workplace(nil, register: register, l10n: l10n, environment: environment))
        case .agreements: overlay = .form(.agreement(nil, volunteerID: nil, register: register, today: today, l10n: l10n, environment: environment))
        case .events: overlay = .form(.event(nil, attendees: [], register: register, today: today, l10n: l10n, environment: environment))
        }
    }

    /// The form for a record as it is now; nothing when it is gone.
    mutating func openEditForm(_ ref: RecordRef) {
        switch ref {
        case .volunteer(let id):
            if let v = context.volunteer(id) { overlay = .form(.volunteer(v, register: register, l10n: l10n, environment: environment)) }
        case .contact(let id):
            if let c = context.contact(id) { overlay = .form(.contact(c, register: register, l10n: l10n, environment: environment)) }
        case .workplace(let id):
            if let w = context.workplace(id) { overlay = .form(.workplace(w, register: register, l10n: l10n, environment: environment)) }
        case .agreement(let id):
            if let a = context.agreement(id) { overlay = .form(.agreement(a, volunteerID: a.volunteerID, register: register, today: today, l10n: l10n, environment: environment)) }
        case .event(let id):
            if let e = context.event(id) { overlay = .form(.event(e, attendees: e.attendeeIDs, register: register, today: today, l10n: l10n, environment: environment)) }
        case .task(let id):
            if let t = context.task(id) { overlay = .form(.task(t, register: register, l10n: l10n, environment: environment)) }
        case .association(let id):
            if let a = context.association(id) { overlay = .form(.association(a, register: register, l10n: l10n, environment: environment)) }
        }
    }

    /// A new recognition event with these volunteers as its attendees.
    mutating func openEventForm(attendees: [UUID]) {
        overlay = .form(.event(nil, attendees: attendees, register: register, today: today, l10n: l10n, environment: environment))
    }

    /// Asks before deleting, listing what goes with the record; a workplace or contact
    /// still in use is refused at once with the list of what uses it.
    mutating func askDelete(_ ref: RecordRef) {
        switch ref {
        case .volunteer(let id):
            guard let v = context.volunteer(id) else { return }
            let impact = register.deletionImpact(ofVolunteer: id)
            var lines = [l10n(.tuiDeleteVolunteer, v.name)]
            if !impact.agreements.isEmpty { lines.append(l10n.count(.tuiDeleteAgreements, impact.agreements.count)) }
            if !impact.events.isEmpty { lines.append(l10n.count(.tuiDeleteAttendance, impact.events.count)) }
            if !impact.tasks.isEmpty { lines.append(l10n.count(.tuiDeleteTasks, impact.tasks.count)) }
            overlay = .confirmDelete(DeleteConfirmation(change: .deleteVolunteer(id), lines: lines))
        case .contact(let id):
            let refs = register.references(toContact: id)
            guard refs.isEmpty else { return refuseDelete(refs) }
            overlay = .confirmDelete(DeleteConfirmation(change: .deleteContact(id), lines: [l10n(.tuiDeleteRecord, context.contact(id)?.name ?? "")]))
        case .workplace(let id):
            let refs = register.references(toWorkplace: id)
            guard refs.isEmpty else { return refuseDelete(refs) }
            overlay = .confirmDelete(DeleteConfirmation(change: .deleteWorkplace(id), lines: [l10n(.tuiDeleteRecord, context.workplace(id)?.name ?? "")]))
        case .agreement(let id):
            let name = context.agreement(id).flatMap { context.volunteer($0.volunteerID)?.name } ?? ""
            overlay = .confirmDelete(DeleteConfirmation(change: .deleteAgreement(id), lines: [l10n(.tuiDeleteAgreement, name)]))
        case .event(let id):
            overlay = .confirmDelete(DeleteConfirmation(change: .deleteEvent(id), lines: [l10n(.tuiDeleteRecord, context.event(id)?.title ?? "")]))
        case .task(let id):
            guard let t = context.task(id) else { return }
            let asked = register.volunteers.filter { $0.asked.contains { $0.taskID == id } }.count
            let lines = [l10n(.tuiDeleteTask, t.title)] + (asked > 0 ? [l10n.count(.tuiDeleteTaskAsked, asked)] : [])
            overlay = .confirmDelete(DeleteConfirmation(change: .deleteTask(id), lines: lines))
        case .association(let id):
            let members = register.references(toAssociation: id)
            guard members.isEmpty else { return refuseDelete(members) }
            overlay = .confirmDelete(DeleteConfirmation(change: .deleteAssociation(id), lines: [l10n(.tuiDeleteRecord, context.association(id)?.name ?? "")]))
        }
    }

    /// The records in the way, the first few of them: a workplace or an association with
    /// fifty volunteers would otherwise push the closing line off the screen.
    private mutating func refuseDelete(_ refs: [Reference]) {
        let shown = 8
        var lines = l10n.registerError(.stillReferenced(Array(refs.prefix(shown))))
        if refs.count > shown { lines.append("  " + l10n.count(.cliMoreCandidates, refs.count - shown)) }
        overlay = .notice(title: l10n(.tuiCannotDelete), lines: lines)
    }
}

extension AppState {
    /// What follows a form's save: the form closes on the saved record (an event's
    /// marks are cleared).
    static func afterSaving(_ changes: [Change]) -> AfterCommit {
        switch changes.first {
        case .putEvent?: return .clearMarks
        case .putVolunteer(let v)?: return .closeForm(showing: .volunteer(v.id))
        case .putContact(let c)?: return .closeForm(showing: .contact(c.id))
        case .putWorkplace(let w)?: return .closeForm(showing: .workplace(w.id))
        case .putAgreement(let a)?: return .closeForm(showing: .agreement(a.id))
        case .putTask(let t)?: return .closeForm(showing: .task(t.id))
        case .putAssociation(let a)?: return .closeForm(showing: .association(a.id))
        default: return .closeOverlay
        }
    }
}
