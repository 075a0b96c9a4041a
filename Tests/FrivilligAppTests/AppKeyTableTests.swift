@testable import FrivilligApp
@testable import FrivilligCore
import Foundation
import TerminalUI
import XCTest

/// What `?` promises is what the keys do, on every screen, overlay and kind of form
/// field: each key named in the help does something a user sees (the screen changes, an
/// effect is asked for, or a refusal says why), and each key that does something is
/// named in the help. Where text is typed, every character does something unnamed;
/// where "any key" closes, every key does.
final class AppKeyTableTests: XCTestCase {
    /// A register where every list has rows to move between and every detail is longer
    /// than a small window, so movement keys always have somewhere to go.
    private func register() -> Register {
        let id = AppFixture.id
        let created = Date(timeIntervalSince1970: 1_700_000_000)
        let volunteers = (1...9).map { n in
            Volunteer(id: id(n), name: "Frivillig \(n)", phones: ["+452000000\(n)"], email: "f\(n)@example.dk", address: "Vej \(n)",
                      skills: ["kage"], interests: ["fugle"], workplaceIDs: [id(20), id(21)],
                      emergencyContacts: n > 2 ? [] : [EmergencyContact(name: "Pårørende \(n)", relation: "mor", phone: "+453000000\(n)")],
                      notes: "Noter \(n)", created: created)
        }
        let contacts = (10...12).map { n in
            Contact(id: id(n), name: "Kontakt \(n)", kind: .staff, organisation: "Org", role: "Leder", phone: "+457000000\(n - 10)",
                    email: "k\(n)@example.dk", notes: "Noter")
        }
        let workplaces = (20...22).map { n in
            Workplace(id: id(n), name: "Sted \(n)", area: "ældre", address: "Gade \(n)", contactIDs: [id(10), id(11), id(12)], guidelines: "Retningslinjer")
        }
        let agreements = (30...32).map { n in
            Agreement(id: id(n), volunteerID: id(n - 29), workplaceID: id(20), contactID: id(10), allowedTasks: "Besøg",
                      startDate: Day(year: 2025, month: 1, day: 1), reviewDate: Day(year: 2026, month: 12, day: 1), notes: "Noter")
        }
        let events = (40...42).map { n in
            RecognitionEvent(id: id(n), date: Day(year: 2026, month: 11, day: n - 30)!, kind: .gathering, title: "Fest \(n)",
                             description: "Kage", attendeeIDs: volunteers.map(\.id))
        }
        return Register(volunteers: volunteers, contacts: contacts, workplaces: workplaces, agreements: agreements, events: events)
    }

    /// Every screen, reached by keys, with the selection or scroll away from both ends.
    private func screens(readOnly: Bool) -> [(String, AppState)] {
        var start = AppState(register: register(), l10n: Localizer(.da), today: AppFixture.today, storePath: "s", width: 100, height: 10)
        start.isReadOnly = readOnly
        func after(_ keys: Key...) -> AppState {
            var s = start
            for key in keys { _ = s.update(.key(key)) }
            return s
        }
        var out: [(String, AppState)] = [("overview", after(.down))]
        for (tab, name) in zip(["2", "3", "4", "5", "6"], ["volunteers", "contacts", "workplaces", "agreements", "events"]) {
            let digit = Key.char(Character(tab))
            out.append(("\(name) list", after(digit, .down)))
            out.append(("\(name) detail", after(digit, .down, .enter, .down)))
        }
        out.append(("searched list", after(.char("2"), .char("/"), .char("f"), .enter, .down)))
        out.append(("overview line's list", after(.down, .down, .down, .down, .down, .enter, .down)))
        return out
    }

    /// Every key a keyboard sends, but pastes and resizes, which are not keys of a screen.
    private let allKeys: [Key] = {
        var keys: [Key] = [.enter, .escape, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right,
                           .pageUp, .pageDown, .home, .end]
        keys += (32...126).map { .char(Character(UnicodeScalar(UInt8($0)))) }
        keys += "æøåÆØÅ".map { .char($0) }
        keys += "abcdefghijklmnopqrstuvwxyz".map { .ctrl($0) }
        keys += (1...12).map { .function($0) }
        return keys
    }()

