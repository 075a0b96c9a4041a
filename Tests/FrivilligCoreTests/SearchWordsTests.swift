import Foundation
import FrivilligCore
import XCTest

/// Three volunteers of one name, told apart by where they help, when they were born and
/// where they live: the words of a query name any of those, in any order.
final class SearchWordsTests: XCTestCase {
    private let kildebakken = Workplace(name: "Dagcenter Kildebakken")
    private let biblioteket = Workplace(name: "Haslev Bibliotek")

    private var register: Register {
        Register(volunteers: [
            Volunteer(name: "Søren Østergaard", phones: ["+4520123456"], address: "Vestergade 3", postalCode: "4690", city: "Haslev",
                      birthDate: Day(year: 1956, month: 3, day: 2), workplaceIDs: [kildebakken.id]),
            Volunteer(name: "Søren Østergaard", phones: ["+4530405060"], address: "Søndergade 9", postalCode: "4700", city: "Næstved",
                      birthDate: Day(year: 1971, month: 5, day: 6), workplaceIDs: [biblioteket.id]),
            Volunteer(name: "Søren Østergaard", phones: ["+4540112233"], postalCode: "4690", city: "Haslev",
                      birthDate: Day(year: 1988, month: 8, day: 9), workplaceIDs: [biblioteket.id]),
            Volunteer(name: "Holger Nielsen", phones: ["+4550505050"], workplaceIDs: [kildebakken.id]),
            Volunteer(name: "Niels Holgersen", phones: ["+4560606060"]),
            Volunteer(name: "Karen Kildebakken Hansen", phones: ["+4540114690"]),
        ], workplaces: [kildebakken, biblioteket])
    }

    private func found(_ query: String, in register: Register? = nil, includingAnonymised: Bool = true) -> [String] {
        let r = register ?? self.register
        let names = r.workplaceNames
        return VolunteerIndex(r).search(SearchQuery(query), includingAnonymised: includingAnonymised).map { v -> String in
            let p = Particulars(r.volunteers[v], workplaceNames: names)
            return ([r.volunteers[v].name] + p.workplaces + [p.yearOfBirth.map(String.init) ?? ""]).joined(separator: "|")
        }
    }

    func testAWorkplaceNamesTheOneSorenThere() {
        for q in ["søren kildebakken", "kildebakken søren", "soeren dagcenter", "SØR KILDE", "østergaard kildebakken"] {
            XCTAssertEqual(found(q), ["Søren Østergaard|Dagcenter Kildebakken|1956"], q)
        }
        XCTAssertEqual(found("kildebakken"), ["Karen Kildebakken Hansen|", "Holger Nielsen|Dagcenter Kildebakken|",
                                             "Søren Østergaard|Dagcenter Kildebakken|1956"],
                       "a name holding the word comes first, then the people who help there")
    }

    func testAPostcodeABirthYearOrATownNamesThemToo() {
        XCTAssertEqual(found("søren 4690"), ["Søren Østergaard|Dagcenter Kildebakken|1956", "Søren Østergaard|Haslev Bibliotek|1988"])
        XCTAssertEqual(found("1971 søren"), ["Søren Østergaard|Haslev Bibliotek|1971"])
        XCTAssertEqual(found("søren næstved"), ["Søren Østergaard|Haslev Bibliotek|1971"])
        XCTAssertEqual(found("søren vestergade"), ["Søren Østergaard|Dagcenter Kildebakken|1956"])
        XCTAssertEqual(found("søren 2012"), ["Søren Østergaard|Dagcenter Kildebakken|1956"], "a word of digits is also looked for in phones")
    }

    func testWordsMatchAcrossFirstAndLastNameInAnyOrder() {
        XCTAssertEqual(found("holger niel"), ["Holger Nielsen|Dagcenter Kildebakken|", "Niels Holgersen|"],
                       "the name holding the query as typed first")
        XCTAssertEqual(found("nielsen holger"), ["Holger Nielsen|Dagcenter Kildebakken|"])
        XCTAssertEqual(found("søren zzz"), [])
    }

    /// A phone number's spaces only group its digits: "40 11 22 33" is one number, not
    /// four words each found somewhere (Karen's phone holds 40, 11 and 46 90 apart).
    func testAPhoneNumberIsMatchedWhole() {
        XCTAssertEqual(found("40 11 22 33"), ["Søren Østergaard|Haslev Bibliotek|1988"])
        XCTAssertEqual(found("+45 40 11 46 90"), ["Karen Kildebakken Hansen|"])
        XCTAssertEqual(found("40 46"), [])
    }

    func testAnonymisedRecordsAreLeftOutOnlyWhenAsked() {
        var r = register
        r.volunteers[0].name = "Anonym frivillig 2026-001"
        r.volunteers[0].anonymised = true
        XCTAssertEqual(found("kildebakken", in: r, includingAnonymised: false),
                       ["Karen Kildebakken Hansen|", "Holger Nielsen|Dagcenter Kildebakken|"])
        XCTAssertEqual(found("", in: r, includingAnonymised: false).count, 5)
        XCTAssertEqual(found("anonym", in: r), ["Anonym frivillig 2026-001|Dagcenter Kildebakken|1956"], "the register's lists still hold it")
    }

    func testTheResolverTellsTheSorensApartByWhatIsTyped() {
        let r = register
        let resolver = VolunteerResolver(r)
        XCTAssertEqual(resolver.resolve("søren kildebakken"), .found(r.volunteers[0]))
        XCTAssertEqual(resolver.resolve("søren 1988"), .found(r.volunteers[2]))
        XCTAssertEqual(resolver.resolve("holger niel"), .found(r.volunteers[3]), "the one name holding it as typed")
        XCTAssertEqual(resolver.resolve("nielsen holger"), .found(r.volunteers[3]), "the same words in another order")
        guard case .ambiguous(let three) = resolver.resolve("søren østergaard") else { return XCTFail("three of that name") }
        XCTAssertEqual(three.count, 3)
        guard case .ambiguous(let two) = resolver.resolve("søren 4690") else { return XCTFail("two live in 4690") }
        XCTAssertEqual(Set(two.map(\.id)), [r.volunteers[0].id, r.volunteers[2].id])
    }

    func testTheResolverCanLeaveAnonymisedRecordsOut() {
        var r = register
        r.volunteers[3].anonymised = true
        XCTAssertEqual(VolunteerResolver(r).resolve("holger nielsen"), .found(r.volunteers[3]))
        XCTAssertEqual(VolunteerResolver(r, includingAnonymised: false).resolve("holger nielsen"), .none)
        XCTAssertEqual(VolunteerResolver(r, includingAnonymised: false).resolve(r.volunteers[3].id.uuidString), .none)
    }

    func testEveryWordOfAQueryIsLookedForInAnyOrder() {
        let label = FoldedText("Søren Østergaard · Dagcenter Kildebakken · f. 1956")
        XCTAssertTrue(label.containsEveryWord(SearchQuery("kildebakken søren")))
        XCTAssertTrue(label.containsEveryWord(SearchQuery("1956 oester")))
        XCTAssertTrue(label.containsEveryWord(SearchQuery("")))
        XCTAssertFalse(label.containsEveryWord(SearchQuery("kildebakken holger")))
        XCTAssertFalse(label.contains(SearchQuery("kildebakken søren")), "as typed it is not there")
    }
}
