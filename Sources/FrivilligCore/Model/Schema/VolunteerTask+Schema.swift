extension VolunteerTask {
    /// Every stored field of a task, in the order the form shows them.
    public static let schema: [FieldSpec<VolunteerTask>] = [
        FieldSpec("id", name: "id", label: nil, kind: .id, csv: ["id"]) { $0.id },
        FieldSpec("title", name: "title", label: "field.title", kind: .text, form: .input, detail: .title,
                  csv: ["title"]) { $0.title },
        FieldSpec("description", name: "description", label: "field.description", kind: .text, form: .input,
                  detail: .line, csv: ["description"]) { $0.description },
        FieldSpec("workplaceID", name: "workplace", label: "field.workplace", kind: .reference, form: .choice,
                  detail: .line, csv: ["workplace"]) { $0.workplaceID },
        FieldSpec("contactID", name: "contact", label: "field.contact", kind: .reference, form: .choice,
                  detail: .line, csv: ["contact"]) { $0.contactID },
        FieldSpec("skills", name: "skills", label: "field.skills", kind: .list, form: .input, detail: .line,
                  csv: ["skills"]) { $0.skills },
        FieldSpec("time", name: "time", label: "field.task-time", kind: .group,
                  form: .inputs(["weekdays", "parts-of-day", "from", "until", "ongoing"]), detail: .line,
                  csv: ["weekdays", "parts-of-day", "from", "until", "ongoing"]) { $0.time },
        FieldSpec("wanted", name: "wanted", label: "field.wanted", kind: .number, form: .input, detail: .line,
                  csv: ["wanted"]) { $0.wanted },
        FieldSpec("status", name: "status", label: "field.status", kind: .choice, form: .choice, detail: .title,
                  csv: ["status"]) { $0.status },
        FieldSpec("volunteerIDs", name: "volunteers", label: "field.volunteers", kind: .references, form: .choice,
                  detail: .section, csv: ["volunteers"]) { $0.volunteerIDs },
        FieldSpec("notes", name: "notes", label: "field.notes", kind: .text, form: .input, detail: .line,
                  csv: ["notes"]) { $0.notes },
        FieldSpec("revision", name: "revision", label: nil, kind: .number, csv: ["revision"]) { $0.revision },
    ]
}
