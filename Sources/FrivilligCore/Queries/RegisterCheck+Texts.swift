extension RegisterCheck {
    /// A record's stored texts under the keys its form files errors under, in form order,
    /// so `check` names the field the coordinator has to correct. E-mail and phone
    /// numbers are left to the checks of their own formats.
    static func texts(of v: Volunteer) -> [(field: String, value: String)] {
        var texts: [(field: String, value: String)] = [("name", v.name), ("address", v.address),
                                                         ("postal-code", v.postalCode), ("city", v.city)]
        texts += v.skills.map { ("skills", $0) } + v.interests.map { ("interests", $0) }
        texts += [("availability-note", v.availability.note), ("membership-name", v.membership.name)]
        for (i, contact) in v.emergencyContacts.enumerated() {
            texts += [("emergency-name.\(i + 1)", contact.name), ("emergency-relation.\(i + 1)", contact.relation)]
        }
        return texts + v.tags.map { ("tags", $0) } + [("notes", v.notes)]
    }

    static func texts(of c: Contact) -> [(field: String, value: String)] {
        [("name", c.name), ("organisation", c.organisation), ("role", c.role), ("notes", c.notes)]
    }

    static func texts(of w: Workplace) -> [(field: String, value: String)] {
        [("name", w.name), ("area", w.area), ("address", w.address), ("guidelines", w.guidelines)]
    }

    static func texts(of a: Agreement) -> [(field: String, value: String)] {
        [("allowed-tasks", a.allowedTasks), ("forbidden-tasks", a.forbiddenTasks), ("expenses", a.expenses),
         ("child-note", a.childCheck.note), ("criminal-note", a.criminalCheck.note), ("notes", a.notes),
         ("child-assessed-by", a.childCheck.assessedBy), ("criminal-assessed-by", a.criminalCheck.assessedBy)]
    }

    static func texts(of e: RecognitionEvent) -> [(field: String, value: String)] {
        [("title", e.title), ("description", e.description), ("gift-value", e.giftValue), ("notes", e.notes)]
    }

    static func texts(of t: VolunteerTask) -> [(field: String, value: String)] {
        [("title", t.title), ("description", t.description)] + t.skills.map { ("skills", $0) } + [("notes", t.notes)]
    }

    static func texts(of a: Association) -> [(field: String, value: String)] {
        [("name", a.name), ("area", a.area), ("web", a.web), ("address", a.address), ("notes", a.notes)]
    }

    /// One problem for each text its field's rules refuse, as the form would at the next
    /// edit: after trimming, so a trailing line break (which a save drops) is no problem.
    /// Only a text that breaks a rule is trimmed, since most break none.
    static func textIssues(_ texts: [(field: String, value: String)]) -> [RegisterProblem.Issue] {
        texts.compactMap { text in
            guard TextRules.violation(in: text.value, field: text.field) != nil else { return nil }
            return TextRules.violation(in: text.value.trimmingWhitespace, field: text.field).map { .invalidText(field: text.field, $0) }
        }
    }
}
