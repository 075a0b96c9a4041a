extension Contact {
    /// Every stored field of a contact, in the order the form shows them.
    public static let schema: [FieldSpec<Contact>] = [
        FieldSpec("id", name: "id", label: nil, kind: .id, csv: ["id"]) { $0.id },
        FieldSpec("name", name: "name", label: "field.name", kind: .text, form: .input, detail: .title,
                  csv: ["name", "first-name", "last-name"]) { $0.name },
        FieldSpec("kind", name: "kind", label: "field.kind", kind: .choice, form: .choice, detail: .line,
                  csv: ["kind"]) { $0.kind },
        FieldSpec("organisation", name: "organisation", label: "field.organisation", kind: .text, form: .input,
                  detail: .line, csv: ["organisation"]) { $0.organisation },
        FieldSpec("role", name: "role", label: "field.role", kind: .text, form: .input, detail: .line,
                  csv: ["role"]) { $0.role },
        FieldSpec("phone", name: "phone", label: "field.phone", kind: .phone, form: .input, detail: .line,
                  csv: ["phone"]) { $0.phone },
        FieldSpec("email", name: "email", label: "field.email", kind: .email, form: .input, detail: .line,
                  csv: ["email"]) { $0.email },
        FieldSpec("notes", name: "notes", label: "field.notes", kind: .text, form: .input, detail: .line,
                  csv: ["notes"]) { $0.notes },
        FieldSpec("unlinkedSince", name: "unlinked-since", label: "field.unlinked-since", kind: .date) { $0.unlinkedSince },
        FieldSpec("revision", name: "revision", label: nil, kind: .number, csv: ["revision"]) { $0.revision },
    ]
}
