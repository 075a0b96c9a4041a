import Foundation
import FrivilligCore

extension FormState {
    /// Add (record nil) or edit a volunteer.
    public static func volunteer(_ v: Volunteer?, register: Register, l10n: Localizer,
                               environment: AppEnvironment = .system) -> FormState {
        FormState(
            title: v.map { l10n(.formEdit, $0.name) } ?? l10n(.formVolunteerNew),
            fields: VolunteerForm.fields(v, register: register, l10n: l10n), kind: .volunteer(v), l10n: l10n, environment: environment)
    }

    /// Add (record nil) or edit a contact person.
    public static func contact(_ c: Contact?, register: Register, l10n: Localizer,
                               environment: AppEnvironment = .system) -> FormState {
        FormState(
            title: c.map { l10n(.formEdit, $0.name) } ?? l10n(.formContactNew),
            fields: ContactForm.fields(c, l10n: l10n), kind: .contact(c), l10n: l10n, environment: environment)
    }

    /// Add (record nil) or edit a workplace; its contact persons are picked from the register.
    public static func workplace(_ w: Workplace?, register: Register, l10n: Localizer,
                               environment: AppEnvironment = .system) -> FormState {
        FormState(
            title: w.map { l10n(.formEdit, $0.name) } ?? l10n(.formWorkplaceNew),
            fields: WorkplaceForm.fields(w, register: register, l10n: l10n), kind: .workplace(w), l10n: l10n, environment: environment)
    }

    /// Add (record nil) or edit an agreement. With a `volunteerID` (opened from a
    /// volunteer) the volunteer is fixed; otherwise it is picked. A new one starts `today`.
    public static func agreement(_ a: Agreement?, volunteerID: UUID?, register: Register, today: Day, l10n: Localizer,
                               environment: AppEnvironment = .system) -> FormState {
        let name = (a?.volunteerID).flatMap { register.volunteer($0)?.name }
        return FormState(
            title: name.map { l10n(.formAgreementEdit, $0) } ?? l10n(.formAgreementNew),
            fields: AgreementForm.fields(a, volunteerID: volunteerID, register: register, today: today, l10n: l10n),
            kind: .agreement(a), l10n: l10n, environment: environment)
    }

    /// The recognition form: pre-filled with today's date, kind gathering, the given
    /// attendees; cursor starts in the title field.
    public static func event(_ e: RecognitionEvent?, attendees: [UUID], register: Register, today: Day, l10n: Localizer,
                               environment: AppEnvironment = .system) -> FormState {
        FormState(
            title: e.map { l10n(.formEventEdit, $0.title) } ?? l10n(.formEventNew),
            fields: EventForm.fields(e, attendees: attendees, register: register, today: today, l10n: l10n),
            kind: .event(e), l10n: l10n, environment: environment, focusID: "title")
    }

    /// Add (record nil) or edit a task of the task bank.
    public static func task(_ t: VolunteerTask?, register: Register, l10n: Localizer,
                            environment: AppEnvironment = .system) -> FormState {
        FormState(
            title: t.map { l10n(.formTaskEdit, $0.title) } ?? l10n(.formTaskNew),
            fields: TaskForm.fields(t, register: register, l10n: l10n), kind: .task(t), l10n: l10n, environment: environment)
    }

    /// Add (record nil) or edit an association or network; its contact persons are picked.
    public static func association(_ a: Association?, register: Register, l10n: Localizer,
                                   environment: AppEnvironment = .system) -> FormState {
        FormState(
            title: a.map { l10n(.formAssociationEdit, $0.name) } ?? l10n(.formAssociationNew),
            fields: AssociationForm.fields(a, register: register, l10n: l10n), kind: .association(a), l10n: l10n, environment: environment)
    }
}
