import FrivilligApp
import FrivilligCore
import Foundation

/// AppFixture's register with one record due under each retention rule, and an active
/// anonymised volunteer (no relative, no consent, ten years on 01.12.2026) whom no list
/// of people names. Due, oldest first: Anders Jensen (paused,
/// nothing since the record was made in 2023), Ole Dam (a contact linked to nothing
/// since 10.01.2024), Bente Holm (stopped 01.06.2025), Carsten Ny (declined
/// 15.03.2026, erased) and Dorte Lund (withdrew her consent 20.11.2026).
enum RetentionFixture {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    static func register() -> Register {
        var register = AppFixture.register()
        let created = Date(timeIntervalSince1970: 1_700_000_000)
        var bente = Volunteer(id: AppFixture.id(5), name: "Bente Holm", phones: ["+4522446688"], status: .stopped,
                              statusChanged: day(2025, 6, 1), startDate: day(2018, 4, 1), created: created)
        bente.statusPeriods = [StatusPeriod(.active, from: day(2018, 4, 1), to: day(2025, 6, 1)), StatusPeriod(.stopped, from: day(2025, 6, 1))]
        var carsten = Volunteer(id: AppFixture.id(6), name: "Carsten Ny", status: .declined, statusChanged: day(2026, 3, 15), created: created)
        carsten.statusPeriods = [StatusPeriod(.applicant, from: day(2026, 2, 20), to: day(2026, 3, 15)), StatusPeriod(.declined, from: day(2026, 3, 15))]
        var dorte = Volunteer(id: AppFixture.id(7), name: "Dorte Lund", startDate: day(2022, 5, 1), created: created)
        dorte.consent = Consent(given: day(2022, 5, 1), scopes: [.register], withdrawn: day(2026, 11, 20))
        var anonymised = Volunteer(id: AppFixture.id(8), name: "Anonym frivillig 2025-001", startDate: day(2016, 12, 1),
                                   created: created)
        anonymised.anonymised = true
        register.volunteers += [bente, carsten, dorte, anonymised]
        var ole = Contact(id: AppFixture.id(11), name: "Ole Dam", kind: .other, organisation: "Biblioteket")
        ole.unlinkedSince = day(2024, 1, 10)
        register.contacts.append(ole)
        return register
    }

    static func state(_ language: Language = .da) -> AppState {
        AppState(register: register(), l10n: Localizer(language), today: AppFixture.today, storePath: "~/store.json", width: 80, height: 24)
    }

    /// The overview's line "Skal anonymiseres eller slettes", counted from the top.
    static let overviewLine = 13
}
