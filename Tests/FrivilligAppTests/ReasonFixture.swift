import FrivilligApp
import FrivilligCore
import Foundation

/// AppFixture's register with three more volunteers, a workplace with children and two
/// access requests, so that every line of the overview has records behind it and each
/// list can show its reason column. Today is 23.11.2026.
enum ReasonFixture {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    static func register() -> Register {
        var r = AppFixture.register()
        let id = AppFixture.id
        let created = Date(timeIntervalSince1970: 1_700_000_000)
        let relative = [EmergencyContact(name: "Ib Holm", relation: "bror", phone: "+4521212121")]
        r.volunteers += [
            Volunteer(id: id(5), name: "Bent Holm", phones: ["+4522334455"], startDate: day(2021, 12, 5), workplaceIDs: [id(21)],
                      emergencyContacts: relative, consent: Consent(given: day(2024, 3, 1), scopes: [.register], withdrawn: day(2026, 10, 1)),
                      created: created),
            Volunteer(id: id(6), name: "Carla Dahl", phones: ["+4523344556"], workplaceIDs: [id(21)], emergencyContacts: relative,
                      consent: Consent(given: day(2025, 1, 10), scopes: [.photos]), created: created),
            Volunteer(id: id(7), name: "Dorte Friis", phones: ["+4524455667"], workplaceIDs: [id(21)], emergencyContacts: relative,
                      consent: Consent(given: day(2025, 1, 10), scopes: [.register]), created: created),
        ]
        r.workplaces.append(Workplace(id: id(21), name: "Børnehuset Mælkebøtten", area: "børn", worksWithChildren: true))
        r.agreements += [
            Agreement(id: id(32), volunteerID: id(5), workplaceID: id(21), startDate: day(2026, 11, 30), reviewDate: day(2027, 11, 30),
                      signedByVolunteer: day(2026, 11, 2), childCheck: CertificateCheck(required: true, consentRequested: day(2026, 10, 20))),
            Agreement(id: id(33), volunteerID: id(6), workplaceID: id(21), startDate: day(2023, 1, 1), reviewDate: day(2027, 6, 1),
                      signedByVolunteer: day(2023, 1, 1), signedByContact: day(2023, 1, 1),
                      childCheck: CertificateCheck(required: true, received: day(2023, 12, 15))),
            Agreement(id: id(34), volunteerID: id(7), workplaceID: id(21), startDate: day(2023, 1, 1), reviewDate: day(2026, 11, 1),
                      signedByVolunteer: day(2023, 1, 1), signedByContact: day(2023, 1, 1),
                      childCheck: CertificateCheck(required: true, received: day(2023, 6, 1))),
        ]
        r.events.append(RecognitionEvent(id: id(41), date: day(2025, 6, 1), kind: .excursion, title: "Skovtur", attendeeIDs: [id(5)]))
        r.accessRequests = [
            AccessRequest(id: id(50), volunteerID: id(6), name: "Carla Dahl", received: day(2026, 11, 10)),
            AccessRequest(id: id(51), volunteerID: id(7), name: "Dorte Friis", received: day(2026, 9, 1)),
        ]
        return r
    }

    static func state(_ language: Language = .da, width: Int = 100, height: Int = 30) -> AppState {
        AppState(register: register(), l10n: Localizer(language), today: AppFixture.today, storePath: "~/store.json", width: width, height: height)
    }
}
