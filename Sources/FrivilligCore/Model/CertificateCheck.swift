/// The paper trail of a record check (børneattest or straffeattest).
///
/// Only dates and a short note are kept, never the certificate itself: the municipality
/// must not hold more criminal-record data than it needs.
public struct CertificateCheck: Codable, Hashable, Sendable {
    public var required: Bool
    /// The day the volunteer was asked for consent to fetch the certificate.
    public var consentRequested: Day?
    public var received: Day?
    /// A short result, e.g. "ingen anmærkninger" — never the content of the certificate.
    public var note: String

    public init(required: Bool = false, consentRequested: Day? = nil, received: Day? = nil, note: String = "") {
        self.required = required
        self.consentRequested = consentRequested
        self.received = received
        self.note = note
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        required = try c.decode(Bool.self, forKey: .required, default: false)
        consentRequested = try c.decodeIfPresent(Day.self, forKey: .consentRequested)
        received = try c.decodeIfPresent(Day.self, forKey: .received)
        note = try c.decode(String.self, forKey: .note, default: "")
    }

    /// Required but not yet received: someone has to chase it.
    public var isOutstanding: Bool { required && received == nil }
}