    /// The keys a help line names before its text ("Home/End eller g/G   første/sidste").
    private func keysNamed(in line: String) -> [Key]? {
        guard let gap = line.range(of: "   ") else { return nil }
        var keys: [Key] = []
        for part in line[..<gap.lowerBound].components(separatedBy: " eller ").flatMap({ $0.components(separatedBy: ", ") }) {
            let names = part == "/" ? ["/"] : part.components(separatedBy: "/")
            for name in names {
                switch name {
                case "↑": keys.append(.up)
                case "↓": keys.append(.down)
                case "PgUp": keys.append(.pageUp)
                case "PgDn": keys.append(.pageDown)
                case "Home": keys.append(.home)
                case "End": keys.append(.end)
                case "Enter": keys.append(.enter)
                case "Esc": keys.append(.escape)
                case "Tab": keys.append(.tab)
                case "Shift-Tab": keys.append(.backTab)
                case "mellemrum": keys.append(.char(" "))
                case "←": keys.append(.left)
                case "→": keys.append(.right)
                case "Delete": keys.append(.delete)
                case "Backspace": keys.append(.backspace)
                case let n where n.hasPrefix("F") && Int(n.dropFirst()) != nil: keys.append(.function(Int(n.dropFirst())!))
                case "1–9": keys += "123456789".map { .char($0) }
                case let n where n.hasPrefix("Ctrl-") && n.count == 6: keys.append(.ctrl(Character(n.suffix(1).lowercased())))
                case let n where n.count == 1: keys.append(.char(n.first!))
                default: XCTFail("a key name the test does not know: \(name) in \(line)")
                }
            }
        }
        return keys
    }

    /// What a key did that a user notices (the screen with its styles, as the selection
    /// is reverse video); nil when nothing.
    private func outcome(of key: Key, on state: AppState, showing before: Buffer) -> String? {
        var s = state
        let effects = s.update(.key(key))
        if !effects.isEmpty { return "effects \(effects)" }
        if let message = s.message { return "message \(message.text)" }
        return s.view() != before ? "screen" : nil
    }

    /// The keys of `state`'s table: whether it takes text, and whether any key acts.
    private func otherKeys(_ state: AppState) -> (text: Bool, any: Bool) {
        func kind<A>(_ map: KeyMap<A>) -> (text: Bool, any: Bool) {
            if case .any = map.otherKeys { return (false, true) }
            return (map.takesText, false)
        }
        switch state.focus {
        case .overlay(.form(let form)): return kind(form.keyMap)
        case .overlay(let top): return kind(OverlayKeyTable.map(try! XCTUnwrap(state.overlayKeyScope(top))))
        case .search: return (true, false)
        case .screen(let scope): return kind(state.keyMap(scope))
        }
    }

    /// Keys that edit typed text (the cursor, deleting); where text is typed they may
    /// or may not change what is shown, so they are not checked there.
    private let editingKeys: Set<Key> = [.backspace, .delete, .left, .right, .home, .end,
                                         .ctrl("a"), .ctrl("b"), .ctrl("d"), .ctrl("e"), .ctrl("f"), .ctrl("k"), .ctrl("u"), .ctrl("w")]

    private func checkHelpMatchesKeys(_ screens: [(String, AppState)]) {
        for (name, state) in screens {
            let lines = state.helpLines()
            let named = Set(lines.compactMap(keysNamed).flatMap { $0 })
            let (takesText, anyKey) = otherKeys(state)
            // Help opens by the key it names for that; where any key closes, it cannot.
            if !anyKey, let opener = [Key.char("?"), .function(1)].first(where: named.contains) {
                var help = state
                help.send(.resized(width: 100, height: 40))
                help.press(opener)
                let drawn = help.screen.joined(separator: "\n")
                for line in lines { XCTAssertTrue(drawn.contains(line), "\(name): the help overlay shows \(line)\n\(drawn)") }
                help.press(.char("x"))
                XCTAssertEqual(help.overlays.count, state.overlays.count, "\(name): help closes back to where it was opened")
            }
            let before = state.view()
            for key in allKeys {
                // The number of the tab on screen switches to where the user already is.
                if state.stack.isEmpty, state.overlays.isEmpty, key == .char(Character(String(state.tab.rawValue))) { continue }
                let did = outcome(of: key, on: state, showing: before)
                if named.contains(key) || anyKey {
                    XCTAssertNotNil(did, "\(name): the help names \(key), but it does nothing")
                } else if takesText, case .char = key {
                    XCTAssertNotNil(did, "\(name): \(key) is text here, but typing it shows nothing")
                } else if !(takesText && editingKeys.contains(key)) {
                    XCTAssertNil(did, "\(name): \(key) does something (\(did ?? "")) the help does not name")
                }
            }
        }
    }

