/// The paper trail of a record check (børneattest or straffeattest).
///
/// Only the dates, the outcome and who assessed it are kept, never the certificate
/// itself: the municipality must not hold more criminal-record data than it needs
/// (databeskyttelsesloven §8; Aarhus Kommune deletes the certificate once assessed).
/// The outcome, the assessor and the note never leave the program except in the
/// person's own access export.
public struct CertificateCheck: Codable, Hashable, Sendable {
    /// What the assessment found.
    public enum Outcome: String, Codable, CaseIterable, Sendable {
        /// "ingen anmærkninger"
        case noRemarks
        /// "anmærkninger, vurderet OK af …": `assessedBy` names who.
        case remarksAssessedOK
    }

    public var required: Bool
    /// The day the volunteer was asked for consent to fetch the certificate.
    public var consentRequested: Day?
    public var received: Day?
    /// Nil until the certificate has been assessed.
    public var outcome: Outcome?
    /// Who assessed the certificate (a name and role, e.g. "Lise Holm, leder").
    public var assessedBy: String
    /// A short free-text remark, as stores from before `outcome` kept the result; never
    /// the content of the certificate.
    public var note: String

    public init(required: Bool = false, consentRequested: Day? = nil, received: Day? = nil,
                outcome: Outcome? = nil, assessedBy: String = "", note: String = "") {
        self.required = required
        self.consentRequested = consentRequested
        self.received = received
        self.outcome = outcome
        self.assessedBy = assessedBy
        self.note = note
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        required = try c.decode(Bool.self, forKey: .required, default: false)
        consentRequested = try c.decodeIfPresent(Day.self, forKey: .consentRequested)
        received = try c.decodeIfPresent(Day.self, forKey: .received)
        outcome = try c.decodeIfPresent(Outcome.self, forKey: .outcome)
        assessedBy = try c.decode(String.self, forKey: .assessedBy, default: "")
        note = try c.decode(String.self, forKey: .note, default: "")
    }

    /// The check as it may leave the program (a listing, a spreadsheet): the dates, not
    /// the outcome, the assessor or the note.
    public var withoutAssessment: CertificateCheck {
        CertificateCheck(required: required, consentRequested: consentRequested, received: received)
    }

    /// Required but not yet received: someone has to chase it.
    public var isOutstanding: Bool { required && received == nil }
}
