import Foundation
import FrivilligCore
import XCTest

/// `frivillig ice` and `log-event --volunteer` tell people of one name apart: each hit
/// carries the workplaces, the birth year and the address, and the words of a query may
/// name any of them, in any order.
final class CLILookupTests: XCTestCase {
    private var cli: CLIRunner!
    private let kildebakken = Workplace(name: "Dagcenter Kildebakken")
    private let bibliotek = Workplace(name: "Haslev Bibliotek")

    override func setUpWithError() throws {
        cli = try CLIRunner()
        let register = Register(volunteers: [
            Volunteer(name: "Søren Østergaard", phones: ["+4520123456"], address: "Vestergade 3", postalCode: "4690", city: "Haslev",
                      birthDate: Day(year: 1956, month: 3, day: 2), workplaceIDs: [kildebakken.id],
                      emergencyContacts: [EmergencyContact(name: "Mette Østergaard", relation: "datter", phone: "+4530123456")]),
            Volunteer(name: "Søren Østergaard", phones: ["+4520654321"], address: "Søndergade 9", postalCode: "4700", city: "Næstved",
                      birthDate: Day(year: 1971, month: 5, day: 6), workplaceIDs: [bibliotek.id],
                      emergencyContacts: [EmergencyContact(name: "Lone Østergaard", relation: "hustru", phone: "+4530654321")]),
            Volunteer(name: "Holger Nielsen", phones: ["+4550505050"], workplaceIDs: [kildebakken.id]),
            Volunteer(name: "Niels Holgersen", phones: ["+4560606060"]),
        ], workplaces: [kildebakken, bibliotek])
        try Store.open(at: cli.store).replace(with: register)
    }

    override func tearDown() { cli.remove() }

