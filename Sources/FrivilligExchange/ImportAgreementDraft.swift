import Foundation
import FrivilligCore

/// A spreadsheet row read as an agreement, from the columns its export writes.
///
/// The row's volunteer, workplace and contact are named as the export names them; a row
/// with a known id keeps the links whose names still fit, so two volunteers called
/// "Anna Jensen" never swap agreements. Without an id, a row matches an existing agreement
/// of the same volunteer at the same workplace. The checks come in as the export writes
/// them, required and dated only: the outcome, assessor and note stay as stored.
struct AgreementDraft: ImportDraft {
    var id: UUID?
    var revision: Int? { nil }
    /// The volunteer's id, which matching by name compares (`name(of:)`).
    var name: String
    var shownName: String
    var volunteerID: UUID?
    var workplaceID: UUID?
    var contactID: UUID?
    var allowedTasks: String?
    var forbiddenTasks: String?
    var startDate: Day?
    var reviewDate: Day?
    var endDate: Day?
    var signedByVolunteer: Day?
    var signedByContact: Day?
    var confidentiality: Bool?
    var dutyToReport: Bool?
    var insurance: Bool?
    var expenses: String?
    var regularAttachment: Bool?
    var childCheck: CheckCells
    var criminalCheck: CheckCells
    var notes: String?

    /// The cells of one certificate check; nil keeps the stored value.
    struct CheckCells {
        var required: Bool?
        var consentRequested: Day?
        var received: Day?

        func applied(to c: CertificateCheck) -> CertificateCheck {
            var c = c
            if let required { c.required = required }
            if let consentRequested { c.consentRequested = consentRequested }
            if let received { c.received = received }
            return c
        }
    }

    init(_ r: inout ImportRowReader, known: [UUID: Agreement], names: ImportLinkNames) {
        id = r.id()
        let current = id.flatMap { known[$0] }
        volunteerID = r.link(.volunteer, in: names.volunteers, current: current?.volunteerID)
        name = volunteerID?.uuidString ?? ""
        shownName = r.text(.volunteer) ?? ""
        if r.value(.volunteer) == nil { r.fail(r.columns.header(.volunteer) ?? "", "", .required) }
        workplaceID = r.link(.workplace, in: names.workplaces, current: current?.workplaceID)
        contactID = r.link(.contact, in: names.contacts, current: current?.contactID)
        allowedTasks = r.text(.allowedTasks)
        forbiddenTasks = r.text(.forbiddenTasks)
        startDate = r.day(.startDate)
        reviewDate = r.day(.reviewDate)
        endDate = r.day(.endDate)
        signedByVolunteer = r.day(.signedByVolunteer)
        signedByContact = r.day(.signedByContact)
        confidentiality = r.parsed(.confidentiality, .yesNo, ImportValues.yesNo)
        dutyToReport = r.parsed(.dutyToReport, .yesNo, ImportValues.yesNo)
        insurance = r.parsed(.insurance, .yesNo, ImportValues.yesNo)
        expenses = r.text(.expenses)
        regularAttachment = r.parsed(.regularAttachment, .yesNo, ImportValues.yesNo)
        childCheck = CheckCells(required: r.parsed(.childCheckRequired, .yesNo, ImportValues.yesNo),
                                consentRequested: r.day(.childCheckConsent), received: r.day(.childCheckReceived))
        criminalCheck = CheckCells(required: r.parsed(.criminalCheckRequired, .yesNo, ImportValues.yesNo),
                                   consentRequested: r.day(.criminalCheckConsent), received: r.day(.criminalCheckReceived))
        notes = r.notes()
    }

    static func name(of a: Agreement) -> String { a.volunteerID.uuidString }

    /// The same volunteer at the same workplace is the same agreement.
    func matches(_ a: Agreement) -> Bool { workplaceID == a.workplaceID }

    func applied(to existing: Agreement?, now: Date) -> Agreement {
        var a = existing ?? Agreement(id: id ?? UUID(), volunteerID: volunteerID ?? UUID())
        if let volunteerID { a.volunteerID = volunteerID }
        if let workplaceID { a.workplaceID = workplaceID }
        if let contactID { a.contactID = contactID }
        if let allowedTasks { a.allowedTasks = allowedTasks }
        if let forbiddenTasks { a.forbiddenTasks = forbiddenTasks }
        if let startDate { a.startDate = startDate }
        if let reviewDate { a.reviewDate = reviewDate }
        if let endDate { a.endDate = endDate }
        if let signedByVolunteer { a.signedByVolunteer = signedByVolunteer }
        if let signedByContact { a.signedByContact = signedByContact }
        if let confidentiality { a.confidentialityExplained = confidentiality }
        if let dutyToReport { a.dutyToReportExplained = dutyToReport }
        if let insurance { a.insuranceExplained = insurance }
        if let expenses { a.expenses = expenses }
        if let regularAttachment { a.regularAttachment = regularAttachment }
        a.childCheck = childCheck.applied(to: a.childCheck)
        a.criminalCheck = criminalCheck.applied(to: a.criminalCheck)
        if let notes { a.notes = notes }
        return a
    }

    static func touched(_ a: Agreement, now: Date) -> Agreement { a }

    static func put(_ a: Agreement) -> Change { .putAgreement(a) }
}
