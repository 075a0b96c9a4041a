import Foundation

/// Finds what is inconsistent or suspicious in a register, e.g. after an import, a hand
/// edit of the file or a merge: references to records that are gone, ids used twice,
/// values that bypassed validation (text that today's input rules refuse included), and
/// volunteers entered twice.
///
/// Problems come in register order (volunteers, contacts, workplaces, agreements, events,
/// tasks, associations, each in file order), so a report is stable from run to run. Every comparison goes
/// through a hash, so the cost grows linearly with the register (plus one problem per
/// reported pair of look-alikes).
public enum RegisterCheck {
    public static func problems(in register: Register) -> [RegisterProblem] {
        let known = KnownIDs(register)
        return volunteerProblems(register.volunteers, known: known)
            + contactProblems(register.contacts)
            + workplaceProblems(register.workplaces, known: known)
            + agreementProblems(register.agreements, known: known)
            + eventProblems(register.events, known: known)
            + taskProblems(register.tasks, known: known)
            + associationProblems(register.associations, known: known)
    }

    /// The ids present of each kind, and volunteers' names for naming agreements.
    struct KnownIDs {
        let volunteers: [UUID: String]
        let contacts: Set<UUID>
        let workplaces: Set<UUID>
        let associations: Set<UUID>

        init(_ register: Register) {
            associations = Set(register.associations.map(\.id))
            volunteers = Dictionary(register.volunteers.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            contacts = Set(register.contacts.map(\.id))
            workplaces = Set(register.workplaces.map(\.id))
        }
    }

    private static func volunteerProblems(_ volunteers: [Volunteer], known: KnownIDs) -> [RegisterProblem] {
        var seen = Set<UUID>()
        var duplicates = DuplicateFinder()
        var problems: [RegisterProblem] = []
        for v in volunteers {
            let record = RegisterProblem.Record(kind: .volunteer, id: v.id, name: v.name)
            let stored = v.phones.map(Phone.normalise)
            var issues = commonIssues(id: v.id, name: v.name, phones: v.phones, stored: stored, email: v.email, seen: &seen)
                + textIssues(texts(of: v))
            for (i, contact) in v.emergencyContacts.enumerated() {
                if contact.name.trimmingWhitespace.isEmpty { issues.append(.emergencyContactWithoutName(index: i)) }
                if contact.phone.trimmingWhitespace.isEmpty {
                    issues.append(.emergencyContactWithoutPhone(index: i))
                } else if Phone.normalise(contact.phone) != contact.phone {
                    issues.append(.phoneNotNormalised(contact.phone))
                }
            }
            issues += v.workplaceIDs.filter { !known.workplaces.contains($0) }.map { .missingWorkplace($0) }
            if let a = v.membership.associationID, !known.associations.contains(a) { issues.append(.missingAssociation(a)) }
            let phones = zip(v.phones, stored).map { typed, stored in stored ?? typed }
            issues += duplicates.matches(for: record, phones: phones, email: v.email)
                .map { .likelyDuplicate(of: $0.record, because: $0.evidence) }
            problems += issues.map { RegisterProblem(record: record, issue: $0) }
        }
        return problems
    }

    private static func contactProblems(_ contacts: [Contact]) -> [RegisterProblem] {
        var seen = Set<UUID>()
        return contacts.flatMap { c in
            let phones = c.phone.isEmpty ? [] : [c.phone]
            let issues = commonIssues(
                id: c.id, name: c.name, phones: phones, stored: phones.map(Phone.normalise), email: c.email, seen: &seen)
                + textIssues(texts(of: c))
            return issues.map { RegisterProblem(record: .init(kind: .contact, id: c.id, name: c.name), issue: $0) }
        }
    }

    private static func workplaceProblems(_ workplaces: [Workplace], known: KnownIDs) -> [RegisterProblem] {
        var seen = Set<UUID>()
        return workplaces.flatMap { w in
            let issues = commonIssues(id: w.id, name: w.name, phones: [], stored: [], email: "", seen: &seen)
                + textIssues(texts(of: w))
                + w.contactIDs.filter { !known.contacts.contains($0) }.map { .missingContact($0) }
            return issues.map { RegisterProblem(record: .init(kind: .workplace, id: w.id, name: w.name), issue: $0) }
        }
    }

