/// What a field holds, as far as reading, writing and checking it go.
public enum FieldKind: Sendable, Equatable {
    /// The record's own id.
    case id
    case text
    /// Free-text items (skills, tags), typed comma-separated.
    case list
    /// A calendar day, `yyyy-MM-dd`.
    case date
    /// A moment, ISO 8601 in UTC.
    case timestamp
    /// A normalised phone number, or several, the one to try first first.
    case phone, phones
    case email
    /// One of a fixed set of values (a status, a kind).
    case choice
    case flag
    /// The id of another record, or a list of them.
    case reference, references
    /// A whole number the store keeps (the revision).
    case number
    /// A value of several parts (availability, a certificate check, relatives).
    case group
}

/// How a form edits a field.
public enum FormEdit: Sendable, Equatable {
    /// One text input under the field's name.
    case input
    /// One list to pick from (single or several).
    case choice
    case checkbox
    /// Several inputs, by their form ids (`weekdays`, `availability-note`).
    case inputs([String])
    /// Rows of inputs repeated per item, by the ids' stems (`emergency-name` becomes
    /// `emergency-name.1`, `emergency-name.2` …).
    case rows([String])
    /// The event's attendee list.
    case attendees
}

/// How a detail screen shows a field.
public enum DetailShow: Sendable, Equatable {
    /// In the record's title line.
    case title
    /// A `Label: value` line, left out when empty.
    case line
    /// A `[x] text` line.
    case check
    /// A section of its own below the fields (relatives, workplaces, attendees).
    case section
}
