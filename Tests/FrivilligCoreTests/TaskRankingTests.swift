import FrivilligCore
import XCTest

/// "Who should I ask?" on the small register of `TaskRankingFixture`, where each
/// volunteer differs from the next in the one rule that orders them.
final class TaskRankingTests: XCTestCase {
    private typealias F = TaskRankingFixture

    func testTheOrderFollowsTheRulesOneAfterAnother() throws {
        let register = F.register()
        let ranking = TaskRanking(try XCTUnwrap(register.task(F.id(30))), in: register)
        XCTAssertEqual(ranking.candidates.map(\.name), ["Anna", "Gert", "Cille", "Bent", "Hans", "Erik", "Dorte"])
    }

    func testEachReasonIsTheOneThatPlacedThem() throws {
        let register = F.register()
        let ranking = TaskRanking(try XCTUnwrap(register.task(F.id(30))), in: register)
        let reasons = Dictionary(uniqueKeysWithValues: ranking.candidates.map { ($0.name, $0.reasons) })
        XCTAssertEqual(reasons["Anna"], [.skills(["Højtlæsning"]), .timeFits, .atWorkplace, .tasks(0), .lastAsked(nil), .lastThanked(F.d(2026, 6, 1))])
        XCTAssertEqual(reasons["Gert"], [.skills(["Højtlæsning"]), .timeFits, .atWorkplace, .tasks(2), .lastAsked(nil), .lastThanked(nil)])
        XCTAssertEqual(reasons["Bent"], [.skills(["Højtlæsning"]), .timeFits, .tasks(0), .lastAsked(F.d(2026, 11, 1)), .lastThanked(nil)],
                       "HØJTLÆSNING is Højtlæsning; a part of the day not given is any part")
        XCTAssertEqual(reasons["Hans"]?.prefix(2), [.skills(["Højtlæsning"]), .timeUnknown])
        XCTAssertEqual(reasons["Erik"]?.prefix(2), [.skills(["Højtlæsning"]), .timeDoesNotFit])
        XCTAssertEqual(reasons["Dorte"]?.prefix(3), [.noSkills, .timeFits, .atWorkplace])
    }

    func testATaskWithoutFixedTimeFitsEveryone() {
        XCTAssertEqual(TaskRanking.time(TaskTime(weekdays: [.monday], ongoing: true), Availability()), .anyTime)
        XCTAssertEqual(TaskRanking.time(TaskTime(), Availability(weekdays: [.friday])), .anyTime)
        XCTAssertEqual(TaskRanking.time(TaskTime(weekdays: [.monday], partsOfDay: [.evening]),
                                        Availability(weekdays: [.monday], partsOfDay: [.morning])), .timeDoesNotFit)
    }
}
