import Foundation
@testable import FrivilligCore
import XCTest

/// Consent as the register keeps it: read from stores written before it had scopes, and
/// the overview's lists of volunteers without consent and of those who withdrew it.
final class ConsentTests: XCTestCase {
    private let today = Day(year: 2026, month: 11, day: 22)!
    private let created = Date(timeIntervalSince1970: 0)

    private func volunteer(_ name: String, _ consent: Consent, status: VolunteerStatus = .active) -> Volunteer {
        Volunteer(name: name, status: status, consent: consent, created: created)
    }

    /// An older store's bare `consentDate` is consent to the register, through the fast
    /// reader and JSONDecoder alike, and is written back in today's form.
    func testAnOldConsentDateReadsAsConsentToTheRegister() throws {
        let old = Data("""
            {"schemaVersion": 1, "volunteers": [
              {"id": "0F0F0F0F-1E1E-2D2D-3C3C-4B4B4B4B4B4B", "name": "Søren", "status": "active", "consentDate": "2019-08-01"},
              {"id": "1F0F0F0F-1E1E-2D2D-3C3C-4B4B4B4B4B4B", "name": "Åse", "status": "active"}
            ]}
            """.utf8)
        let expected = Consent(given: Day(year: 2019, month: 8, day: 1)!, scopes: [.register])
        for (reader, register) in [("fast", StoreReader.register(from: old)),
                                   ("JSONDecoder", try StoreCodec.decodeWithFoundation(old, path: "old.json"))] {
            XCTAssertEqual(register?.volunteers.first?.consent, expected, reader)
            XCTAssertEqual(register?.volunteers.last?.consent, Consent(), reader)
        }
        let written = String(decoding: StoreCodec.encode(try XCTUnwrap(StoreReader.register(from: old))), as: UTF8.self)
        XCTAssertTrue(written.contains(#""consent":{"given":"2019-08-01","scopes":["register"]}"#), written)
        XCTAssertFalse(written.contains("consentDate"), written)
    }

    func testANewConsentWinsOverAnOldDateInTheSameRecord() throws {
        let both = Data("""
            {"schemaVersion": 1, "volunteers": [{"id": "0F0F0F0F-1E1E-2D2D-3C3C-4B4B4B4B4B4B", "name": "Søren", "status": "active",
              "consentDate": "2019-08-01", "consent": {"given": "2020-01-02", "scopes": ["photos"], "method": "oral"}}]}
            """.utf8)
        let expected = Consent(given: Day(year: 2020, month: 1, day: 2)!, scopes: [.photos], method: .oral)
        XCTAssertEqual(StoreReader.register(from: both)?.volunteers.first?.consent, expected)
        XCTAssertEqual(try StoreCodec.decodeWithFoundation(both, path: "both.json").volunteers.first?.consent, expected)
    }

    /// Present, absent, without the register's scope, withdrawn; paused and stopped
    /// volunteers are not asked for.
    func testTheOverviewListsActiveVolunteersWhoseConsentDoesNotCoverTheRegister() {
        let given = today.adding(days: -30)
        let people = [
            volunteer("Anna", Consent(given: given, scopes: [.register, .photos], method: .written)),
            volunteer("Bent", Consent()),
            volunteer("Carl", Consent(given: given, scopes: [.photos])),
            volunteer("Dora", Consent(given: given, scopes: [.register], withdrawn: today)),
            volunteer("Emil", Consent(), status: .paused),
            volunteer("Frida", Consent(given: given, scopes: [.register], withdrawn: today.adding(days: -1)), status: .stopped),
        ]
        let a = Attention(register: Register(volunteers: people), today: today)
        XCTAssertEqual(a.consentMissing.map(\.name), ["Bent", "Carl", "Dora"])
        XCTAssertEqual(a.retention.items.map(\.name), ["Frida", "Emil", "Dora"],
                       "to be anonymised or erased, whatever their status, the longest due first (Emil paused in 1970)")
        XCTAssertEqual(a.retention.items.filter { $0.reason == .consentWithdrawn }.map(\.name), ["Dora"],
                       "Frida stopped in 1970, which came due first")
    }

    func testAConsentCannotBeWithdrawnBeforeItWasGivenNorHaveScopesWithoutADate() {
        let given = today.adding(days: -3)
        XCTAssertEqual(Consent(given: given, scopes: [.register], withdrawn: given.adding(days: -1)).problem, .withdrawnBeforeGiven)
        XCTAssertNil(Consent(given: given, scopes: [.register], withdrawn: given).problem, "the same day")
        XCTAssertEqual(Consent(scopes: [.photos]).problem, .scopesWithoutDate)
        XCTAssertNil(Consent(withdrawn: today).problem, "a withdrawal of a consent never recorded still counts")
    }

    func testScopesAndMethodsAreReadInDanishAndEnglishAndAsTheExportWritesThem() {
        XCTAssertEqual(Consent.Scope.list("billeder, registret"), [.register, .photos])
        XCTAssertEqual(Consent.Scope.list("register,photos,sharing"), [.register, .photos, .sharing])
        XCTAssertEqual(Consent.Scope.list("deling med arbejdspladsen"), [.sharing])
        XCTAssertNil(Consent.Scope.list("register, kage"))
        XCTAssertEqual(Consent.Method(word: "på e-mail"), .email)
        XCTAssertEqual(Consent.Method(word: "Skriftligt"), .written)
        XCTAssertNil(Consent.Method(word: "telepatisk"))
    }
}
