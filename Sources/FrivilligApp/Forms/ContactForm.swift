import Foundation
import FrivilligCore

/// The fields of the contact-person form, and the contact they make.
enum ContactForm {
    static func fields(_ c: Contact?, l10n: Localizer) -> [FormField] {
        let kinds = Contact.Kind.allCases.map { ChoiceControl.Option(id: $0.rawValue, label: l10n.contactKind($0)) }
        return [
            .text("name", l10n.field("name"), c?.name ?? "", isRequired: true),
            .choice("kind", l10n.field("kind"), ChoiceControl(options: kinds, selected: c?.kind.rawValue)),
            .text("organisation", l10n.field("organisation"), c?.organisation ?? ""),
            .text("role", l10n.field("role"), c?.role ?? ""),
            .text("phone", l10n.field("phone"), c.map { Phone.display($0.phone) } ?? ""),
            .text("email", l10n.field("email"), c?.email ?? ""),
            .text("notes", l10n.field("notes"), c?.notes ?? ""),
        ]
    }

    static func build(_ values: FormValues, original: Contact?, _ environment: AppEnvironment) -> FormBuild {
        var v = Validator()
        let name = v.name(values.text("name"))
        let phone = v.phone(values.text("phone")) ?? ""
        let email = v.email(values.text("email"))
        let kind = values.choice("kind").flatMap(Contact.Kind.init(rawValue:)) ?? .staff
        let organisation = values.text("organisation", &v), role = values.text("role", &v)
        let notes = values.text("notes", &v)
        return values.result(v) {
            [.putContact(Contact(
                id: original?.id ?? environment.newID(), name: name, kind: kind, organisation: organisation, role: role,
                phone: phone, email: email, notes: notes))]
        }
    }
}
