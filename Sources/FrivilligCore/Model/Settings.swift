/// The register's policy, kept in the store so that every copy of the register (the
/// coordinator's laptop, a colleague's) follows the same rules. Where the law leaves a
/// choice, the default is the practice shared/DANISH-RULES.md names.
///
/// Changed only through `Change.putSettings`, so a change is journalled like any record;
/// two windows saving settings at once: the later save wins, as there is only one value.
public struct Settings: Codable, Hashable, Sendable {
    /// Years a received child-protection check counts for. The law asks for no renewal;
    /// KFUM-KFUK and FDF renew every 3 years.
    public var childCheckRenewalYears: Int
    /// Whether a volunteer who comes back after more than `returnGapMonths` away needs a
    /// new check (DGI counts such a return as a new engagement).
    public var returnNeedsNewCheck: Bool
    public var returnGapMonths: Int
    /// The trigger for an attachment that is not regular (bek. nr. 404/2016 and its
    /// siblings): the check is due at the latest `occasionalWithinWeeks` weeks after the
    /// person has been attached for `occasionalAfterMonths` months.
    public var occasionalAfterMonths: Int
    public var occasionalWithinWeeks: Int

    public init(
        childCheckRenewalYears: Int = 3, returnNeedsNewCheck: Bool = true, returnGapMonths: Int = 12,
        occasionalAfterMonths: Int = 3, occasionalWithinWeeks: Int = 3
    ) {
        self.childCheckRenewalYears = childCheckRenewalYears
        self.returnNeedsNewCheck = returnNeedsNewCheck
        self.returnGapMonths = returnGapMonths
        self.occasionalAfterMonths = occasionalAfterMonths
        self.occasionalWithinWeeks = occasionalWithinWeeks
    }

    /// The JSON keys, one per stored field; `schema` describes each, and a test holds the
    /// two to each other.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case childCheckRenewalYears, returnNeedsNewCheck, returnGapMonths, occasionalAfterMonths, occasionalWithinWeeks
    }

    /// A setting missing from the file (one written before it existed) takes its default.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Settings()
        childCheckRenewalYears = try c.decodeWhole(forKey: .childCheckRenewalYears, default: d.childCheckRenewalYears)
        returnNeedsNewCheck = try c.decode(Bool.self, forKey: .returnNeedsNewCheck, default: d.returnNeedsNewCheck)
        returnGapMonths = try c.decodeWhole(forKey: .returnGapMonths, default: d.returnGapMonths)
        occasionalAfterMonths = try c.decodeWhole(forKey: .occasionalAfterMonths, default: d.occasionalAfterMonths)
        occasionalWithinWeeks = try c.decodeWhole(forKey: .occasionalWithinWeeks, default: d.occasionalWithinWeeks)
    }
}

extension KeyedDecodingContainer {
    /// A whole-number setting; the default when missing. A number that is no `Int`
    /// (`1.5`, `99999999999999999999`) would reach the user as "not valid JSON" for valid
    /// JSON, so the field is named instead, as `decodeRevision` does.
    fileprivate func decodeWhole(forKey key: Key, default value: Int) throws -> Int {
        do {
            return try decode(Int.self, forKey: key, default: value)
        } catch let error as DecodingError {
            throw error
        } catch {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "expected a whole number")
        }
    }
}
