import FrivilligCore

/// The values a welcome letter's `{{key}}` placeholders are filled with, taken from an
/// agreement and the records it points to.
///
/// Kept apart from the rendering so one set of values feeds the Markdown, text and HTML
/// letters alike. A value the register does not have is empty, and the letter shows a
/// line to fill in by hand: the letter is printed and signed on paper.
public struct WelcomeLetterFields: Equatable, Sendable {
    /// Text values by key.
    public var text: [String: String]
    /// Ticked or unticked boxes by key (explained or not).
    public var marks: [String: Bool]

    /// Every text key a template may use.
    public static let textKeys: Set<String> = [
        "sender.block", "sender.coordinator", "sender.phone", "sender.email",
        "volunteer.name", "volunteer.phone", "volunteer.email", "volunteer.address", "volunteer.town", "letter.date",
        "emergency.name", "emergency.relation", "emergency.phone",
        "workplace.name", "workplace.address", "workplace.guidelines",
        "contact.name", "contact.role", "contact.phone", "contact.email",
        "agreement.allowedTasks", "agreement.forbiddenTasks", "agreement.expenses",
        "agreement.startDate", "agreement.reviewDate",
    ]
    /// Every box key a template may use.
    public static let markKeys: Set<String> = [
        "check.confidentiality", "check.dutyToReport", "check.insurance", "check.childRequired", "check.childConsentRequested",
    ]

    public init(text: [String: String], marks: [String: Bool]) {
        self.text = text
        self.marks = marks
    }

    /// The fields of `agreement`; `date` writes a day as the letter's reader expects it,
    /// `today` is the letter's date, after the letterhead's place. The sender comes from
    /// the settings' letterhead. The emergency contact is the first one, the one to call
    /// first.
    public init(agreement a: Agreement, in register: Register, today: Day = .today(), date: (Day) -> String) {
        let volunteer = register.volunteer(a.volunteerID)
        let relative = volunteer?.emergencyContacts.first
        let workplace = a.workplaceID.flatMap(register.workplace)
        let contact = a.contactID.flatMap(register.contact)
        let phone: (String?) -> String = { $0.map { $0.isEmpty ? "" : Phone.display($0) } ?? "" }
        let letterhead = register.settings.letterhead
        text = [
            "volunteer.name": volunteer?.name ?? "",
            "volunteer.phone": phone(volunteer?.primaryPhone),
            "volunteer.email": volunteer?.email ?? "",
            "volunteer.address": volunteer?.address ?? "",
            "volunteer.town": [volunteer?.postalCode ?? "", volunteer?.city ?? ""].filter { !$0.isEmpty }.joined(separator: " "),
            "letter.date": [register.settings.letterhead.place.trimmingWhitespace, date(today)].filter { !$0.isEmpty }.joined(separator: ", "),
            "sender.block": [letterhead.municipality, letterhead.department, letterhead.address]
                .map(\.trimmingWhitespace).filter { !$0.isEmpty }.joined(separator: "\n"),
            "sender.coordinator": letterhead.coordinator,
            "sender.phone": letterhead.phone,
            "sender.email": letterhead.email,
            "emergency.name": relative?.name ?? "",
            "emergency.relation": relative?.relation ?? "",
            "emergency.phone": phone(relative?.phone),
            "workplace.name": workplace?.name ?? "",
            "workplace.address": workplace?.address ?? "",
            "workplace.guidelines": workplace?.guidelines ?? "",
            "contact.name": contact?.name ?? "",
            "contact.role": contact?.role ?? "",
            "contact.phone": phone(contact?.phone),
            "contact.email": contact?.email ?? "",
            "agreement.allowedTasks": a.allowedTasks,
            "agreement.forbiddenTasks": a.forbiddenTasks,
            "agreement.expenses": a.expenses,
            "agreement.startDate": a.startDate.map(date) ?? "",
            "agreement.reviewDate": a.reviewDate.map(date) ?? "",
        ]
        marks = [
            "check.confidentiality": a.confidentialityExplained,
            "check.dutyToReport": a.dutyToReportExplained,
            "check.insurance": a.insuranceExplained,
            "check.childRequired": a.childCheck.required,
            "check.childConsentRequested": a.childCheck.consentRequested != nil,
        ]
    }
}
