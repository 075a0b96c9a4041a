extension RecognitionEvent {
    /// Every stored field of a recognition event, in the order the form shows them.
    /// Events are exported for reading, not imported, so none has a spreadsheet column here.
    public static let schema: [FieldSpec<RecognitionEvent>] = [
        FieldSpec("id", name: "id", label: nil, kind: .id) { $0.id },
        FieldSpec("date", name: "date", label: "field.date", kind: .date, form: .input, detail: .line) { $0.date },
        FieldSpec("kind", name: "kind", label: "field.kind", kind: .choice, form: .choice, detail: .line) { $0.kind },
        FieldSpec("title", name: "title", label: "field.title", kind: .text, form: .input, detail: .title) { $0.title },
        FieldSpec("description", name: "description", label: "field.description", kind: .text, form: .input,
                  detail: .line) { $0.description },
        FieldSpec("giftValue", name: "gift-value", label: "field.gift-value", kind: .text, form: .input,
                  detail: .line) { $0.giftValue },
        FieldSpec("notes", name: "notes", label: "field.notes", kind: .text, form: .input, detail: .line) { $0.notes },
        FieldSpec("attendeeIDs", name: "attendees", label: "field.attendees", kind: .references, form: .attendees,
                  detail: .section) { $0.attendeeIDs },
        FieldSpec("revision", name: "revision", label: nil, kind: .number) { $0.revision },
    ]
}
