/// One stored field of a record kind, described once: the codecs, the history, the
/// forms, the detail screens and the spreadsheets are driven by these descriptions or
/// held to them by tests, so a new field is declared here and the tests name every
/// place that has not caught up yet.
public struct FieldSpec<Record>: Sendable {
    /// The key in the store's JSON (the model's `CodingKeys` case).
    public let key: String
    /// The field's name in forms, validation messages, history and `--map`
    /// (`birth-date`), where a person, not a program, reads it.
    public let name: String
    /// The language files' key of the field's label (`field.birth-date`); nil for the
    /// bookkeeping fields no screen names (revision, timestamps).
    public let label: String?
    public let kind: FieldKind
    /// How a form edits it; nil when no form does (the id, the timestamps).
    public let form: FormEdit?
    /// How a detail screen shows it; nil when it does not.
    public let detail: DetailShow?
    /// The `--map` names of the person spreadsheet's columns that carry it, in export
    /// order; empty when the field is not in a spreadsheet that is read back.
    public let csv: [String]
    /// Whether a volunteer's history names the field when a save changes it.
    public let history: Bool
    /// The key of the field this one changes along with (a status's date follows the
    /// status): history names it only when a save changed it on its own.
    public let follows: String?
    private let compare: @Sendable (Record, Record) -> Bool

    public init<Value: Equatable>(
        _ key: String, name: String, label: String?, kind: FieldKind, form: FormEdit? = nil,
        detail: DetailShow? = nil, csv: [String] = [], history: Bool = false,
        follows: String? = nil, value: @escaping @Sendable (Record) -> Value
    ) {
        self.key = key
        self.name = name
        self.label = label
        self.kind = kind
        self.form = form
        self.detail = detail
        self.csv = csv
        self.history = history
        self.follows = follows
        compare = { value($0) != value($1) }
    }

    /// Whether two versions of a record hold different values here.
    public func differs(_ a: Record, _ b: Record) -> Bool { compare(a, b) }
}
