extension AccessRequest {
    /// Every stored field of an access request. Requests are kept on the command line
    /// and in the person's own export, not in a form or a spreadsheet.
    public static let schema: [FieldSpec<AccessRequest>] = [
        FieldSpec("id", name: "id", label: nil, kind: .id) { $0.id },
        FieldSpec("volunteerID", name: "volunteer", label: "field.volunteer", kind: .reference, detail: .line) { $0.volunteerID },
        FieldSpec("name", name: "name", label: "field.name", kind: .text, detail: .title) { $0.name },
        FieldSpec("received", name: "received", label: "field.received", kind: .date, detail: .line) { $0.received },
        FieldSpec("extensionReason", name: "extension-reason", label: "field.extension-reason", kind: .text,
                  detail: .line) { $0.extensionReason },
        FieldSpec("answered", name: "answered", label: "field.answered", kind: .date, detail: .line) { $0.answered },
        FieldSpec("answerFile", name: "answer-file", label: "field.answer-file", kind: .text, detail: .line) { $0.answerFile },
        FieldSpec("revision", name: "revision", label: nil, kind: .number) { $0.revision },
    ]
}
