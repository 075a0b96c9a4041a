import Foundation
import FrivilligCore

/// The fields of the workplace form, and the workplace they make.
enum WorkplaceForm {
    static func fields(_ w: Workplace?, register: Register, l10n: Localizer) -> [FormField] {
        [
            .text("name", l10n.field("name"), w?.name ?? "", isRequired: true),
            .text("area", l10n.field("area"), w?.area ?? ""),
            .text("address", l10n.field("address"), w?.address ?? ""),
            .choice("contacts", l10n.field("contacts"), ChoiceControl(
                options: ChoiceOptions.contacts(register), selectedMany: (w?.contactIDs ?? []).map(\.uuidString))),
            .text("guidelines", l10n.field("guidelines"), w?.guidelines ?? ""),
            .checkbox("works-with-children", l10n.field("works-with-children"), w?.worksWithChildren ?? false),
        ]
    }

    static func build(_ values: FormValues, original: Workplace?, _ environment: AppEnvironment) -> FormBuild {
        var v = Validator()
        let name = v.name(values.text("name"))
        let area = values.text("area", &v), address = values.text("address", &v)
        let guidelines = values.text("guidelines", &v)
        return values.result(v) {
            [.putWorkplace(Workplace(
                id: original?.id ?? environment.newID(), name: name, area: area, address: address,
                contactIDs: values.choices("contacts").compactMap(UUID.init(uuidString:)), guidelines: guidelines,
                worksWithChildren: values.flag("works-with-children")))]
        }
    }
}
