@testable import FrivilligExchange
import FrivilligCore
import XCTest

final class WelcomeLetterTests: XCTestCase {
    private func fields(_ text: [String: String] = [:], marks: [String: Bool] = [:]) -> WelcomeLetterFields {
        WelcomeLetterFields(text: text, marks: marks)
    }

    func testGeneratedTemplatesMatchResources() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("scripts/gen-letters.py").path, "--check"]
        let err = Pipe()
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 0, "run python3 scripts/gen-letters.py: \(message)")
    }

    func testBothTemplatesAskForTheSameKnownFields() {
        let known = WelcomeLetterFields.textKeys.union(WelcomeLetterFields.markKeys)
        let da = WelcomeLetter.template(.da).fieldKeys
        let en = WelcomeLetter.template(.en).fieldKeys
        XCTAssertEqual(da, en)
        XCTAssertEqual(da, known, "every field is used and no unknown key is asked for")
    }

    func testFieldsComeFromTheAgreementAndItsRecords() {
        let v = Volunteer(name: "Søren", phones: ["+4520123456"], emergencyContacts: [
            EmergencyContact(name: "Mette", relation: "datter", phone: "+4530123456"), EmergencyContact(name: "Lis", phone: "+4540404040"),
        ])
        let c = Contact(name: "Hanne", role: "Leder", phone: "+4570000000")
        let a = Agreement(volunteerID: v.id, contactID: c.id, reviewDate: Day(year: 2027, month: 1, day: 2), dutyToReportExplained: true)
        let f = WelcomeLetterFields(agreement: a, in: Register(volunteers: [v], contacts: [c], agreements: [a]), date: { $0.danish })
        XCTAssertEqual(f.text["volunteer.phone"], "+45 20 12 34 56")
        XCTAssertEqual(f.text["emergency.name"], "Mette", "the first emergency contact is the one to call first")
        XCTAssertEqual(f.text["contact.role"], "Leder")
        XCTAssertEqual(f.text["workplace.name"], "")
        XCTAssertEqual(f.text["agreement.reviewDate"], "02.01.2027")
        XCTAssertEqual(f.marks, ["check.confidentiality": false, "check.dutyToReport": true, "check.insurance": false,
                                 "check.childRequired": false, "check.childConsentRequested": false])
    }

    func testAValueCannotBecomeMarkup() {
        let hostile = "# Overskrift\n- punkt\n1. tal\n**fed** <b>x</b> & \u{1B}[31mrød\u{202E}"
        let letter = WelcomeLetter(fields: fields(["agreement.allowedTasks": hostile]), language: .da)
        let md = letter.render(.md)
        XCTAssertTrue(md.contains("\\# Overskrift  \n\\- punkt  \n1\\. tal  \n\\*\\*fed\\*\\* \\<b\\>x\\</b\\> \\& \\[31mrød\n"), md)
        let html = letter.render(.html)
        XCTAssertTrue(html.contains("# Overskrift<br>\n- punkt<br>\n1. tal<br>\n**fed** &lt;b&gt;x&lt;/b&gt; &amp; [31mrød</p>"), html)
        let txt = letter.render(.txt)
        XCTAssertTrue(txt.contains("# Overskrift\n- punkt\n1. tal\n**fed** <b>x</b> & [31mrød\n"), txt)
        for text in [md, html, txt] {
            XCTAssertFalse(text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E }, "control characters are dropped")
        }
    }

    func testMissingValuesLeaveALineToWriteOn() {
        let txt = WelcomeLetter(fields: fields(["volunteer.name": "Åse"]), language: .en).render(.txt)
        XCTAssertTrue(txt.contains("Name: Åse\nPhone: ________________________\n"), txt)
        XCTAssertTrue(txt.contains("- [ ] Insurance has been explained"), txt)
        XCTAssertTrue(txt.hasSuffix("Date and signature, contact person: ________________________\n"), txt)
    }

    func testHtmlIsAPrintablePageInTheLettersLanguage() {
        let html = WelcomeLetter(fields: fields(["volunteer.name": "Søren & Co"], marks: ["check.insurance": true]), language: .en).render(.html)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        XCTAssertTrue(html.contains("<title>Welcome letter – Søren &amp; Co</title>"))
        XCTAssertTrue(html.contains("@page { size: A4; margin: 2cm; }"))
        XCTAssertTrue(html.contains("<h2>Signatures</h2>"))
        XCTAssertTrue(html.contains("<li><span class=\"mark\">☒</span> Insurance has been explained</li>"))
        XCTAssertFalse(html.contains("{{"), "every placeholder is filled")
    }

    func testAValueLookingLikeAPlaceholderStaysText() {
        let html = WelcomeLetter(fields: fields(["volunteer.name": "{{body}}", "agreement.expenses": "{{title}}"]), language: .da).render(.html)
        XCTAssertTrue(html.contains("<title>Velkomstbrev – {{body}}</title>"), html)
        XCTAssertTrue(html.contains("<p>Arbejdspladsen dækker disse direkte udgifter:<br>\n{{title}}</p>"), html)
        XCTAssertEqual(html.components(separatedBy: "<h1>").count, 2, "the body is there once")
    }
}
