import FrivilligCore
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
}
