import Foundation

/// A person's request to see what the register holds about them (indsigtsanmodning,
/// GDPR art. 15). It must be answered within one month of receipt, or within two more
/// months when the coordinator records why (art. 12(3)); the log is what shows a
/// data-protection officer that it was.
public struct AccessRequest: Codable, Hashable, Identifiable, Sendable {
    public var id: UUID
    /// The volunteer who asked; nil for someone not in the register, or once erased.
    public var volunteerID: UUID?
    /// Who asked, as written when the request came in: the log stays readable when the
    /// volunteer is later deleted. Empty once the person is erased.
    public var name: String
    public var received: Day
    /// Why the deadline was extended by two months; empty when it was not.
    public var extensionReason: String
    public var answered: Day?
    /// Where the answer (the person's export) was written.
    public var answerFile: String
    /// Raised by every save (see `RevisionMerge`).
    public var revision: Int = 0

    /// The JSON keys, one per stored field; `schema` describes each, and a test holds the
    /// two to each other.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, volunteerID, name, received, extensionReason, answered, answerFile, revision
    }

    public init(id: UUID = UUID(), volunteerID: UUID? = nil, name: String, received: Day, extensionReason: String = "",
                answered: Day? = nil, answerFile: String = "") {
        self.id = id
        self.volunteerID = volunteerID
        self.name = name
        self.received = received
        self.extensionReason = extensionReason
        self.answered = answered
        self.answerFile = answerFile
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(UUID.self, forKey: .id)
        volunteerID = try c.decodeIfPresent(UUID.self, forKey: .volunteerID)
        name = try c.decode(String.self, forKey: .name, default: "")
        received = try c.decode(Day.self, forKey: .received)
        extensionReason = try c.decode(String.self, forKey: .extensionReason, default: "")
        answered = try c.decodeIfPresent(Day.self, forKey: .answered)
        answerFile = try c.decode(String.self, forKey: .answerFile, default: "")
        revision = try c.decodeRevision(forKey: .revision)
    }

    /// Months to answer in, and the months an extension adds.
    public static let answerMonths = 1
    public static let extensionMonths = 2

    public var isExtended: Bool { !extensionReason.isEmpty }
    public var isOpen: Bool { answered == nil }

    /// The last day to answer on: a month after receipt, three when extended.
    public var deadline: Day {
        received.adding(months: AccessRequest.answerMonths + (isExtended ? AccessRequest.extensionMonths : 0))
    }

    /// Days from `today` to the deadline: 0 on the day itself, negative once it has passed.
    public func daysLeft(on today: Day) -> Int { today.days(until: deadline) }

    /// Fewer days left than this, and an open request is urgent (red on the overview).
    public static let urgentDays = 7

    /// Open with fewer than `urgentDays` days left, or past the deadline.
    public func isUrgent(on today: Day) -> Bool { isOpen && daysLeft(on: today) < AccessRequest.urgentDays }
}

extension AccessRequest {
    /// The id's first eight digits, which the command line shows and accepts.
    public var shortID: String { String(id.uuidString.prefix(8)) }
}
