import Foundation
import FrivilligCore
import TerminalUI

/// The detail of a task and of an association, and the lines that link volunteers,
/// workplaces and contact persons to them, so each link can be followed from both ends.
extension DetailLines {
    func task(_ t: VolunteerTask) -> [Line] {
        var out = [Line(text: "\(t.title)  [\(l10n.taskStatus(t.status))]", style: Style(bold: true))]
        let contact = t.contactID.flatMap(context.contact).map { c in
            [c.name, c.role, Phone.display(c.phone), c.email].filter { !$0.isEmpty }.joined(separator: " · ")
        }
        out += [
            field("description", t.description),
            field("workplace", t.workplaceID.flatMap(context.workplace)?.name ?? ""),
            field("contact", contact ?? ""),
            field("skills", t.skills.joined(separator: ", ")),
            field("time", l10n.taskTime(t.time)),
            field("wanted", String(t.wanted)),
            field("notes", t.notes),
        ].compactMap { $0 }
        out.append(Line(text: l10n(.detailTaskVolunteers, t.volunteerIDs.count, t.wanted), style: Style(bold: true, underline: true)))
        let people = t.volunteerIDs.compactMap(context.volunteer)
        if people.isEmpty { out.append(Line(text: "–", indent: 2)) }
        for v in people { out.append(Line(text: "\(v.name)  \(v.primaryPhone.map(Phone.display) ?? "")", indent: 2)) }
        let asked = register.volunteers.compactMap { v in
            v.asked.filter { $0.taskID == t.id }.map(\.day).max().map { (volunteer: v, day: $0) }
        }.sorted { $0.day != $1.day ? $0.day > $1.day : SearchFold.sortKey($0.volunteer.name) < SearchFold.sortKey($1.volunteer.name) }
        out.append(heading(.detailTaskAsked))
        if asked.isEmpty { out.append(Line(text: "–", indent: 2)) }
        for a in asked { out.append(Line(text: "\(l10n.date(a.day))  \(a.volunteer.name)", indent: 2)) }
        return out
    }

    func association(_ a: Association) -> [Line] {
        var out = [Line(text: "\(a.name)  [\(l10n.associationKind(a.kind))]", style: Style(bold: true))]
        out += [
            field("area", a.area),
            field("phone", Phone.display(a.phone)),
            field("email", a.email),
            field("web", a.web),
            field("address", a.address),
            field("listed-since", l10n.date(a.listedSince)),
            field("notes", a.notes),
        ].compactMap { $0 }
        out.append(heading(.detailContacts))
        let contacts = a.contactIDs.compactMap(context.contact)
        if contacts.isEmpty { out.append(Line(text: "–", indent: 2)) }
        for c in contacts {
            out.append(Line(text: [c.name, c.role, Phone.display(c.phone), c.email].filter { !$0.isEmpty }.joined(separator: " · "), indent: 2))
        }
        let members = register.volunteers.filter { $0.membership.associationID == a.id }
            .sorted { SearchFold.sortKey($0.name) < SearchFold.sortKey($1.name) }
        out.append(Line(text: l10n(.detailMembers, members.count), style: Style(bold: true, underline: true)))
        for v in members { out.append(Line(text: "\(v.name)  \(v.primaryPhone.map(Phone.display) ?? "")", indent: 2)) }
        return out
    }

    /// A volunteer's tasks, then what they were asked about, newest first.
    func tasks(of v: Volunteer) -> [Line] {
        var out = [heading(.detailTasks)]
        let mine = register.tasks.filter { $0.volunteerIDs.contains(v.id) }
        let titles = Dictionary(register.tasks.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let asked = v.asked.filter { titles[$0.taskID] != nil }.sorted { $0.day > $1.day }
        if mine.isEmpty, asked.isEmpty { out.append(Line(text: "–", indent: 2)) }
        for t in mine { out.append(Line(text: taskSummary(t), indent: 2)) }
        for a in asked { out.append(Line(text: l10n(.detailAskedAbout, l10n.date(a.day), titles[a.taskID] ?? ""), style: Theme.dim, indent: 2)) }
        return out
    }

    /// The tasks a workplace has on offer.
    func tasks(at w: Workplace) -> [Line] {
        let offered = register.tasks.filter { $0.workplaceID == w.id }.sorted { SearchFold.sortKey($0.title) < SearchFold.sortKey($1.title) }
        return [heading(.detailTasks)] + (offered.isEmpty ? [Line(text: "–", indent: 2)] : offered.map { Line(text: taskSummary($0), indent: 2) })
    }

    /// The tasks and associations a contact person is the contact for, when there are any.
    func links(of c: Contact) -> [Line] {
        var out: [Line] = []
        let tasks = register.tasks.filter { $0.contactID == c.id }
        if !tasks.isEmpty { out += [heading(.detailTasks)] + tasks.map { Line(text: taskSummary($0), indent: 2) } }
        let associations = register.associations.filter { $0.contactIDs.contains(c.id) }
        if !associations.isEmpty { out += [heading(.detailAssociations)] + associations.map { Line(text: $0.name, indent: 2) } }
        return out
    }

    /// "Højtlæsning · åben · 1 af 2": a task in one line.
    private func taskSummary(_ t: VolunteerTask) -> String {
        "\(t.title) · \(l10n.taskStatus(t.status)) · \(l10n(.detailTaskVolunteers, t.volunteerIDs.count, t.wanted))"
    }
}
