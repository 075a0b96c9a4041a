/// Turns what a person typed into stored values, collecting every problem at once so a
/// form or a command can report them all instead of one per attempt.
///
/// Every text goes through `TextRules` for its field, so what one way in (a command, a
/// form, the import) refuses, the others refuse too.
public struct Validator: Sendable {
    public private(set) var errors: [FieldError] = []

    public init() {}

    /// A required name, trimmed.
    public mutating func name(_ text: String, field: String = "name") -> String {
        let trimmed = text.trimmingWhitespace
        if trimmed.isEmpty {
            errors.append(FieldError(field: field, value: text, rule: .required))
        } else {
            obeysTextRules(trimmed, field: field)
        }
        return trimmed
    }

    /// Optional text, trimmed; whether it may hold line breaks is its field's shape.
    public mutating func text(_ text: String, field: String) -> String {
        let trimmed = text.trimmingWhitespace
        obeysTextRules(trimmed, field: field)
        return trimmed
    }

    /// Items of a list (skills, tags), trimmed, without empty ones; each is one value of `field`.
    public mutating func list(_ items: [String], field: String) -> [String] {
        items.map { text($0, field: field) }.filter { !$0.isEmpty }
    }

    /// An optional phone number in stored form; empty input gives nil.
    public mutating func phone(_ text: String, field: String = "phone", required: Bool = false) -> String? {
        let trimmed = text.trimmingWhitespace
        if trimmed.isEmpty {
            if required { errors.append(FieldError(field: field, value: text, rule: .required)) }
            return nil
        }
        guard obeysTextRules(trimmed, field: field) else { return nil }
        guard let phone = Phone.normalise(trimmed) else {
            errors.append(FieldError(field: field, value: text, rule: .phone))
            return nil
        }
        return phone
    }

    /// An optional e-mail address; empty stays empty.
    public mutating func email(_ text: String, field: String = "email") -> String {
        let trimmed = text.trimmingWhitespace
        if !trimmed.isEmpty && obeysTextRules(trimmed, field: field) && !Email.isValid(trimmed) {
            errors.append(FieldError(field: field, value: text, rule: .email))
        }
        return trimmed
    }

    /// An optional date in any accepted form; empty gives nil. A CPR number typed as a
    /// birth date is refused as one, not as a wrong date, so the message says why.
    public mutating func day(_ text: String, field: String, required: Bool = false) -> Day? {
        let trimmed = text.trimmingWhitespace
        if trimmed.isEmpty {
            if required { errors.append(FieldError(field: field, value: text, rule: .required)) }
            return nil
        }
        guard obeysTextRules(trimmed, field: field) else { return nil }
        guard let day = Day.parse(trimmed) else {
            errors.append(FieldError(field: field, value: text, rule: .date))
            return nil
        }
        return day
    }

    public mutating func eventKind(_ text: String, field: String = "kind") -> EventKind? {
        guard let kind = EventKind(parsing: text) else {
            errors.append(FieldError(field: field, value: text, rule: text.trimmingWhitespace.isEmpty ? .required : .eventKind))
            return nil
        }
        return kind
    }

    public mutating func record(_ error: FieldError) { errors.append(error) }

    /// Throws when anything was rejected, so that nothing half-valid is written.
    public func check() throws(RegisterError) {
        if !errors.isEmpty { throw .invalid(errors) }
    }

    /// Records the first text rule `text` breaks in `field`; false when it broke one.
    @discardableResult
    private mutating func obeysTextRules(_ text: String, field: String) -> Bool {
        guard let violation = TextRules.violation(in: text, field: field) else { return true }
        errors.append(FieldError(field: field, value: text, rule: .text(violation)))
        return false
    }
}