    /// Every overlay and every kind of form field, reached by keys where keys reach them,
    /// with a selection or focus away from both ends.
    private func overlaysAndForms() -> [(String, AppState)] {
        let start = AppState(register: register(), l10n: Localizer(.da), today: AppFixture.today, storePath: "s", width: 100, height: 30)
        func after(_ keys: Key..., text: String = "", then more: [Key] = []) -> AppState {
            var s = start
            for key in keys { _ = s.update(.key(key)) }
            s.type(text)
            for key in more { _ = s.update(.key(key)) }
            return s
        }
        /// Moves down the form until its keys are `scope`'s.
        func formAt(_ scope: FormKeyScope, _ state: AppState, skipping: Int = 0) -> AppState {
            var s = state
            var skipped = 0
            for _ in 0..<60 {
                if case .form(let form)? = s.overlay, form.keyScope == scope {
                    if skipped == skipping { return s }
                    skipped += 1
                }
                _ = s.update(.key(.tab))
            }
            XCTFail("no field with the keys of \(scope)")
            return s
        }
        let volunteerForm = after(.char("2"), .down, .char("e"))
        let newEvent = after(.char("2"), .down, .char("r"))
        let editedEvent = after(.char("6"), .down, .char("e"))
        var out: [(String, AppState)] = [
            ("help", after(.char("2"), .char("?"))),
            ("delete confirmation", after(.char("2"), .down, .char("d"))),
            ("emergency lookup", after(.char("!"), text: "frivillig", then: [.down])),
            ("emergency lookup over a form", after(.char("2"), .down, .char("e"), .function(2), text: "frivillig", then: [.down])),
            ("import dialog, path", after(.char("2"), .char("I"), text: "~/frivillige.csv")),
            ("form, text", after(.char("2"), .down, .char("e"), .down)),
            ("form, choice", formAt(.choice(many: false), volunteerForm)),
            ("form, choice of many", formAt(.choice(many: true), volunteerForm)),
            ("form, open list", after(.char("2"), .down, .char("e"), .down, .down, .down, .down, .down, .enter, .down)),
            ("form, checkbox", formAt(.checkbox, after(.char("5"), .down, .char("e")), skipping: 1)),
            ("form, attendee search", formAt(.attendeeSearch(searching: false), newEvent)),
            ("form, attendee", formAt(.attendee, editedEvent, skipping: 3)),
            ("form, discard?", after(.char("2"), .down, .char("e"), text: "x", then: [.escape])),
        ]
        var manyList = formAt(.choice(many: true), volunteerForm)
        manyList.press(.enter, .down)
        out.append(("form, open list of many", manyList))
        manyList.type("sted")
        manyList.press(.down)
        out.append(("form, filtered list of many", manyList))
        var searching = formAt(.attendeeSearch(searching: false), newEvent)
        searching.type("frivillig")
        searching.press(.down)
        out.append(("form, attendee search with matches", searching))

        var notice = start
        notice.overlay = .notice(title: "Kan ikke slettes", lines: ["Der er aftaler."])
        out.append(("notice", notice))

        for (name, sheet) in [("import dialog, plan", "Navn;Telefon\nKaren Lund;60 70 80 90\n"),
                              ("import dialog, nothing to import", "Navn;Telefon\n;60 70 80 90\n")] {
            var plan = after(.char("2"), .char("I"), text: "~/frivillige.csv", then: [.enter])
            plan.send(.fileRead(path: "~/frivillige.csv", .success(Data(sheet.utf8))))
            out.append((name, plan))
        }

        out += removalDialogSteps(after(.char("2"), .down, .char("X")))

        guard case .form(let form)? = volunteerForm.overlay else { return out }
        let volunteer = register().volunteers[1]
        let reference = Reference.volunteer(volunteer.id, name: volunteer.name)
        for deleted in [false, true] {
            var conflict = start
            conflict.overlay = .conflict(ConflictDialog(conflict: RevisionConflict(
                record: reference, fields: deleted ? [] : [.init(key: "email", mine: "\"a@b.dk\"", theirs: "\"c@d.dk\"")],
                keepingMine: deleted ? nil : .putVolunteer(volunteer), keepingTheirs: deleted ? nil : .putVolunteer(volunteer)), form: form))
            out.append((deleted ? "conflict, record deleted" : "conflict", conflict))
        }
        return out
    }

