// Golden screens: each test draws one whole screen of the Danish interface at 80×24 from
// AppFixture's register (fixed ids, today 23.11.2026) and compares every cell, text and
// style, with Golden/<name>.txt (format in GoldenFile.swift). A difference fails the test
// and prints a line diff.
//
// When a screen changes on purpose, re-record all of them with one command, then review
// the change with `git diff Tests/FrivilligAppTests/Golden` before committing it:
//
//     FRIVILLIG_RECORD_GOLDEN=1 swift test --filter GoldenScreenTests
//
// A recording run fails every test on purpose ("Recorded …"); the next run without the
// variable must pass.

import FrivilligApp
import TerminalUI
import XCTest

final class GoldenScreenTests: XCTestCase {
    private func assertScreen(_ name: String, after keys: Key..., typing text: String = "", file: StaticString = #filePath, line: UInt = #line) {
        var state = AppFixture.state()
        for key in keys { state.press(key) }
        state.type(text)
        assertGolden(state.view(), named: name, file: file, line: line)
    }

    func testOverview() {
        assertScreen("overview")
    }

    func testVolunteers() {
        assertScreen("volunteers", after: .char("2"))
    }

    func testContacts() {
        assertScreen("contacts", after: .char("3"))
    }

    func testWorkplaces() {
        assertScreen("workplaces", after: .char("4"))
    }

    func testAgreements() {
        assertScreen("agreements", after: .char("5"))
    }

    func testEvents() {
        assertScreen("events", after: .char("6"))
    }

    func testTasks() {
        assertScreen("tasks", after: .char("8"))
    }

    func testTaskDetail() {
        assertScreen("task-detail", after: .char("8"), .enter)
    }

    func testTaskRanking() {
        assertScreen("task-ranking", after: .char("8"), .enter, .char("m"), .char(" "))
    }

    func testTaskRankingInEnglish() {
        var state = AppFixture.state(.en)
        state.press(.char("8"), .enter, .char("m"))
        assertGolden(state.view(), named: "task-ranking-en")
    }

    func testNewTaskForm() {
        assertScreen("task-form", after: .char("8"), .char("a"))
    }

    func testAssociations() {
        assertScreen("associations", after: .char("9"))
    }

    func testAssociationDetail() {
        assertScreen("association-detail", after: .char("9"), .enter)
    }

    func testVolunteerDetail() {
        assertScreen("volunteer-detail", after: .char("2"), .down, .enter)
    }

    func testNewVolunteerForm() {
        assertScreen("volunteer-form", after: .char("2"), .char("a"))
    }

    func testEmergencyLookup() {
        assertScreen("emergency-lookup", after: .char("!"), typing: "sør")
    }

    func testHelpOnTheVolunteerList() {
        assertScreen("help", after: .char("2"), .char("?"))
    }

    func testTooSmallWindow() {
        assertGolden(AppFixture.state(width: 30, height: 8).view(), named: "too-small")
    }

    func testSettingsFormFromTheOverview() {
        assertScreen("settings-form", after: .char("s"))
    }

    /// The list behind the overview's retention line, with its first row marked.
    func testRetentionListBehindTheOverviewLine() {
        var state = RetentionFixture.state()
        for _ in 0..<RetentionFixture.overviewLine { state.press(.down) }
        state.press(.enter, .char(" "))
        assertGolden(state.view(), named: "retention-list")
    }
}
