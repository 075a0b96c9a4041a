import Foundation

/// What a count counts, as a value the screens and the report turn into words in the
/// reader's language; the core knows no language.
public enum StatisticsLabel: Hashable, Sendable {
    case status(VolunteerStatus)
    /// A workplace by id, with its name as the register has it.
    case workplace(UUID, name: String)
    /// Tasks that name no workplace (or one outside the filter's).
    case withoutWorkplace
    /// A workplace area (`ældre`, `børn`); empty for workplaces without one.
    case area(String)
    case membership(Membership.Kind)
    /// A calendar month, for the monthly series.
    case month(year: Int, month: Int)
    case agreementStatus(AgreementStatus)
    case childCheck(ChildCheckCounts.State)
    case eventKind(EventKind)
    /// Fastholdelse: those who began 12–24 months before, and those of them still active.
    case began, stillActive
    case attendances, notThanked
}
