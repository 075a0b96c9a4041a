/// Turns what a person typed into stored values, collecting every problem at once so a
/// form or a command can report them all instead of one per attempt.
public struct Validator: Sendable {
    public private(set) var errors: [FieldError] = []

    public init() {}

    /// A required name, trimmed.
    public mutating func name(_ text: String, field: String = "name") -> String {
        let trimmed = text.trimmingWhitespace
        if trimmed.isEmpty { errors.append(FieldError(field: field, value: text, rule: .required)) }
        return trimmed
    }

    /// Free text, trimmed; never rejected.
    public func text(_ text: String) -> String { text.trimmingWhitespace }

    /// An optional phone number in stored form; empty input gives nil.
    public mutating func phone(_ text: String, field: String = "phone", required: Bool = false) -> String? {
        let trimmed = text.trimmingWhitespace
        if trimmed.isEmpty {
            if required { errors.append(FieldError(field: field, value: text, rule: .required)) }
            return nil
        }
        guard let phone = Phone.normalise(trimmed) else {
            errors.append(FieldError(field: field, value: text, rule: .phone))
            return nil
        }
        return phone
    }

    /// An optional e-mail address; empty stays empty.
    public mutating func email(_ text: String, field: String = "email") -> String {
        let trimmed = text.trimmingWhitespace
        if !trimmed.isEmpty && !Email.isValid(trimmed) {
            errors.append(FieldError(field: field, value: text, rule: .email))
        }
        return trimmed
    }

    /// An optional date in any accepted form; empty gives nil.
    public mutating func day(_ text: String, field: String, required: Bool = false) -> Day? {
        let trimmed = text.trimmingWhitespace
        if trimmed.isEmpty {
            if required { errors.append(FieldError(field: field, value: text, rule: .required)) }
            return nil
        }
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
}
