import FrivilligApp
import FrivilligCore
import Foundation

/// A register where the people an excursion is logged for have neighbours: the same
/// first name, the same surname, a surname that starts the same, and two Søren
/// Østergaard at different workplaces.
enum AttendeesFixture {
    static let kildebakken = Workplace(id: AppFixture.id(900), name: "Dagcenter Kildebakken")
    static let bibliotek = Workplace(id: AppFixture.id(901), name: "Haslev Bibliotek")
    static let solgaarden = Workplace(id: AppFixture.id(902), name: "Plejecenter Solgården")

    /// The fourteen on the excursion, each with what a practiced user types to find them.
    static let attendees: [(name: String, query: String, workplace: Workplace)] = [
        ("Søren Østergaard", "sø øs ki", kildebakken),
        ("Holger Nielsen", "hol ni", kildebakken),
        ("Anne Jensen", "anne j", solgaarden),
        ("Anna Hansen", "anna", solgaarden),
        ("Bodil Ærø", "bod", kildebakken),
        ("Karen Lund", "kar", bibliotek),
        ("Jens Peter Madsen", "jens p", kildebakken),
        ("Mette Kristensen", "mett", solgaarden),
        ("Lis Poulsen", "lis p", bibliotek),
        ("Ole Dam", "ole", kildebakken),
        ("Birgit Larsen", "bir", solgaarden),
        ("Hanne Kjær", "hann", bibliotek),
        ("Erik Mortensen", "mort", kildebakken),
        ("Inge Thomsen", "inge", solgaarden),
    ]

    /// Those not on it, most of them a near miss for one who is.
    static let neighbours: [(String, Workplace)] = [
        ("Søren Østergaard", bibliotek), ("Søren Jensen", kildebakken), ("Holger Nissen", solgaarden),
        ("Anne Jørgensen", kildebakken), ("Annette Jensen", bibliotek), ("Karen Lundgaard", kildebakken),
        ("Jens Madsen", solgaarden), ("Ole Damgaard", bibliotek), ("Erik Mogensen", solgaarden),
        ("Hans Hansen", kildebakken), ("Lisbeth Holm", solgaarden), ("Ingrid Berg", bibliotek),
        ("Birthe Nørgaard", kildebakken), ("Henning Bak", solgaarden), ("Metha Lind", bibliotek),
    ]

    static func attendeeID(_ n: Int) -> UUID { AppFixture.id(1000 + n) }

    static func register() -> Register {
        let created = Date(timeIntervalSince1970: 1_700_000_000)
        var volunteers: [Volunteer] = []
        for (n, a) in attendees.enumerated() {
            volunteers.append(Volunteer(id: attendeeID(n), name: a.name, phones: [String(format: "+45201%05d", n)],
                                        postalCode: "4690", city: "Haslev", workplaceIDs: [a.workplace.id], created: created))
        }
        for (n, (name, workplace)) in neighbours.enumerated() {
            volunteers.append(Volunteer(id: AppFixture.id(2000 + n), name: name, phones: [String(format: "+45301%05d", n)],
                                        postalCode: "4700", city: "Næstved", workplaceIDs: [workplace.id], created: created))
        }
        return Register(volunteers: volunteers, workplaces: [kildebakken, bibliotek, solgaarden])
    }

    static func state(_ language: Language = .da) -> AppState {
        AppState(register: register(), l10n: Localizer(language), today: AppFixture.today, storePath: "~/store.json", width: 100, height: 30)
    }
}
