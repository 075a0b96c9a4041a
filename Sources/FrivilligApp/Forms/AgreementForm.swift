import Foundation
import FrivilligCore

/// The fields of the agreement (velkomstbrev) form, and the agreement they make.
enum AgreementForm {
    /// The volunteer is fixed when the form was opened from one (or edits an existing
    /// agreement); otherwise picked. A new agreement starts today.
    static func fields(_ a: Agreement?, volunteerID: UUID?, register: Register, today: Day, l10n: Localizer) -> [FormField] {
        let fixed = volunteerID ?? a?.volunteerID
        let volunteers = ChoiceOptions.volunteers(register, l10n: l10n, keeping: fixed)
        let volunteer = fixed == nil
            ? ChoiceControl(options: [ChoiceOptions.none(l10n)] + volunteers, selected: nil)
            : ChoiceControl(options: volunteers, selected: fixed?.uuidString, isLocked: true)
        var fields: [FormField] = [
            FormField("volunteer", l10n.field("volunteer"), control: .choice(volunteer), isRequired: true),
            .choice("workplace", l10n.field("workplace"), ChoiceControl(
                options: [ChoiceOptions.none(l10n)] + ChoiceOptions.workplaces(register), selected: a?.workplaceID?.uuidString)),
            .choice("contact", l10n.field("contact"), ChoiceControl(
                options: [ChoiceOptions.none(l10n)] + ChoiceOptions.contacts(register), selected: a?.contactID?.uuidString)),
            .text("allowed-tasks", l10n.field("allowed-tasks"), a?.allowedTasks ?? ""),
            .text("forbidden-tasks", l10n.field("forbidden-tasks"), a?.forbiddenTasks ?? ""),
            .text("start-date", l10n.field("start-date"), l10n.date(a == nil ? today : a?.startDate)),
            .text("review-date", l10n.field("review-date"), l10n.date(a?.reviewDate)),
            .text("end-date", l10n.field("end-date"), l10n.date(a?.endDate)),
            .text("signed-volunteer", l10n.field("signed-volunteer"), l10n.date(a?.signedByVolunteer)),
            .text("signed-contact", l10n.field("signed-contact"), l10n.date(a?.signedByContact)),
            .checkbox("confidentiality", l10n(.formConfidentiality), a?.confidentialityExplained ?? false),
            .checkbox("duty-to-report", l10n(.formDutyToReport), a?.dutyToReportExplained ?? false),
            .checkbox("insurance", l10n(.formInsurance), a?.insuranceExplained ?? false),
            .text("expenses", l10n.field("expenses"), a?.expenses ?? ""),
        ]
        fields += check("child", l10n(.formChildCheck), a?.childCheck, l10n: l10n)
        fields.append(.checkbox("regular-attachment", l10n.field("regular-attachment"), a?.regularAttachment ?? true))
        fields += check("criminal", l10n(.formCriminalCheck), a?.criminalCheck, l10n: l10n)
        fields.append(.text("notes", l10n.field("notes"), a?.notes ?? ""))
        return fields
    }

    /// The fields of a record check, under its heading: the dates, the outcome and who
    /// assessed it, and a note.
    private static func check(_ prefix: String, _ heading: String, _ c: CertificateCheck?, l10n: Localizer) -> [FormField] {
        let consent = l10n(.formCheckConsent), received = l10n(.formCheckReceived)
        return [
            .checkbox("\(prefix)-required", l10n(.formCheckRequired), c?.required ?? false, section: heading),
            .text("\(prefix)-consent", consent, l10n.date(c?.consentRequested), messageLabel: heading + " – " + consent),
            .text("\(prefix)-received", received, l10n.date(c?.received), messageLabel: heading + " – " + received),
            .choice("\(prefix)-outcome", l10n(.formCheckOutcome), ChoiceControl(
                options: outcomes(l10n), selected: c?.outcome?.rawValue ?? "")),
            .text("\(prefix)-assessed-by", l10n(.formCheckAssessedBy), c?.assessedBy ?? "",
                  messageLabel: heading + " – " + l10n(.formCheckAssessedBy)),
            .text("\(prefix)-note", l10n(.formCheckNote), c?.note ?? ""),
        ]
    }

    /// "Not assessed" first, then each outcome.
    private static func outcomes(_ l10n: Localizer) -> [ChoiceControl.Option] {
        [ChoiceControl.Option(id: "", label: l10n(.checkOutcomeNone))]
            + CertificateCheck.Outcome.allCases.map { ChoiceControl.Option(id: $0.rawValue, label: l10n.checkOutcome($0)) }
    }

    static func build(_ values: FormValues, original: Agreement?, _ environment: AppEnvironment) -> FormBuild {
        var v = Validator()
        let volunteerID = values.uuid("volunteer")
        if volunteerID == nil { v.record(FieldError(field: "volunteer", value: "", rule: .required)) }
        let startDate = v.day(values.text("start-date"), field: "start-date")
        let reviewDate = v.day(values.text("review-date"), field: "review-date")
        let endDate = v.day(values.text("end-date"), field: "end-date")
        let signedByVolunteer = v.day(values.text("signed-volunteer"), field: "signed-volunteer")
        let signedByContact = v.day(values.text("signed-contact"), field: "signed-contact")
        let childCheck = check("child", values, &v)
        let criminalCheck = check("criminal", values, &v)
        let allowedTasks = values.text("allowed-tasks", &v), forbiddenTasks = values.text("forbidden-tasks", &v)
        let expenses = values.text("expenses", &v), notes = values.text("notes", &v)
        return values.result(v) {
            [.putAgreement(Agreement(
                id: original?.id ?? environment.newID(), volunteerID: volunteerID!, workplaceID: values.uuid("workplace"),
                contactID: values.uuid("contact"), allowedTasks: allowedTasks, forbiddenTasks: forbiddenTasks,
                startDate: startDate, reviewDate: reviewDate, endDate: endDate, signedByVolunteer: signedByVolunteer,
                signedByContact: signedByContact, confidentialityExplained: values.flag("confidentiality"),
                dutyToReportExplained: values.flag("duty-to-report"), insuranceExplained: values.flag("insurance"),
                expenses: expenses, regularAttachment: values.flag("regular-attachment"), childCheck: childCheck, criminalCheck: criminalCheck, notes: notes))]
        }
    }

    private static func check(_ prefix: String, _ values: FormValues, _ v: inout Validator) -> CertificateCheck {
        CertificateCheck(
            required: values.flag("\(prefix)-required"),
            consentRequested: v.day(values.text("\(prefix)-consent"), field: "\(prefix)-consent"),
            received: v.day(values.text("\(prefix)-received"), field: "\(prefix)-received"),
            outcome: values.choice("\(prefix)-outcome").flatMap(CertificateCheck.Outcome.init(rawValue:)),
            assessedBy: values.text("\(prefix)-assessed-by", &v),
            note: values.text("\(prefix)-note", &v))
    }
}
