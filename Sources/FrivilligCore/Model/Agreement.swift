import Foundation

/// The welcome letter (velkomstbrev): the mutual agreement a volunteer and a workplace's
/// contact person sign (Faxe handbook), with what the volunteer may and may not do.
public struct Agreement: Codable, Hashable, Identifiable, Sendable {
    public var id: UUID
    public var volunteerID: UUID
    public var workplaceID: UUID?
    public var contactID: UUID?
    public var allowedTasks: String
    public var forbiddenTasks: String
    public var startDate: Day?
    public var reviewDate: Day?
    public var endDate: Day?
    public var signedByVolunteer: Day?
    public var signedByContact: Day?
    public var confidentialityExplained: Bool
    public var dutyToReportExplained: Bool
    public var insuranceExplained: Bool
    /// Which direct costs the workplace covers (Randers §10a), as agreed.
    public var expenses: String
    /// Whether the volunteer is attached regularly (fast tilknytning, the usual case): at
    /// a workplace with children the check is then due before the start date; otherwise
    /// by the trigger in `Settings` (bek. nr. 404/2016).
    public var regularAttachment: Bool
    public var childCheck: CertificateCheck
    public var criminalCheck: CertificateCheck
    public var notes: String
    /// Raised by every save (see `RevisionMerge`): a save made from an older revision is
    /// merged with what was saved since instead of silently undoing it.
    public var revision: Int = 0

    /// The JSON keys, one per stored field; `schema` describes each, and a test holds the
    /// two to each other.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, volunteerID, workplaceID, contactID, allowedTasks, forbiddenTasks, startDate, reviewDate, endDate
        case signedByVolunteer, signedByContact, confidentialityExplained, dutyToReportExplained, insuranceExplained
        case expenses, regularAttachment, childCheck, criminalCheck, notes, revision
    }

    public init(
        id: UUID = UUID(), volunteerID: UUID, workplaceID: UUID? = nil, contactID: UUID? = nil,
        allowedTasks: String = "", forbiddenTasks: String = "", startDate: Day? = nil,
        reviewDate: Day? = nil, endDate: Day? = nil, signedByVolunteer: Day? = nil,
        signedByContact: Day? = nil, confidentialityExplained: Bool = false,
        dutyToReportExplained: Bool = false, insuranceExplained: Bool = false,
        expenses: String = "", regularAttachment: Bool = true, childCheck: CertificateCheck = CertificateCheck(),
        criminalCheck: CertificateCheck = CertificateCheck(), notes: String = ""
    ) {
        self.id = id
        self.volunteerID = volunteerID
        self.workplaceID = workplaceID
        self.contactID = contactID
        self.allowedTasks = allowedTasks
        self.forbiddenTasks = forbiddenTasks
        self.startDate = startDate
        self.reviewDate = reviewDate
        self.endDate = endDate
        self.signedByVolunteer = signedByVolunteer
        self.signedByContact = signedByContact
        self.confidentialityExplained = confidentialityExplained
        self.dutyToReportExplained = dutyToReportExplained
        self.insuranceExplained = insuranceExplained
        self.expenses = expenses
        self.regularAttachment = regularAttachment
        self.childCheck = childCheck
        self.criminalCheck = criminalCheck
        self.notes = notes
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(UUID.self, forKey: .id)
        volunteerID = try c.decode(UUID.self, forKey: .volunteerID)
        workplaceID = try c.decodeIfPresent(UUID.self, forKey: .workplaceID)
        contactID = try c.decodeIfPresent(UUID.self, forKey: .contactID)
        allowedTasks = try c.decode(String.self, forKey: .allowedTasks, default: "")
        forbiddenTasks = try c.decode(String.self, forKey: .forbiddenTasks, default: "")
        startDate = try c.decodeIfPresent(Day.self, forKey: .startDate)
        reviewDate = try c.decodeIfPresent(Day.self, forKey: .reviewDate)
        endDate = try c.decodeIfPresent(Day.self, forKey: .endDate)
        signedByVolunteer = try c.decodeIfPresent(Day.self, forKey: .signedByVolunteer)
        signedByContact = try c.decodeIfPresent(Day.self, forKey: .signedByContact)
        confidentialityExplained = try c.decode(Bool.self, forKey: .confidentialityExplained, default: false)
        dutyToReportExplained = try c.decode(Bool.self, forKey: .dutyToReportExplained, default: false)
        insuranceExplained = try c.decode(Bool.self, forKey: .insuranceExplained, default: false)
        expenses = try c.decode(String.self, forKey: .expenses, default: "")
        regularAttachment = try c.decode(Bool.self, forKey: .regularAttachment, default: true)
        childCheck = try c.decode(CertificateCheck.self, forKey: .childCheck, default: CertificateCheck())
        criminalCheck = try c.decode(CertificateCheck.self, forKey: .criminalCheck, default: CertificateCheck())
        notes = try c.decode(String.self, forKey: .notes, default: "")
        revision = try c.decodeRevision(forKey: .revision)
    }

    /// The agreement as it may leave the program except in the volunteer's own access
    /// export: its checks without outcome, assessor or note (databeskyttelsesloven §8).
    public var withoutCheckAssessments: Agreement {
        var out = self
        out.childCheck = childCheck.withoutAssessment
        out.criminalCheck = criminalCheck.withoutAssessment
        return out
    }

    public var isSignedByBoth: Bool { signedByVolunteer != nil && signedByContact != nil }

    /// How many days before the review date an agreement counts as "review due".
    public static let reviewWindowDays = 30

    /// The status is derived, never stored, so it cannot disagree with the dates.
    ///
    /// An end date in the past ends the agreement; otherwise it is a draft until both have
    /// signed; a signed agreement whose review date has passed has expired, and one whose
    /// review date is within `reviewWindowDays` is due for review.
    public func status(on today: Day) -> AgreementStatus {
        if let end = endDate, end < today { return .ended }
        if !isSignedByBoth { return .draft }
        if let review = reviewDate {
            if review < today { return .expired }
            if review <= today.adding(days: Agreement.reviewWindowDays) { return .reviewDue }
        }
        return .signed
    }
}

/// See `Agreement.status(on:)`.
public enum AgreementStatus: String, CaseIterable, Sendable, Codable {
    case draft
    case signed
    case reviewDue
    case expired
    case ended
}