    /// Each step of the removal dialog opened on "Frivillig 2": the choice, the question
    /// about their entries as someone's emergency contact, the preview before and after
    /// the places are found (a long one scrolled one row), the name with a wrong one
    /// typed, and the removal running.
    private func removalDialogSteps(_ opened: AppState) -> [(String, AppState)] {
        let id = AppFixture.id(2)
        var relatives = opened
        relatives.overlay = .removal(RemovalDialog(volunteerID: id, name: "Frivillig 2", relativeOf: ["Frivillig 3"]))
        relatives.press(.down, .enter)
        var finding = opened
        finding.press(.enter)
        var found = opened
        found.send(.removalPlanned(id, .success(RemovalPlan(preview: ErasurePreview(), label: "Anonym frivillig 2026-001"))))
        found.press(.enter)
        var places = ErasurePreview()
        places.exports = (1...40).map { ExportLog.Entry(at: Date(timeIntervalSince1970: 1_800_000_000), kind: .csv, path: "/tmp/f\($0).csv") }
        var long = opened
        long.send(.removalPlanned(id, .success(RemovalPlan(preview: places, label: "Anonym frivillig 2026-001"))))
        long.press(.enter, .down)
        var name = found
        name.press(.enter)
        name.type("Frivillig")
        var running = name
        if case .removal(var dialog)? = running.overlay {
            dialog.step = .running
            running.overlay = .removal(dialog)
        }
        return [("removal, choice", opened), ("removal, relatives", relatives), ("removal, finding the places", finding),
                ("removal, preview", found), ("removal, long preview", long), ("removal, name", name), ("removal, running", running)]
    }

    func testEveryKeyTheHelpNamesWorksAndEveryWorkingKeyIsNamed() {
        checkHelpMatchesKeys(screens(readOnly: false))
    }

    func testTheSameHoldsReadOnlyWhereChangesAreRefusedSayingWhy() {
        checkHelpMatchesKeys(screens(readOnly: true))
    }

    func testTheSameHoldsOnEveryOverlayAndEveryKindOfFormField() {
        let states = overlaysAndForms()
        let scopes = states.map { name, state -> String in
            switch state.focus {
            case .overlay(.form(let form)): return "\(form.keyScope)"
            case .overlay(let top): return state.overlayKeyScope(top).map { "\($0)" } ?? "?"
            case .search, .screen: return "\(name) is no overlay"
            }
        }
        XCTAssertEqual(Set(scopes), [
            "text", "choice(many: false)", "choice(many: true)", "checkbox", "attendeeSearch(searching: false)",
            "attendeeSearch(searching: true)", "attendee", "picker(many: false, filtering: false)",
            "picker(many: true, filtering: false)", "picker(many: true, filtering: true)", "discard",
            "help", "notice", "confirmDelete", "conflict(deleted: false)", "conflict(deleted: true)", "emergency(canOpenHit: true)", "emergency(canOpenHit: false)",
            "importPath", "importPlan(canImport: true)", "importPlan(canImport: false)",
            "removalChoice", "removalPreview(ready: false, scrollable: false)", "removalPreview(ready: true, scrollable: false)",
            "removalPreview(ready: true, scrollable: true)", "removalName", "removalRunning",
        ], "every key table of a form and an overlay is walked")
        checkHelpMatchesKeys(states)
    }

    func testADetailScrollsNoFurtherThanItsEndSoOneUpMovesAtOnce() {
        var s = AppState(register: register(), l10n: Localizer(.da), today: AppFixture.today, storePath: "s", width: 100, height: 10)
        s.press(.char("2"), .enter)
        s.press(.char("G"))
        let end = s.screen
        for _ in 0..<30 { s.press(.down) }
        XCTAssertEqual(s.screen, end, "↓ at the end stays at the end")
        s.press(.up)
        XCTAssertNotEqual(s.screen, end, "one ↑ after many ↓ at the end moves up")
        s.press(.home)
        s.press(.end)
        XCTAssertEqual(s.screen, end, "End goes to the same end as G")
    }

    func testAVolunteersDetailOffersANewAgreementAndOnlyItOffersRecognition() {
        var s = AppState(register: register(), l10n: Localizer(.da), today: AppFixture.today, storePath: "s", width: 120, height: 24)
        s.press(.char("2"), .enter)
        XCTAssertTrue(s.helpLines().contains { $0.hasPrefix("a   ") && $0.hasSuffix("   ny aftale for denne frivillige") },
                      s.helpLines().joined(separator: "\n"))
        XCTAssertTrue(s.screen[23].contains("a ny aftale"), s.screen[23])
        s.press(.char("3"), .enter)
        XCTAssertFalse(s.helpLines().contains { $0.hasPrefix("r ") }, s.helpLines().joined(separator: "\n"))
        XCTAssertFalse(s.screen[23].contains("påskønnelse"), s.screen[23])
    }

    func testAKeyThatNeedsARecordOnAnEmptyListSaysWhy() {
        var s = AppState(register: Register(), l10n: Localizer(.da), today: AppFixture.today, storePath: "s")
        s.press(.char("3"), .char("e"))
        XCTAssertNil(s.overlay)
        XCTAssertEqual(s.message, StatusMessage(text: "Der er intet valgt: listen er tom.", isError: true))
    }
}
