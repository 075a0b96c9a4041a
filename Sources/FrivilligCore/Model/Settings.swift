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

    // Retention (GDPR art. 5(1)(e)). The law sets no periods: personal data goes when its
    // purpose ends (Datatilsynet). The defaults are those the register's purpose suggests;
    // `Retention` lists what is due under them.

    /// Months after stopping that a volunteer is anonymised: a year covers the season's
    /// thank-you and the grant report of the following 1 April, and anonymising keeps
    /// what the statistics count.
    public var anonymiseStoppedMonths: Int
    /// Months a paused volunteer may go without activity (no event attended, no agreement
    /// dated, no save of their record) before being anonymised: two years, as a pause
    /// is meant to end in a return.
    public var anonymisePausedMonths: Int
    /// Months after being declined that an applicant is erased, not anonymised: they never
    /// volunteered, so no statistic needs them; half a year answers a complaint.
    public var eraseDeclinedMonths: Int
    /// Months a contact may be linked to nothing (no workplace lists them, no agreement
    /// names them, no volunteer is a member of the association they represent) before
    /// being erased: as long as a paused volunteer, since a workplace may take them up again.
    public var eraseContactsMonths: Int
    /// Months the history (`store.json.history`) keeps a change; older lines go at the
    /// next compaction. Two years, the longest of the periods above: a history line
    /// holds old values of personal data, and the statistics read the status periods in
    /// the record, not the history.
    public var historyMonths: Int

    /// The sender of the welcome letters. Not a policy, so not in `schema` and its
    /// `CodingKeys`: it has its own table (`Letterhead.schema`).
    public var letterhead: Letterhead = Letterhead()

    public init(
        childCheckRenewalYears: Int = 3, returnNeedsNewCheck: Bool = true, returnGapMonths: Int = 12,
        occasionalAfterMonths: Int = 3, occasionalWithinWeeks: Int = 3,
        anonymiseStoppedMonths: Int = 12, anonymisePausedMonths: Int = 24, eraseDeclinedMonths: Int = 6,
        eraseContactsMonths: Int = 24, historyMonths: Int = 24
    ) {
        self.childCheckRenewalYears = childCheckRenewalYears
        self.returnNeedsNewCheck = returnNeedsNewCheck
        self.returnGapMonths = returnGapMonths
        self.occasionalAfterMonths = occasionalAfterMonths
        self.occasionalWithinWeeks = occasionalWithinWeeks
        self.anonymiseStoppedMonths = anonymiseStoppedMonths
        self.anonymisePausedMonths = anonymisePausedMonths
        self.eraseDeclinedMonths = eraseDeclinedMonths
        self.eraseContactsMonths = eraseContactsMonths
        self.historyMonths = historyMonths
    }

    /// The JSON keys, one per stored field; `schema` describes each, and a test holds the
    /// two to each other.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case childCheckRenewalYears, returnNeedsNewCheck, returnGapMonths, occasionalAfterMonths, occasionalWithinWeeks
        case anonymiseStoppedMonths, anonymisePausedMonths, eraseDeclinedMonths, eraseContactsMonths, historyMonths
    }

    /// The key of the letterhead, apart from the policy settings' `CodingKeys`.
    enum LetterheadKey: String, CodingKey {
        case letterhead
    }

    /// A setting missing from the file (one written before it existed) takes its default.
    public init(from decoder: Decoder) throws {
        letterhead = try decoder.container(keyedBy: LetterheadKey.self)
            .decodeIfPresent(Letterhead.self, forKey: .letterhead) ?? Letterhead()
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Settings()
        childCheckRenewalYears = try c.decodeWhole(forKey: .childCheckRenewalYears, default: d.childCheckRenewalYears)
        returnNeedsNewCheck = try c.decode(Bool.self, forKey: .returnNeedsNewCheck, default: d.returnNeedsNewCheck)
        returnGapMonths = try c.decodeWhole(forKey: .returnGapMonths, default: d.returnGapMonths)
        occasionalAfterMonths = try c.decodeWhole(forKey: .occasionalAfterMonths, default: d.occasionalAfterMonths)
        occasionalWithinWeeks = try c.decodeWhole(forKey: .occasionalWithinWeeks, default: d.occasionalWithinWeeks)
        anonymiseStoppedMonths = try c.decodeWhole(forKey: .anonymiseStoppedMonths, default: d.anonymiseStoppedMonths)
        anonymisePausedMonths = try c.decodeWhole(forKey: .anonymisePausedMonths, default: d.anonymisePausedMonths)
        eraseDeclinedMonths = try c.decodeWhole(forKey: .eraseDeclinedMonths, default: d.eraseDeclinedMonths)
        eraseContactsMonths = try c.decodeWhole(forKey: .eraseContactsMonths, default: d.eraseContactsMonths)
        historyMonths = try c.decodeWhole(forKey: .historyMonths, default: d.historyMonths)
    }

    /// Every policy setting, and the letterhead only when one is set, as `StoreWriter`
    /// writes them.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(childCheckRenewalYears, forKey: .childCheckRenewalYears)
        try c.encode(returnNeedsNewCheck, forKey: .returnNeedsNewCheck)
        try c.encode(returnGapMonths, forKey: .returnGapMonths)
        try c.encode(occasionalAfterMonths, forKey: .occasionalAfterMonths)
        try c.encode(occasionalWithinWeeks, forKey: .occasionalWithinWeeks)
        try c.encode(anonymiseStoppedMonths, forKey: .anonymiseStoppedMonths)
        try c.encode(anonymisePausedMonths, forKey: .anonymisePausedMonths)
        try c.encode(eraseDeclinedMonths, forKey: .eraseDeclinedMonths)
        try c.encode(eraseContactsMonths, forKey: .eraseContactsMonths)
        try c.encode(historyMonths, forKey: .historyMonths)
        if !letterhead.isEmpty {
            var l = encoder.container(keyedBy: LetterheadKey.self)
            try l.encode(letterhead, forKey: .letterhead)
        }
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
