import Foundation
import FrivilligCore

/// Which record a form edits (nil: a new one), with what saving it needs besides the fields.
enum FormKind: Sendable {
    case volunteer(Volunteer?)
    case contact(Contact?)
    case workplace(Workplace?)
    case agreement(Agreement?)
    case event(RecognitionEvent?)
    case task(VolunteerTask?)
    case association(Association?)
    /// The register's settings, as they were when the form opened.
    case settings(Settings)

    /// The fields' changes, the edited record's put stamped with the revision the form
    /// opened (see `Change.madeFrom(revision:)`); a new record's id and times come from
    /// `environment`.
    func build(_ values: FormValues, _ environment: AppEnvironment) -> FormBuild {
        let built = buildFields(values, environment)
        guard case .changes(let changes) = built, let original = original?.putRecord else { return built }
        return .changes(changes.map { $0.putRecord?.id == original.id ? $0.madeFrom(revision: original.revision) : $0 })
    }

    /// The record as the form opened it, for the store to merge a save with what another
    /// program saved meanwhile; empty for a new record.
    var base: Register {
        original.flatMap { try? Register().applying([$0]) } ?? Register()
    }

    /// The put of the record as the form opened it; nil for a new one.
    private var original: Change? {
        switch self {
        case .volunteer(let r?): return .putVolunteer(r)
        case .contact(let r?): return .putContact(r)
        case .workplace(let r?): return .putWorkplace(r)
        case .agreement(let r?): return .putAgreement(r)
        case .event(let r?): return .putEvent(r)
        case .task(let r?): return .putTask(r)
        case .association(let r?): return .putAssociation(r)
        default: return nil
        }
    }

    private func buildFields(_ values: FormValues, _ environment: AppEnvironment) -> FormBuild {
        switch self {
        case .volunteer(let original): return VolunteerForm.build(values, original: original, environment)
        case .contact(let original): return ContactForm.build(values, original: original, environment)
        case .workplace(let original): return WorkplaceForm.build(values, original: original, environment)
        case .agreement(let original): return AgreementForm.build(values, original: original, environment)
        case .event(let original): return EventForm.build(values, original: original, environment)
        case .task(let original): return TaskForm.build(values, original: original, environment)
        case .association(let original): return AssociationForm.build(values, original: original, environment)
        case .settings(let original): return SettingsForm.build(values, original: original)
        }
    }
}
