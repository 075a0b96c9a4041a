import Foundation
import FrivilligCore

/// The fields of the association form, and the association they make. The members are
/// not fields here: a volunteer's membership names the association, on their own form.
enum AssociationForm {
    static func fields(_ a: Association?, register: Register, l10n: Localizer) -> [FormField] {
        let kinds = Association.Kind.allCases.map { ChoiceControl.Option(id: $0.rawValue, label: l10n.associationKind($0)) }
        return [
            .text("name", l10n.field("name"), a?.name ?? "", isRequired: true),
            .choice("kind", l10n.field("kind"), ChoiceControl(options: kinds, selected: a?.kind.rawValue)),
            .text("area", l10n.field("area"), a?.area ?? ""),
            .choice("contacts", l10n.field("contacts"), ChoiceControl(
                options: ChoiceOptions.contacts(register), selectedMany: (a?.contactIDs ?? []).map(\.uuidString))),
            .text("phone", l10n.field("phone"), a.map { Phone.display($0.phone) } ?? ""),
            .text("email", l10n.field("email"), a?.email ?? ""),
            .text("web", l10n.field("web"), a?.web ?? ""),
            .text("address", l10n.field("address"), a?.address ?? ""),
            .text("listed-since", l10n.field("listed-since"), l10n.date(a?.listedSince)),
            .text("notes", l10n.field("notes"), a?.notes ?? ""),
        ]
    }

    static func build(_ values: FormValues, original: Association?, _ environment: AppEnvironment) -> FormBuild {
        var v = Validator()
        let name = v.name(values.text("name"))
        let phone = v.phone(values.text("phone")) ?? ""
        let email = v.email(values.text("email"))
        let listedSince = v.day(values.text("listed-since"), field: "listed-since")
        let area = values.text("area", &v), web = values.text("web", &v), address = values.text("address", &v)
        let notes = values.text("notes", &v)
        return values.result(v) {
            [.putAssociation(Association(
                id: original?.id ?? environment.newID(), name: name,
                kind: values.choice("kind").flatMap(Association.Kind.init(rawValue:)) ?? .association, area: area,
                contactIDs: values.choices("contacts").compactMap(UUID.init(uuidString:)), phone: phone, email: email,
                web: web, address: address, notes: notes, listedSince: listedSince))]
        }
    }
}
