extension Workplace {
    /// Every stored field of a workplace, in the order the form shows them. A workplace's
    /// address keeps its postal code and town: spreadsheets with columns of their own for
    /// them are joined into it.
    public static let schema: [FieldSpec<Workplace>] = [
        FieldSpec("id", name: "id", label: nil, kind: .id, csv: ["id"]) { $0.id },
        FieldSpec("name", name: "name", label: "field.name", kind: .text, form: .input, detail: .title,
                  csv: ["name"]) { $0.name },
        FieldSpec("area", name: "area", label: "field.area", kind: .text, form: .input, detail: .line,
                  csv: ["area"]) { $0.area },
        FieldSpec("address", name: "address", label: "field.address", kind: .text, form: .input, detail: .line,
                  csv: ["address", "postal-code", "city"]) { $0.address },
        FieldSpec("contactIDs", name: "contacts", label: "field.contacts", kind: .references, form: .choice,
                  detail: .section, csv: ["contacts"]) { $0.contactIDs },
        FieldSpec("guidelines", name: "guidelines", label: "field.guidelines", kind: .text, form: .input,
                  detail: .line, csv: ["guidelines"]) { $0.guidelines },
        FieldSpec("worksWithChildren", name: "works-with-children", label: "field.works-with-children", kind: .flag,
                  form: .checkbox, detail: .check, csv: ["works-with-children"]) { $0.worksWithChildren },
        FieldSpec("revision", name: "revision", label: nil, kind: .number, csv: ["revision"]) { $0.revision },
    ]
}