    func testIceTellsTwoSorenOstergaardsApart() throws {
        let r = try cli.run(["ice", "søren", "østergaard"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, """
            Søren Østergaard  +45 20 12 34 56
              Dagcenter Kildebakken · f. 1956 · Vestergade 3, 4690 Haslev
              1. Mette Østergaard (datter)  +45 30 12 34 56

            Søren Østergaard  +45 20 65 43 21
              Haslev Bibliotek · f. 1971 · Søndergade 9, 4700 Næstved
              1. Lone Østergaard (hustru)  +45 30 65 43 21

            """)
        let english = try cli.run(["ice", "søren", "--lang", "en"])
        XCTAssertTrue(english.stdout.contains("  Haslev Bibliotek · b. 1971 · Søndergade 9, 4700 Næstved\n"), english.stdout)
    }

    func testTheWordsOfAnIceQueryNameTheWorkplaceOrPostcodeInAnyOrder() throws {
        for q in [["søren", "kildebakken"], ["kildebakken", "soeren"], ["søren 4690"], ["1956", "sør"]] {
            let r = try cli.run(["ice"] + q)
            XCTAssertEqual(r.status, 0, "\(q) \(r.stderr)")
            XCTAssertTrue(r.stdout.hasPrefix("Søren Østergaard  +45 20 12 34 56\n  Dagcenter Kildebakken"), "\(q): \(r.stdout)")
            XCTAssertFalse(r.stdout.contains("Lone"), "\(q): \(r.stdout)")
        }
    }

    func testIceJSONCarriesWorkplacesBirthYearAndAddress() throws {
        let r = try cli.run(["ice", "søren", "--json"])
        let list = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(list.count, 2)
        XCTAssertEqual(list[0]["workplaces"] as? [String], ["Dagcenter Kildebakken"])
        XCTAssertEqual(list[0]["birthYear"] as? Int, 1956)
        XCTAssertEqual(list[0]["postalCode"] as? String, "4690")
        XCTAssertEqual(list[0]["address"] as? String, "Vestergade 3")
        XCTAssertEqual(list[0]["city"] as? String, "Haslev")
        XCTAssertEqual(list[1]["workplaces"] as? [String], ["Haslev Bibliotek"])
        XCTAssertEqual(list[1]["birthYear"] as? Int, 1971)
        XCTAssertEqual(list[1]["postalCode"] as? String, "4700")
    }

    /// A workplace renamed since the snapshot: the index answers with the new name, as
    /// loading the store does, and the new name finds the people there.
    func testARenamedWorkplaceGivesTheSameAnswerWithAndWithoutTheIndex() throws {
        var renamed = kildebakken
        renamed.name = "Aktivitetshuset Kildebakken"
        try Store.open(at: cli.store).commit([.putWorkplace(renamed)])
        XCTAssertNotNil(LookupIndex.search(SearchQuery("aktivitetshuset"), store: cli.store), "the journal is laid over the index")
        for q in ["aktivitetshuset", "dagcenter", "søren kildebakken", "holger"] {
            for extra in [[], ["--json"]] {
                let fast = try cli.run(["ice", q] + extra)
                let straight = try cli.run(["ice", q] + extra, env: ["FRIVILLIG_NO_INDEX": "1"])
                XCTAssertEqual(fast.status, straight.status, q)
                XCTAssertEqual(fast.stdout, straight.stdout, q)
            }
        }
        let r = try cli.run(["ice", "aktivitetshuset"])
        XCTAssertTrue(r.stdout.contains("Holger Nielsen  +45 50 50 50 50\n  Aktivitetshuset Kildebakken\n"), r.stdout)
        XCTAssertTrue(r.stdout.contains("  Aktivitetshuset Kildebakken · f. 1956 · Vestergade 3, 4690 Haslev\n"), r.stdout)
        XCTAssertEqual(try cli.run(["ice", "dagcenter"]).status, 1, "the old name finds no one")
    }

    func testIceLeavesAnonymisedVolunteersOut() throws {
        let done = try cli.run(["anonymise", "søren", "1971", "--confirm", "Søren Østergaard"])
        XCTAssertEqual(done.status, 0, done.stderr)
        for env in [[:], ["FRIVILLIG_NO_INDEX": "1"]] {
            let r = try cli.run(["ice", "søren"], env: env)
            XCTAssertEqual(r.stdout.components(separatedBy: "Søren Østergaard").count, 2, r.stdout)
            XCTAssertFalse(r.stdout.contains("1971") || r.stdout.contains("Bibliotek"), r.stdout)
            XCTAssertEqual(try cli.run(["ice", "anonym"], env: env).status, 1)
        }
    }

    func testLogEventMatchesWordsInAnyOrderAndListsCandidatesWithWhatTellsThemApart() throws {
        let logged = try cli.run(["log-event", "--kind", "tak", "--date", "2026-11-01", "--title", "Tak",
                                  "--volunteer", "holger niel", "--volunteer", "kildebakken søren"])
        XCTAssertEqual(logged.status, 0, logged.stderr)
        XCTAssertTrue(logged.stdout.hasSuffix("  - Holger Nielsen\n  - Søren Østergaard\n"), logged.stdout)

        let before = try cli.storeData()
        let r = try cli.run(["log-event", "--kind", "tak", "--date", "2026-11-01", "--title", "Tak", "--volunteer", "østergaard søren"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("»østergaard søren« matcher 2 frivillige"), r.stderr)
        XCTAssertTrue(r.stderr.contains("  - Søren Østergaard  +45 20 12 34 56  Dagcenter Kildebakken · f. 1956 · Vestergade 3, 4690 Haslev\n"), r.stderr)
        XCTAssertTrue(r.stderr.contains("  - Søren Østergaard  +45 20 65 43 21  Haslev Bibliotek · f. 1971 · Søndergade 9, 4700 Næstved\n"), r.stderr)
        XCTAssertEqual(try cli.storeData(), before)
    }

    func testLogEventDoesNotAddAnAnonymisedVolunteer() throws {
        XCTAssertEqual(try cli.run(["anonymise", "holger", "nielsen", "--confirm", "Holger Nielsen"]).status, 0)
        let register = try Store.open(at: cli.store).register
        let label = try XCTUnwrap(register.volunteers.first { $0.anonymised }?.name)
        let before = try cli.storeData()
        let r = try cli.run(["log-event", "--kind", "tak", "--date", "2026-11-01", "--title", "Tak", "--volunteer", label])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("Ingen frivillig matcher »\(label)«."), r.stderr)
        XCTAssertEqual(try cli.storeData(), before)
    }
}
