import Foundation
import FrivilligCore

extension AppState {
    /// `v` on a workplace, an event, a task or an association: its volunteers as a pushed list, so one of them
    /// opens with Enter and "everyone at Kildebakken" or "everyone who came on the trip"
    /// is thanked with `*` and `r`. Anonymised records are left out, as in every list
    /// about people.
    mutating func openLinkedVolunteers() {
        let ids: [UUID]
        let title: String
        switch currentDetail?.ref {
        case .workplace(let id)?:
            guard let workplace = context.workplace(id) else { return }
            ids = register.volunteers.filter { $0.workplaceIDs.contains(id) }
                .sorted { SearchFold.sortKey($0.name) < SearchFold.sortKey($1.name) }.map(\.id)
            title = l10n(.linkedWorkplaceTitle, workplace.name)
        case .event(let id)?:
            guard let event = context.event(id) else { return }
            ids = event.attendeeIDs
            title = l10n(.linkedEventTitle, event.title.isEmpty ? l10n.date(event.date) : event.title)
        case .task(let id)?:
            guard let task = context.task(id) else { return }
            ids = task.volunteerIDs
            title = l10n(.linkedTaskTitle, task.title)
        case .association(let id)?:
            guard let association = context.association(id) else { return }
            ids = register.volunteers.filter { $0.membership.associationID == id }
                .sorted { SearchFold.sortKey($0.name) < SearchFold.sortKey($1.name) }.map(\.id)
            title = l10n(.linkedAssociationTitle, association.name)
        default:
            return
        }
        let shown = ids.filter { context.volunteer($0).map { !$0.anonymised } ?? false }
        var list = ListScreen(kind: .volunteers, title: title, fixed: shown.map { .volunteer($0) })
        list.viewport.height = listBodyHeight
        list.refresh(context)
        stack.append(.list(list))
    }

    /// `*`: marks every row the list shows (under its search, if any); pressed again when
    /// they all are marked, unmarks them.
    mutating func markAllShown() {
        guard var list = currentList, !list.refs.isEmpty else { return }
        let shown = Set(list.refs)
        if shown.isSubset(of: list.marked) { list.marked.subtract(shown) } else { list.marked.formUnion(shown) }
        currentList = list
    }
}
