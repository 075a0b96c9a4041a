import Foundation
import FrivilligCore

/// The column a list behind an overview line shows beside the name, saying why each
/// record is on that line ("01.12.2026 · 5 år", "aldrig", "10.11.2026 · 13 dage over").
///
/// Worked out once with the overview for the records of its lines only, so opening a
/// list costs a dictionary lookup per row on screen.
public struct ReasonColumn: Sendable {
    public let title: String
    /// The reason per record; a record without one shows an empty cell.
    public let texts: [RecordRef: String]

    public init(title: String, texts: [RecordRef: String]) {
        self.title = title
        self.texts = texts
    }

    func text(_ ref: RecordRef) -> String { texts[ref] ?? "" }
}

/// Makes the reason columns of the overview's lines from what `Attention` found, with
/// the dates core does not hand out (last recognition, renewal) read from the register.
struct ReasonColumns {
    let register: Register
    let today: Day
    let l10n: Localizer

    /// "om 3 dage", "i dag" or "for 4 dage siden": how far `day` is from today.
    func relative(_ day: Day) -> String {
        let days = today.days(until: day)
        if days == 0 { return l10n(.columnToday) }
        return days > 0 ? l10n.count(.columnInDays, days) : l10n.count(.columnDaysAgo, -days)
    }

    /// A date and how far it is past, for deadlines that have gone by.
    func overdue(_ day: Day) -> String {
        let days = today.days(until: day)
        return days < 0 ? "\(l10n.date(day)) · \(l10n.count(.columnDaysOver, -days))" : "\(l10n.date(day)) · \(relative(day))"
    }

    func dated(_ day: Day?) -> String {
        guard let day else { return "" }
        return "\(l10n.date(day)) · \(relative(day))"
    }

    private func byAgreement(_ title: TextKey, _ items: [Attention.AgreementItem], _ text: (Agreement) -> String) -> ReasonColumn {
        ReasonColumn(title: l10n(title), texts: Dictionary(items.map { (RecordRef.agreement($0.agreement.id), text($0.agreement)) },
                                                           uniquingKeysWith: { a, _ in a }))
    }

    private func byVolunteer(_ title: TextKey, _ volunteers: [Volunteer], _ text: (Volunteer) -> String) -> ReasonColumn {
        ReasonColumn(title: l10n(title), texts: Dictionary(volunteers.map { (RecordRef.volunteer($0.id), text($0)) },
                                                           uniquingKeysWith: { a, _ in a }))
    }

    func unsigned(_ items: [Attention.AgreementItem]) -> ReasonColumn {
        byAgreement(.columnNotSignedBy, items) { a in
            switch (a.signedByVolunteer != nil, a.signedByContact != nil) {
            case (false, false): return l10n(.columnMissingBoth)
            case (false, true): return l10n(.columnMissingVolunteer)
            default: return l10n(.columnMissingContact)
            }
        }
    }

    func reviews(_ items: [Attention.AgreementItem]) -> ReasonColumn {
        byAgreement(.columnReview, items) { $0.reviewDate.map(overdue) ?? "" }
    }

    /// When consent to the check was asked for and how long the answer has been waited for.
    func childCheckConsent(_ items: [Attention.AgreementItem]) -> ReasonColumn {
        byAgreement(.columnChildCheckConsent, items) { a in
            guard let asked = a.childCheck.consentRequested else { return l10n(.columnNotRequested) }
            return "\(l10n.date(asked)) · \(l10n.count(.columnWaiting, max(0, asked.days(until: today))))"
        }
    }

    func childCheckStart(_ items: [Attention.AgreementItem]) -> ReasonColumn {
        byAgreement(.columnChildCheckStart, items) { $0.startDate.map(dated) ?? l10n(.columnNoStartDate) }
    }

    /// The renewal of the volunteer's newest check: a renewal is only listed for a check
    /// that counts, and that is the newest one received.
    func renewals(_ items: [Attention.AgreementItem]) -> ReasonColumn {
        var newest: [UUID: Day] = [:]
        for a in register.agreements {
            guard let received = a.childCheck.received else { continue }
            newest[a.volunteerID] = max(newest[a.volunteerID] ?? received, received)
        }
        let years = register.settings.childCheckRenewalYears
        return byAgreement(.columnRenewal, items) { a in
            newest[a.volunteerID].map { overdue($0.adding(years: years)) } ?? ""
        }
    }

    /// The newest event each listed volunteer attended, or "aldrig".
    func lastRecognised(_ volunteers: [Volunteer]) -> ReasonColumn {
        let wanted = Set(volunteers.map(\.id))
        var last: [UUID: Day] = [:]
        for event in register.events where event.date <= today {
            for id in event.attendeeIDs where wanted.contains(id) {
                last[id] = max(last[id] ?? event.date, event.date)
            }
        }
        return byVolunteer(.columnLastRecognised, volunteers) { v in last[v.id].map(l10n.date) ?? l10n(.columnNever) }
    }

    func anniversaries(_ anniversaries: [Attention.Anniversary]) -> ReasonColumn {
        ReasonColumn(title: l10n(.columnAnniversary), texts: Dictionary(anniversaries.map {
            (RecordRef.volunteer($0.volunteer.id), "\(l10n.date($0.date)) · \(l10n.count(.columnYears, $0.years))")
        }, uniquingKeysWith: { a, _ in a }))
    }

    func consentMissing(_ volunteers: [Volunteer]) -> ReasonColumn {
        byVolunteer(.columnConsent, volunteers) { v in
            if let withdrawn = v.consent.withdrawn { return l10n(.columnWithdrawnOn, l10n.date(withdrawn)) }
            guard let given = v.consent.given else { return l10n(.columnConsentNever) }
            return l10n(.columnConsentWithoutRegister, l10n.date(given))
        }
    }

    /// The first deadline of each person's requests, with the days left or over.
    func accessDeadlines(_ requests: [AccessRequest]) -> ReasonColumn {
        var texts: [RecordRef: String] = [:]
        for r in requests {
            guard let id = r.volunteerID, texts[.volunteer(id)] == nil else { continue }
            texts[.volunteer(id)] = "\(l10n.date(r.deadline)) · \(l10n.accessState(r, today: today))"
        }
        return ReasonColumn(title: l10n(.columnDeadline), texts: texts)
    }
}
