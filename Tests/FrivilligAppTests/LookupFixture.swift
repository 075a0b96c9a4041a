import FrivilligApp
import FrivilligCore
import Foundation

/// Three volunteers named Søren Østergaard, told apart by workplace, birth year and
/// address; Holger at the first Søren's workplace; and an anonymised record there too,
/// with an agreement and an event of its own.
enum LookupFixture {
    static let kildebakken = Workplace(id: AppFixture.id(50), name: "Dagcenter Kildebakken")
    static let bibliotek = Workplace(id: AppFixture.id(51), name: "Haslev Bibliotek")

    static func register() -> Register {
        let id = AppFixture.id
        let created = Date(timeIntervalSince1970: 1_700_000_000)
        var anonymous = Volunteer(id: id(5), name: "Anonym frivillig 2026-001", postalCode: "4690", city: "Haslev",
                                  workplaceIDs: [kildebakken.id], created: created)
        anonymous.birthYear = 1950
        anonymous.anonymised = true
        return Register(volunteers: [
            Volunteer(id: id(1), name: "Søren Østergaard", phones: ["+4520123456"], address: "Vestergade 3", postalCode: "4690", city: "Haslev",
                      birthDate: Day(year: 1956, month: 3, day: 2), workplaceIDs: [kildebakken.id],
                      emergencyContacts: [EmergencyContact(name: "Mette Østergaard", relation: "datter", phone: "+4530123456")], created: created),
            Volunteer(id: id(2), name: "Søren Østergaard", phones: ["+4520654321"], address: "Søndergade 9", postalCode: "4700", city: "Næstved",
                      birthDate: Day(year: 1971, month: 5, day: 6), workplaceIDs: [bibliotek.id],
                      emergencyContacts: [EmergencyContact(name: "Lone Østergaard", relation: "hustru", phone: "+4530654321")], created: created),
            Volunteer(id: id(3), name: "Søren Østergaard", phones: ["+4540112233"], postalCode: "4690", city: "Haslev",
                      birthDate: Day(year: 1988, month: 8, day: 9), workplaceIDs: [bibliotek.id], created: created),
            Volunteer(id: id(4), name: "Holger Nielsen", phones: ["+4550505050"], workplaceIDs: [kildebakken.id], created: created),
            anonymous,
        ], workplaces: [kildebakken, bibliotek],
           agreements: [Agreement(id: id(30), volunteerID: id(5), workplaceID: kildebakken.id)],
           events: [RecognitionEvent(id: id(40), date: Day(year: 2026, month: 6, day: 1)!, kind: .excursion, title: "Sommerudflugt",
                                     attendeeIDs: [id(5)])])
    }

    static func state(width: Int = 80, height: Int = 24) -> AppState {
        AppState(register: register(), l10n: Localizer(.da), today: AppFixture.today, storePath: "~/store.json", width: width, height: height)
    }

    /// A new volunteer's form with a name typed and the cursor moved back inside the phone.
    static func halfFilledForm() -> AppState {
        var s = state()
        s.press(.char("2"), .char("a"))
        s.type("Karen Lund")
        s.press(.tab)
        s.type("2011")
        s.press(.left, .left)
        return s
    }
}
