import Foundation
import FrivilligCore
import TerminalUI

/// The text of a detail screen: every field of a record, then the records linked to it.
/// A volunteer's emergency contacts come first, because that is why people open it.
struct DetailLines {
    struct Line {
        var text: String
        var style: Style = .plain
        var indent = 0
    }

    let context: ListContext
    let l10n: Localizer
    let today: Day
    var history: (UUID) -> [HistoryEntry] = { _ in [] }

    var register: Register { context.register }

    func lines(for ref: RecordRef) -> [Line] {
        switch ref {
        case .volunteer(let id): return context.volunteer(id).map(volunteer) ?? []
        case .contact(let id): return context.contact(id).map(contact) ?? []
        case .workplace(let id): return context.workplace(id).map(workplace) ?? []
        case .agreement(let id): return context.agreement(id).map(agreement) ?? []
        case .event(let id): return context.event(id).map(event) ?? []
        case .task(let id): return context.task(id).map(task) ?? []
        case .association(let id): return context.association(id).map(association) ?? []
        }
    }

    /// "3 år", or "under 1 år" for a volunteer who started this year, never "0 år".
    private func years(since day: Day) -> String {
        let years = day.wholeYears(until: today)
        return years < 1 ? l10n(.detailUnderAYear) : l10n(.detailYears, years)
    }

    func heading(_ key: TextKey) -> Line { Line(text: l10n(key), style: Style(bold: true, underline: true)) }

    func field(_ key: String, _ value: String) -> Line? {
        value.isEmpty ? nil : Line(text: "\(l10n.field(key)): \(value)", indent: 2)
    }

    private func volunteer(_ v: Volunteer) -> [Line] {
        var out = [Line(text: "\(v.name)  [\(l10n.status(v.status))]", style: Style(bold: true))]
        out.append(heading(.detailEmergencyContacts))
        if v.emergencyContacts.isEmpty {
            out.append(Line(text: l10n(.cliIceNoContact), style: Style(foreground: .red, bold: true), indent: 2))
        }
        for (i, c) in v.emergencyContacts.enumerated() {
            let relation = c.relation.isEmpty ? "" : " (\(c.relation))"
            out.append(Line(text: "\(i + 1). \(c.name)\(relation)  \(Phone.display(c.phone))", style: Style(foreground: .green, bold: true), indent: 2))
        }
        out.append(heading(.detailDetails))
        let age = v.birthDate.map { " (\(years(since: $0)))" } ?? ""
        let service = v.startDate.map { " (\(years(since: $0)))" } ?? ""
        let weekdays = v.availability.weekdays.map { l10n.weekday($0) }.joined(separator: ", ")
        let availability = [weekdays, v.availability.note].filter { !$0.isEmpty }.joined(separator: "; ")
        out += [
            field("phone", v.phones.map(Phone.display).joined(separator: ", ")),
            field("email", v.email),
            field("address", v.address),
            field("postal-code", v.postalCode),
            field("city", v.city),
            field("birth-date", l10n.date(v.birthDate) + age),
            field("birth-year", v.birthDate == nil ? v.birthYear.map(String.init) ?? "" : ""),
            field("anonymised", v.anonymised ? l10n(.settingsYes) : ""),
            field("status-changed", l10n.date(v.statusChanged)),
            field("start-date", l10n.date(v.startDate) + service),
            field("skills", v.skills.joined(separator: ", ")),
            field("interests", v.interests.joined(separator: ", ")),
            field("availability", availability),
            field("membership", l10n.membership(v.membership)),
            field("consent", l10n.consentSummary(v.consent)),
            field("tags", v.tags.joined(separator: ", ")),
            field("notes", v.notes),
        ].compactMap { $0 }
        let agreements = register.agreements.filter { $0.volunteerID == v.id }
        out.append(heading(.detailAgreements))
        if agreements.isEmpty { out.append(Line(text: "–", indent: 2)) }
        for a in agreements {
            let place = a.workplaceID.flatMap(context.workplace)?.name ?? ""
            let review = a.reviewDate.map { " · \(l10n.field("review-date")) \(l10n.date($0))" } ?? ""
            out.append(Line(text: "\(place) · \(l10n.agreementStatus(a.status(on: today)))\(review)", indent: 2))
        }
        let events = register.events.filter { $0.attendeeIDs.contains(v.id) }.sorted { $0.date > $1.date }
        out.append(heading(.detailEvents))
        if events.isEmpty { out.append(Line(text: "–", indent: 2)) }
        for e in events { out.append(Line(text: "\(l10n.date(e.date))  \(l10n.eventKind(e.kind))  \(e.title)", indent: 2)) }
        out.append(heading(.detailWorkplaces))
        let places = v.workplaceIDs.compactMap(context.workplace)
        if places.isEmpty { out.append(Line(text: "–", indent: 2)) }
        for w in places { out.append(Line(text: [w.name, w.area].filter { !$0.isEmpty }.joined(separator: " · "), indent: 2)) }
        out += tasks(of: v)
        out += historyLines(v.id)
        return out
    }

    /// The newest 20 changes, newest first, and what came before them.
    private func historyLines(_ id: UUID) -> [Line] {
        let entries = history(id)
        var out = [heading(.detailHistory)]
        for e in entries.suffix(20).reversed() { out.append(Line(text: l10n.historyLine(e), indent: 2)) }
        if entries.count > 20 {
            out.append(Line(text: l10n(.historyOlder, entries.count - 20), style: Theme.dim, indent: 2))
        } else if let gap = l10n.historyGap(entries) {
            out.append(Line(text: gap, style: Theme.dim, indent: 2))
        }
        return out
    }

