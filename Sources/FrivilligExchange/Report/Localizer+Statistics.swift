import FrivilligCore
import FrivilligText

extension Localizer {
    /// A section's heading, as the tab and every report format show it.
    public func statisticsSection(_ kind: StatisticsSection.Kind) -> String {
        switch kind {
        case .status: return self(.statsSectionStatus)
        case .workplaces: return self(.statsSectionWorkplaces)
        case .areas: return self(.statsSectionAreas)
        case .membership: return self(.statsSectionMembership)
        case .newPerMonth: return self(.statsSectionNewPerMonth)
        case .stoppedPerMonth: return self(.statsSectionStoppedPerMonth)
        case .retention: return self(.statsSectionRetention)
        case .agreements: return self(.statsSectionAgreements)
        case .childChecks: return self(.statsSectionChildChecks)
        case .eventsByKind: return self(.statsSectionEventsByKind)
        case .eventsPerMonth: return self(.statsSectionEventsPerMonth)
        case .thanks: return self(.statsSectionThanks)
        case .openTasks: return self(.statsSectionOpenTasks)
        case .filledTasks: return self(.statsSectionFilledTasks)
        }
    }

    /// What one count counts, in the reader's language ("Aktiv", "Plejecenter Solgården", "nov 2026").
    public func statisticsLabel(_ label: StatisticsLabel) -> String {
        switch label {
        case .status(let s): return status(s)
        case .workplace(_, let name): return name
        case .withoutWorkplace: return self(.statsWithoutWorkplace)
        case .area(let area): return area.isEmpty ? self(.statsAreaNone) : area
        case .membership(.individual): return self(.statsMembershipIndividual)
        case .membership(.association): return self(.statsMembershipAssociation)
        case .membership(.network): return self(.statsMembershipNetwork)
        case .month(let year, let month): return "\(monthName(month)) \(year)"
        case .agreementStatus(let s): return agreementStatus(s)
        case .childCheck(.received): return self(.statsChildReceived)
        case .childCheck(.missing): return self(.statsChildMissing)
        case .childCheck(.due): return self(.statsChildDue)
        case .eventKind(let k): return eventKind(k)
        case .began: return self(.statsBegan)
        case .stillActive: return self(.statsStillActive)
        case .attendances: return self(.statsAttendances)
        case .notThanked: return self(.statsNotThanked)
        }
    }

    /// The short name of a month, 1 to 12 ("maj", "May").
    public func monthName(_ month: Int) -> String {
        let names = self(.statsMonths).split(separator: ",").map(String.init)
        return names.indices.contains(month - 1) ? names[month - 1] : String(month)
    }

    /// The period as a heading names it: "2026" or "de seneste 12 måneder til 23.11.2026".
    public func statisticsPeriod(_ period: StatisticsPeriod) -> String {
        switch period.kind {
        case .year(let y): return self(.statsPeriodYear, y)
        case .last12Months: return self(.statsPeriodLast12, date(period.last))
        }
    }
}
