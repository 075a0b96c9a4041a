import FrivilligCore
import FrivilligApp

extension ErasureTarget {
    /// The line for this person in a list of candidates: the kind, the name, and what
    /// tells them from a namesake (workplace, whom they are a relative of, and the last
    /// digits of the phone, not the whole number).
    func candidateLine(_ l10n: Localizer, in register: Register) -> String {
        var details: [String] = []
        let phone: String
        switch self {
        case .volunteer(let v):
            let places = v.workplaceIDs.compactMap { register.workplace($0)?.name }
            if !places.isEmpty { details.append(places.joined(separator: ", ")) }
            phone = v.primaryPhone ?? ""
        case .contact(let c):
            let places = c.organisation.isEmpty ? register.workplaces.filter { $0.contactIDs.contains(c.id) }.map(\.name) : [c.organisation]
            if !places.isEmpty { details.append(places.joined(separator: ", ")) }
            phone = c.phone
        case .relative(let entry, let listedBy):
            details.append(l10n(.eraseCandidateRelativeOf, listedBy.map(\.name).joined(separator: ", ")))
            phone = entry.phone
        }
        let digits = Phone.searchDigits(phone)
        if !digits.isEmpty { details.append(l10n(.eraseCandidatePhone, String(digits.suffix(4)))) }
        let kind = l10n(kindKey)
        return details.isEmpty ? l10n(.eraseCandidate, kind, name) : l10n(.eraseCandidateDetails, kind, name, details.joined(separator: "; "))
    }

    /// The kind's word, as a candidate line and the no-match message use it.
    static func word(_ kind: Kind) -> TextKey {
        switch kind {
        case .volunteer: return .eraseKindVolunteer
        case .contact: return .eraseKindContact
        case .relative: return .eraseKindRelative
        }
    }

    private var kindKey: TextKey { Self.word(kind) }
}
