import FrivilligCore

/// Which record a form edits (nil: a new one), with what saving it needs besides the fields.
enum FormKind: Sendable {
    case volunteer(Volunteer?, today: Day)
    case contact(Contact?)
    case workplace(Workplace?)
    case agreement(Agreement?)
    case event(RecognitionEvent?)

    func build(_ values: FormValues) -> FormBuild {
        switch self {
        case .volunteer(let original, let today): return VolunteerForm.build(values, original: original, today: today)
        case .contact(let original): return ContactForm.build(values, original: original)
        case .workplace(let original): return WorkplaceForm.build(values, original: original)
        case .agreement(let original): return AgreementForm.build(values, original: original)
        case .event(let original): return EventForm.build(values, original: original)
        }
    }
}
