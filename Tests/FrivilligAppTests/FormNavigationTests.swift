import FrivilligApp
import FrivilligCore
import TerminalUI
import XCTest

final class FormNavigationTests: XCTestCase {
    private func contactForm(_ l10n: Localizer = FormFixture.da) -> FormState {
        .contact(nil, register: FormFixture.register, l10n: l10n)
    }

    private func focusedLabel(_ form: FormState) -> String? {
        form.focusedLine.map { String($0.dropFirst(4).prefix(while: { $0 != " " })) }
    }

    func testTabAndShiftTabGoThroughTheFieldsInOrderAndWrapAround() {
        var form = contactForm()
        var labels: [String?] = [focusedLabel(form)]
        for _ in 0 ..< 7 {
            form.press(.tab)
            labels.append(focusedLabel(form))
        }
        XCTAssertEqual(labels, ["Navn", "Type", "Organisation", "Rolle", "Telefon", "E-mail", "Noter", "Navn"])
        form.press(.backTab)
        XCTAssertEqual(focusedLabel(form), "Noter")
        form.press(.backTab, .backTab)
        XCTAssertEqual(focusedLabel(form), "Telefon")
    }

    func testArrowsMoveLikeTabButStopAtTheEnds() {
        var form = contactForm()
        form.press(.up)
        XCTAssertEqual(focusedLabel(form), "Navn")
        form.press(.down, .down)
        XCTAssertEqual(focusedLabel(form), "Organisation")
        for _ in 0 ..< 10 { form.press(.down) }
        XCTAssertEqual(focusedLabel(form), "Noter")
        form.press(.up)
        XCTAssertEqual(focusedLabel(form), "E-mail")
    }

    func testEscapeOnAnUnchangedFormCancelsAtOnce() {
        var form = FormState.contact(FormFixture.lene, register: FormFixture.register, l10n: FormFixture.da)
        form.press(.tab, .tab)
        XCTAssertEqual(form.press(.escape), .cancel)
    }

    func testTypingAndErasingAgainCountsAsUnchanged() {
        var form = contactForm()
        form.type("x")
        form.press(.backspace)
        XCTAssertEqual(form.press(.escape), .cancel)
    }

    func testEscapeOnAChangedFormAsksNStaysAndJDiscards() {
        var form = contactForm()
        form.type("Lene")
        XCTAssertEqual(form.press(.escape), .stay)
        XCTAssertEqual(form.screen()[22], "│ Kassér ændringer? (j/n)                                                      │")
        XCTAssertEqual(form.statusHint, "j kassér · n fortsæt")
        XCTAssertTrue(form.isTextEntry, "the answer must reach the form, not the app's commands")
        XCTAssertEqual(form.press(.char("q")), .stay, "other keys neither answer nor edit")
        XCTAssertEqual(form.press(.char("n")), .stay)
        XCTAssertFalse(form.screenText.contains("Kassér"))
        form.type("!")
        XCTAssertEqual(form.focusedLine, "│ › Navn *        Lene!                                                        │")
        XCTAssertEqual(form.press(.escape), .stay)
        XCTAssertEqual(form.press(.char("j")), .cancel)
    }

    func testEnglishDiscardQuestionAcceptsY() {
        var form = contactForm(FormFixture.en)
        form.press(.tab, .right)
        XCTAssertEqual(form.press(.escape), .stay)
        XCTAssertTrue(form.screenText.contains("Discard changes? (y/n)"))
        XCTAssertEqual(form.press(.char("y")), .cancel)
    }

    func testEnterSavesFromAnyTextField() throws {
        var form = contactForm()
        form.type("Lene Bak")
        form.press(.tab, .right, .tab, .tab, .tab)
        form.type("8612 3456")
        guard case .save(let changes, _) = form.press(.enter), case .putContact(let c)? = changes.first else {
            return XCTFail("expected a saved contact")
        }
        XCTAssertEqual(c.name, "Lene Bak")
        XCTAssertEqual(c.kind, .association)
        XCTAssertEqual(c.phone, "+4586123456")
    }