    private static func agreementProblems(_ agreements: [Agreement], known: KnownIDs) -> [RegisterProblem] {
        var seen = Set<UUID>()
        return agreements.flatMap { a in
            var issues: [RegisterProblem.Issue] = seen.insert(a.id).inserted ? [] : [.duplicateID]
            issues += textIssues(texts(of: a))
            if known.volunteers[a.volunteerID] == nil { issues.append(.missingVolunteer(a.volunteerID)) }
            if let w = a.workplaceID, !known.workplaces.contains(w) { issues.append(.missingWorkplace(w)) }
            if let c = a.contactID, !known.contacts.contains(c) { issues.append(.missingContact(c)) }
            if let start = a.startDate {
                if let end = a.endDate, end < start { issues.append(.endBeforeStart(start: start, end: end)) }
                if let review = a.reviewDate, review < start { issues.append(.reviewBeforeStart(start: start, review: review)) }
            }
            let record = RegisterProblem.Record(kind: .agreement, id: a.id, name: known.volunteers[a.volunteerID] ?? "")
            return issues.map { RegisterProblem(record: record, issue: $0) }
        }
    }

    private static func eventProblems(_ events: [RecognitionEvent], known: KnownIDs) -> [RegisterProblem] {
        var seen = Set<UUID>()
        return events.flatMap { e in
            let issues: [RegisterProblem.Issue] = (seen.insert(e.id).inserted ? [] : [.duplicateID])
                + e.attendeeIDs.filter { known.volunteers[$0] == nil }.map { .missingAttendee($0) }
                + textIssues(texts(of: e))
            return issues.map { RegisterProblem(record: .init(kind: .event, id: e.id, name: e.title), issue: $0) }
        }
    }

    private static func taskProblems(_ tasks: [VolunteerTask], known: KnownIDs) -> [RegisterProblem] {
        var seen = Set<UUID>()
        return tasks.flatMap { t in
            var issues = commonIssues(id: t.id, name: t.title, phones: [], stored: [], email: "", seen: &seen) + textIssues(texts(of: t))
            if let w = t.workplaceID, !known.workplaces.contains(w) { issues.append(.missingWorkplace(w)) }
            if let c = t.contactID, !known.contacts.contains(c) { issues.append(.missingContact(c)) }
            issues += t.volunteerIDs.filter { known.volunteers[$0] == nil }.map { .missingVolunteer($0) }
            return issues.map { RegisterProblem(record: .init(kind: .task, id: t.id, name: t.title), issue: $0) }
        }
    }

    private static func associationProblems(_ associations: [Association], known: KnownIDs) -> [RegisterProblem] {
        var seen = Set<UUID>()
        return associations.flatMap { a in
            let phones = a.phone.isEmpty ? [] : [a.phone]
            let issues = commonIssues(id: a.id, name: a.name, phones: phones, stored: phones.map(Phone.normalise), email: a.email, seen: &seen)
                + textIssues(texts(of: a))
                + a.contactIDs.filter { !known.contacts.contains($0) }.map { .missingContact($0) }
            return issues.map { RegisterProblem(record: .init(kind: .association, id: a.id, name: a.name), issue: $0) }
        }
    }

    /// The checks every named record with phones and e-mail shares; `stored` is what
    /// `Phone.normalise` makes of each phone, worked out once by the caller.
    private static func commonIssues(
        id: UUID, name: String, phones: [String], stored: [String?], email: String, seen: inout Set<UUID>
    ) -> [RegisterProblem.Issue] {
        var issues: [RegisterProblem.Issue] = seen.insert(id).inserted ? [] : [.duplicateID]
        if name.trimmingWhitespace.isEmpty { issues.append(.emptyName) }
        issues += zip(phones, stored).filter { $0 != $1 }.map { .phoneNotNormalised($0.0) }
        if let issue = textIssues([("email", email)]).first {
            issues.append(issue)
        } else if !email.isEmpty && !Email.isValid(email) {
            issues.append(.invalidEmail(email))
        }
        return issues
    }
}
