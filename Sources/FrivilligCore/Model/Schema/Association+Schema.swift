extension Association {
    /// Every stored field of an association or network, in the order the form shows them.
    public static let schema: [FieldSpec<Association>] = [
        FieldSpec("id", name: "id", label: nil, kind: .id, csv: ["id"]) { $0.id },
        FieldSpec("name", name: "name", label: "field.name", kind: .text, form: .input, detail: .title,
                  csv: ["name"]) { $0.name },
        FieldSpec("kind", name: "kind", label: "field.kind", kind: .choice, form: .choice, detail: .line,
                  csv: ["kind"]) { $0.kind },
        FieldSpec("area", name: "area", label: "field.area", kind: .text, form: .input, detail: .line,
                  csv: ["area"]) { $0.area },
        FieldSpec("contactIDs", name: "contacts", label: "field.contacts", kind: .references, form: .choice,
                  detail: .section, csv: ["contacts"]) { $0.contactIDs },
        FieldSpec("phone", name: "phone", label: "field.phone", kind: .phone, form: .input, detail: .line,
                  csv: ["phone"]) { $0.phone },
        FieldSpec("email", name: "email", label: "field.email", kind: .email, form: .input, detail: .line,
                  csv: ["email"]) { $0.email },
        FieldSpec("web", name: "web", label: "field.web", kind: .text, form: .input, detail: .line,
                  csv: ["web"]) { $0.web },
        FieldSpec("address", name: "address", label: "field.address", kind: .text, form: .input, detail: .line,
                  csv: ["address"]) { $0.address },
        FieldSpec("notes", name: "notes", label: "field.notes", kind: .text, form: .input, detail: .line,
                  csv: ["notes"]) { $0.notes },
        FieldSpec("listedSince", name: "listed-since", label: "field.listed-since", kind: .date, form: .input,
                  detail: .line, csv: ["listed-since"]) { $0.listedSince },
        FieldSpec("revision", name: "revision", label: nil, kind: .number, csv: ["revision"]) { $0.revision },
    ]
}