    func testACommitRefusalIsShownAtTheFieldItConcerns() {
        var form = contactForm()
        form.type("Lene")
        form.press(.tab, .tab, .tab, .tab)
        form.type("123")
        form.press(.tab)
        form.show([FieldError(field: "phone", value: "123", rule: .phone)])
        let lines = form.screen()
        XCTAssertEqual(lines[5], "│ › Telefon       123                                                          │")
        XCTAssertTrue(lines[6].hasPrefix("│   Telefon: »123« er ikke et telefonnummer."))
    }

    func testARefusalForNoFieldOfTheFormIsShownAboveTheFields() {
        var form = contactForm()
        form.show([FieldError(field: "workplace", value: "Solgården", rule: .reference)])
        XCTAssertEqual(form.screen()[1], "│   Arbejdsplads: »Solgården« findes ikke.                                     │")
        XCTAssertEqual(form.screen()[2], "│ › Navn *                                                                     │")
    }

    func testARefusalOfARepeatedFieldFindsTheRowWithThatValue() throws {
        var form = FormState.volunteer(nil, register: FormFixture.register, l10n: FormFixture.da)
        form.type("Søren")
        for _ in 0 ..< 20 { form.press(.tab) }
        form.type("99")
        form.press(.tab)
        form.show([FieldError(field: "emergency-phone", value: "99", rule: .phone)])
        let lines = form.screen()
        let row = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("│ › Telefon") })
        XCTAssertEqual(lines[row - 3], "│ Pårørende 2                                                                  │")
        XCTAssertTrue(lines[row + 1].hasPrefix("│   Pårørende 2 – Telefon: »99« er ikke et telefonnummer."))
    }

    func testALongFormScrollsToKeepTheFocusedFieldVisible() {
        var form = FormState.volunteer(nil, register: FormFixture.register, l10n: FormFixture.da)
        XCTAssertTrue(form.screen()[22].hasSuffix("↓"), "more below")
        form.press(.backTab)
        let lines = form.screen()
        XCTAssertEqual(lines[22], "│ › Noter                                                                      │")
        XCTAssertTrue(lines[1].hasSuffix("↑"), "more above")
        XCTAssertFalse(lines.contains { $0.contains("Navn *") })
        form.press(.tab)
        XCTAssertEqual(form.screen()[1], "│ › Navn *                                                                     │")
    }

    func testWideAndControlCharactersStayInsideTheBox() {
        let name = "山田\u{1B}[31m太郎"
        let form = FormState.contact(Contact(name: name, organisation: "😀 Klub"), register: FormFixture.register, l10n: FormFixture.da)
        let lines = form.screen()
        XCTAssertEqual(lines[0], "┌ Rediger 山田␛[31m太郎 ───────────────────────────────────────────────────────┐")
        XCTAssertEqual(lines[1], "│ › Navn *        山田␛[31m太郎                                                │")
        XCTAssertEqual(lines[3], "│   Organisation  😀 Klub                                                      │")
        for line in lines { XCTAssertEqual(TextWidth.width(of: line), 80, line) }
    }

    func testTextEntryIsReportedForTextAndChoicesButNotForCheckboxes() {
        var form = FormState.agreement(nil, volunteerID: FormFixture.soerenOe.id, register: FormFixture.register,
                                       today: FormFixture.today, l10n: FormFixture.da)
        XCTAssertTrue(form.isTextEntry, "typing on a choice filters it")
        for _ in 0 ..< 9 { form.press(.tab) }
        XCTAssertFalse(form.isTextEntry)
        XCTAssertEqual(form.statusHint, "mellemrum kryds · Enter gem · Esc annullér")
        form.press(.backTab)
        XCTAssertTrue(form.isTextEntry)
    }

    func testATinyAreaDrawsNothingOutsideIt() {
        let form = contactForm()
        var buffer = Buffer(width: 30, height: 6)
        form.render(into: &buffer, in: Rect(x: 2, y: 1, width: 20, height: 3))
        XCTAssertEqual(buffer.lines, ["", "  ┌ Ny kontaktperson ┐", "  │ › Navn *         ↓", "  └──────────────────┘", "", ""])
    }
}
