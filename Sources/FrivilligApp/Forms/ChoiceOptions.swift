import Foundation
import FrivilligCore

/// The records a choice field offers, in Danish name order so that Å comes after Z.
enum ChoiceOptions {
    /// Volunteers with what tells those of one name apart ("Søren Østergaard · Dagcenter
    /// Kildebakken · f. 1956 · 4690 Haslev"), which the filter matches too. Anonymised
    /// records are no one to pick and are left out, but for `kept`: the volunteer an
    /// existing agreement already names, whom its form must show.
    static func volunteers(_ register: Register, l10n: Localizer, keeping kept: UUID? = nil) -> [ChoiceControl.Option] {
        let names = register.workplaceNames
        return sorted(register.volunteers.filter { !$0.anonymised || $0.id == kept }.map { v in
            let particulars = l10n.particulars(Particulars(v, workplaceNames: names))
            return ChoiceControl.Option(id: v.id.uuidString, label: particulars.isEmpty ? v.name : "\(v.name) · \(particulars)")
        })
    }

    static func workplaces(_ register: Register) -> [ChoiceControl.Option] {
        sorted(register.workplaces.map { ChoiceControl.Option(id: $0.id.uuidString, label: $0.name) })
    }

    /// Contacts with their organisation, since the same name can turn up at two places.
    static func contacts(_ register: Register) -> [ChoiceControl.Option] {
        sorted(register.contacts.map {
            ChoiceControl.Option(id: $0.id.uuidString, label: $0.organisation.isEmpty ? $0.name : "\($0.name) (\($0.organisation))")
        })
    }

    /// The "nothing chosen" option that optional references start with.
    static func none(_ l10n: Localizer) -> ChoiceControl.Option {
        ChoiceControl.Option(id: "", label: l10n(.formNone))
    }

    private static func sorted(_ options: [ChoiceControl.Option]) -> [ChoiceControl.Option] {
        options.map { (SearchFold.sortKey($0.label), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
