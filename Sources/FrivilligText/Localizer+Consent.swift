import FrivilligCore

extension Localizer {
    public func consentScope(_ scope: Consent.Scope) -> String {
        switch scope {
        case .register: return self(.consentScopeRegister)
        case .photos: return self(.consentScopePhotos)
        case .sharing: return self(.consentScopeSharing)
        }
    }

    public func consentMethod(_ method: Consent.Method) -> String {
        switch method {
        case .written: return self(.consentMethodWritten)
        case .email: return self(.consentMethodEmail)
        case .oral: return self(.consentMethodOral)
        case .digital: return self(.consentMethodDigital)
        }
    }

    /// One line for a detail screen or the command line: "givet 01.08.2019 skriftligt:
    /// registret, billeder · trukket tilbage 03.02.2026"; empty when nothing is recorded.
    public func consentSummary(_ c: Consent) -> String {
        var given = c.given.map { self(.consentGiven, date($0)) } ?? ""
        if let method = c.method { given += (given.isEmpty ? "" : " ") + consentMethod(method) }
        let scopes = c.scopes.map(consentScope).joined(separator: ", ")
        if !scopes.isEmpty { given += (given.isEmpty ? "" : ": ") + scopes }
        let withdrawn = c.withdrawn.map { self(.consentWithdrawnOn, date($0)) } ?? ""
        return [given, withdrawn].filter { !$0.isEmpty }.joined(separator: " · ")
    }

    public func consentProblem(_ problem: Consent.Problem, label: String) -> String {
        switch problem {
        case .scopesWithoutDate: return self(.consentProblemScopesWithoutDate, label)
        case .withdrawnBeforeGiven: return self(.consentProblemWithdrawnBeforeGiven, label)
        }
    }

    /// The parts of the volunteer's consent that forms and spreadsheets take one by one.
    static let consentPartLabels: [String: TextKey] = [
        "consent-date": .fieldConsentDate, "consent-scopes": .fieldConsentScopes,
        "consent-how": .fieldConsentHow, "consent-withdrawn": .fieldConsentWithdrawn,
    ]
}
