/// A volunteer's consent (samtykke, GDPR art. 6–7): when it was given, what it covers,
/// how it was given, and when it was withdrawn. The coordinator must be able to show all
/// four to a data-protection officer, so each is kept, not just a date.
///
/// A withdrawal withdraws the whole consent; narrowing it (no more photos) is a new
/// consent with fewer scopes. Stores written before consent had scopes kept a bare
/// `consentDate`, which meant consent to the register: it reads as that.
public struct Consent: Codable, Hashable, Sendable {
    /// What the volunteer consented to.
    public enum Scope: String, Codable, CaseIterable, Sendable {
        /// Being kept in this register at all.
        case register
        /// Photos of them being taken and used.
        case photos
        /// Their contact details being given to the workplace.
        case sharing
    }

    /// How the consent was given, which is what proves it (art. 7(1)).
    public enum Method: String, Codable, CaseIterable, Sendable {
        case written, email, oral, digital
    }

    public var given: Day?
    /// In `Scope.allCases` order, each once.
    public var scopes: [Scope]
    public var method: Method?
    public var withdrawn: Day?

    public init(given: Day? = nil, scopes: [Scope] = [], method: Method? = nil, withdrawn: Day? = nil) {
        self.given = given
        self.scopes = Scope.allCases.filter(scopes.contains)
        self.method = method
        self.withdrawn = withdrawn
    }

    /// What a store's old `consentDate` meant.
    public static func legacy(_ date: Day?) -> Consent {
        date.map { Consent(given: $0, scopes: [.register]) } ?? Consent()
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        given = try c.decodeIfPresent(Day.self, forKey: .given)
        scopes = try c.decodeIfPresent([Scope].self, forKey: .scopes) ?? []
        method = try c.decodeIfPresent(Method.self, forKey: .method)
        withdrawn = try c.decodeIfPresent(Day.self, forKey: .withdrawn)
    }

    public var isEmpty: Bool { given == nil && scopes.isEmpty && method == nil && withdrawn == nil }

    public var isWithdrawn: Bool { withdrawn != nil }

    /// Whether the consent is given for `scope` and not withdrawn.
    public func covers(_ scope: Scope) -> Bool {
        given != nil && withdrawn == nil && scopes.contains(scope)
    }

    /// Why a consent cannot be stored as it is.
    public enum Problem: Sendable, Equatable {
        /// Scopes or a method without the day it was given.
        case scopesWithoutDate
        case withdrawnBeforeGiven
    }

    /// What is wrong with this consent, or nil.
    public var problem: Problem? {
        if let given, let withdrawn, withdrawn < given { return .withdrawnBeforeGiven }
        if given == nil, !scopes.isEmpty || method != nil { return .scopesWithoutDate }
        return nil
    }
}
