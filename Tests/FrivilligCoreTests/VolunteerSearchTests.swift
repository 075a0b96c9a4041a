@testable import FrivilligCore
import XCTest

/// Narrowing the last hits while typing must give exactly what a full search gives.
final class VolunteerSearchTests: XCTestCase {
    func testTypingGivesTheSameHitsAsAFullSearch() {
        let register = DemoGenerator(seed: 11, volunteers: 1500, today: Day(year: 2026, month: 11, day: 22)!).make()
        var volunteers = register.volunteers
        volunteers.append(Volunteer(name: "Aage Æbelø", phones: ["+4520304050"], email: "aage@example.dk"))
        let index = VolunteerIndex(volunteers, workplaceNames: register.workplaceNames)
        let typings = ["soeren da", "sør", "aage", "ae", "åse", "+45 2030", "0045 20", "20 30 40", "2a", "+4", "+45", "+45 2", "mette ø", "ex", "s", "so", "s",
                       "søren dagcenter", "dagcenter s", "s 46", "46 s", "4 a", "a 4 b", "19 ø", "ø 19", "aa ae", "20 3 a", "a 20 3"]
        for typing in typings {
            var search = VolunteerSearch()
            var typed = ""
            for c in typing {
                typed.append(c)
                search.update(SearchQuery(typed), in: index)
                XCTAssertEqual(search.hits, index.search(SearchQuery(typed)), "after typing \(typed)")
            }
            while !typed.isEmpty {
                typed.removeLast()
                search.update(SearchQuery(typed), in: index)
                XCTAssertEqual(search.hits, index.search(SearchQuery(typed)), "after erasing to \(typed)")
            }
        }
    }

    /// `search` skips volunteers by their `SearchGrams`; it must answer exactly as
    /// comparing every volunteer's text does (`buckets`), for first letters, pieces of
    /// names, workplaces, addresses and phone numbers, both folds, and no match.
    func testSkippingByGramsGivesTheAnswerOfComparingEveryone() {
        let register = DemoGenerator(seed: 5, volunteers: 1200, today: Day(year: 2026, month: 11, day: 22)!).make()
        var volunteers = register.volunteers
        volunteers.append(Volunteer(name: "Aage Æbelø", phones: ["+4520304050"], email: "aage@example.dk"))
        let index = VolunteerIndex(volunteers, workplaceNames: register.workplaceNames)
        var queries: Set<String> = ["soeren", "sør", "aa", "å", "æ", "ø", "ae", "oe", "+45 2030", "0045 20", "20 30 40", "2", "45",
                                    "zzxq", "qø", "s 46", "a 4 b", "dagcenter s", "kilde søren", "-", "@", "example.dk", "1960"]
        for v in volunteers.prefix(150) {
            for word in v.name.split(separator: " ") {
                for length in 1...min(5, word.count) { queries.insert(String(word.prefix(length))) }
                queries.insert(String(word.dropFirst()))
            }
            queries.insert(v.name.split(separator: " ").reversed().joined(separator: " "))
            if let phone = v.phones.first { queries.insert(String(phone.suffix(5))) }
        }
        for w in register.workplaces.prefix(5) { queries.insert(String(w.name.lowercased().prefix(6))) }
        for text in queries.sorted() {
            let query = SearchQuery(text)
            let groups: [Int?] = VolunteerIndex.withNeedles(query) { needles in index.buckets(needles) }
            let everyone: [Int] = (0..<4).flatMap { group in index.sortedOrder.filter { groups[$0] == group } }
            XCTAssertEqual(index.search(query), everyone, "for \(text)")
            XCTAssertEqual(index.search(query, includingAnonymised: false), everyone.filter { !volunteers[$0].anonymised }, "for \(text)")
        }
        XCTAssertGreaterThan(queries.count, 500)
    }
}