    private func contact(_ c: Contact) -> [Line] {
        var out = [Line(text: c.name, style: Style(bold: true))]
        out += [
            field("kind", l10n.contactKind(c.kind)),
            field("organisation", c.organisation),
            field("role", c.role),
            field("phone", Phone.display(c.phone)),
            field("email", c.email),
            field("notes", c.notes),
        ].compactMap { $0 }
        out.append(heading(.detailWorkplaces))
        let places = register.workplaces.filter { $0.contactIDs.contains(c.id) }
        if places.isEmpty { out.append(Line(text: "–", indent: 2)) }
        for w in places { out.append(Line(text: w.name, indent: 2)) }
        out += links(of: c)
        return out
    }

    private func workplace(_ w: Workplace) -> [Line] {
        var out = [Line(text: w.name, style: Style(bold: true))]
        out += [field("area", w.area), field("address", w.address), field("guidelines", w.guidelines)].compactMap { $0 }
        out.append(Line(text: "\(w.worksWithChildren ? "[x]" : "[ ]") \(l10n.field("works-with-children"))", indent: 2))
        out.append(heading(.detailContacts))
        let contacts = w.contactIDs.compactMap(context.contact)
        if contacts.isEmpty { out.append(Line(text: "–", indent: 2)) }
        for c in contacts {
            out.append(Line(text: [c.name, c.role, Phone.display(c.phone), c.email].filter { !$0.isEmpty }.joined(separator: " · "), indent: 2))
        }
        out.append(heading(.detailVolunteers))
        let volunteers = register.volunteers.filter { $0.workplaceIDs.contains(w.id) }
            .sorted { SearchFold.sortKey($0.name) < SearchFold.sortKey($1.name) }
        if volunteers.isEmpty { out.append(Line(text: "–", indent: 2)) }
        for v in volunteers {
            out.append(Line(text: "\(v.name)  \(v.primaryPhone.map(Phone.display) ?? "")", indent: 2))
        }
        out += tasks(at: w)
        return out
    }

    private func agreement(_ a: Agreement) -> [Line] {
        let name = context.volunteer(a.volunteerID)?.name ?? "?"
        var out = [Line(text: l10n(.detailAgreementTitle, name), style: Style(bold: true))]
        let check: (Bool) -> String = { $0 ? "[x]" : "[ ]" }
        out += [
            field("agreement-status", l10n.agreementStatus(a.status(on: today))),
            field("workplace", a.workplaceID.flatMap(context.workplace)?.name ?? ""),
            field("contact", a.contactID.flatMap(context.contact)?.name ?? ""),
            field("allowed-tasks", a.allowedTasks),
            field("forbidden-tasks", a.forbiddenTasks),
            field("start-date", l10n.date(a.startDate)),
            field("review-date", l10n.date(a.reviewDate)),
            field("end-date", l10n.date(a.endDate)),
            field("signed-volunteer", l10n.date(a.signedByVolunteer)),
            field("signed-contact", l10n.date(a.signedByContact)),
            Line(text: "\(check(a.confidentialityExplained)) \(l10n(.detailConfidentiality))", indent: 2),
            Line(text: "\(check(a.dutyToReportExplained)) \(l10n(.detailDutyToReport))", indent: 2),
            Line(text: "\(check(a.insuranceExplained)) \(l10n(.detailInsurance))", indent: 2),
            field("expenses", a.expenses),
            Line(text: "\(check(a.regularAttachment)) \(l10n.field("regular-attachment"))", indent: 2),
            certificate(.detailChildCheck, a.childCheck),
            certificate(.detailCriminalCheck, a.criminalCheck),
            field("notes", a.notes),
        ].compactMap { $0 }
        return out
    }

    private func certificate(_ key: TextKey, _ c: CertificateCheck) -> Line {
        guard c.required || c.received != nil else { return Line(text: "\(l10n(key)): \(l10n(.detailNotRequired))", indent: 2) }
        let state = c.received.map { l10n(.detailReceived, l10n.date($0)) }
            ?? c.consentRequested.map { l10n(.detailRequested, l10n.date($0)) }
            ?? l10n(.detailNotRequested)
        let outcome = c.outcome.map { o in
            " · " + (c.assessedBy.isEmpty ? l10n.checkOutcome(o) : l10n(.checkOutcomeAssessedBy, l10n.checkOutcome(o), c.assessedBy))
        } ?? ""
        let note = c.note.isEmpty ? "" : " · \(c.note)"
        return Line(text: "\(l10n(key)): \(state)\(outcome)\(note)", indent: 2)
    }

    private func event(_ e: RecognitionEvent) -> [Line] {
        var out = [Line(text: e.title.isEmpty ? l10n.eventKind(e.kind) : e.title, style: Style(bold: true))]
        out += [
            field("date", l10n.date(e.date)),
            field("kind", l10n.eventKind(e.kind)),
            field("description", e.description),
            field("gift-value", e.giftValue),
            field("notes", e.notes),
        ].compactMap { $0 }
        out.append(Line(text: l10n(.detailAttendees, e.attendeeIDs.count), style: Style(bold: true, underline: true)))
        let people = e.attendeeIDs.compactMap(context.volunteer).sorted { SearchFold.sortKey($0.name) < SearchFold.sortKey($1.name) }
        for v in people { out.append(Line(text: "\(v.name)  \(v.primaryPhone.map(Phone.display) ?? "")", indent: 2)) }
        return out
    }
}
