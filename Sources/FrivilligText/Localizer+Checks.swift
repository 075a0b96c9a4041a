import FrivilligCore

extension Localizer {
    /// A check's outcome in words: "ingen anmærkninger", "anmærkninger, vurderet OK".
    public func checkOutcome(_ outcome: CertificateCheck.Outcome) -> String {
        switch outcome {
        case .noRemarks: return self(.checkOutcomeNoRemarks)
        case .remarksAssessedOK: return self(.checkOutcomeRemarksAssessedOK)
        }
    }
}
