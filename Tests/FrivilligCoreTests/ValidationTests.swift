import FrivilligCore
import XCTest

final class ValidationTests: XCTestCase {
    func testDanishPhoneNumbersAreNormalised() {
        for typed in ["20123456", "20 12 34 56", "20.12.34.56", "20-12-34-56", "+45 20 12 34 56", "0045 20123456", "+4520123456", "(+45) 2012 3456"] {
            XCTAssertEqual(Phone.normalise(typed), "+4520123456", typed)
        }
    }

    func testForeignNumbersKeepTheirCountryCode() {
        XCTAssertEqual(Phone.normalise("+46 70 123 45 67"), "+46701234567")
        XCTAssertEqual(Phone.normalise("0049 30 1234567"), "+49301234567")
        XCTAssertNil(Phone.normalise("+1 234"), "too short")
        XCTAssertNil(Phone.normalise("+1234567890123456"), "16 digits is too long")
    }

    func testImpossibleDanishNumbersAreRejected() {
        for typed in ["", "1234567", "123456789", "10123456", "01234567", "+45 1012 3456", "2012345a", "tlf 20123456"] {
            XCTAssertNil(Phone.normalise(typed), typed)
        }
    }

    func testPhoneDisplayGroupsDanishNumbers() {
        XCTAssertEqual(Phone.display("+4520123456"), "+45 20 12 34 56")
        XCTAssertEqual(Phone.display("+46701234567"), "+46701234567")
        XCTAssertEqual(Phone.display("+452012345ø"), "+45 20 12 34 5ø")
    }

    func testEmailSyntax() {
        XCTAssertTrue(Email.isValid("soeren@example.dk"))
        XCTAssertTrue(Email.isValid("a.b+c@sub.kommune.dk"))
        for bad in ["", "soeren", "soeren@", "@example.dk", "soeren@example", "so eren@example.dk", "a@b@c.dk", "a@.dk", "a@example..dk"] {
            XCTAssertFalse(Email.isValid(bad), bad)
        }
    }

    func testValidatorCollectsEveryProblemWithItsField() {
        var v = Validator()
        XCTAssertEqual(v.name("  Søren  "), "Søren")
        _ = v.name("   ", field: "emergency-name")
        _ = v.phone("12", field: "phone")
        _ = v.email("nope")
        _ = v.day("31.02.2026", field: "start-date")
        _ = v.eventKind("party")
        XCTAssertEqual(v.errors.map(\.field), ["emergency-name", "phone", "email", "start-date", "kind"])
        XCTAssertEqual(v.errors.map(\.rule), [.required, .phone, .email, .date, .eventKind])
        XCTAssertThrowsError(try v.check())
    }

    func testEventKindsInEnglishAndDanish() {
        XCTAssertEqual(EventKind(parsing: "udflugt"), .excursion)
        XCTAssertEqual(EventKind(parsing: "Jubilæum"), .anniversary)
        XCTAssertEqual(EventKind(parsing: "volunteer-friday"), .volunteerFriday)
        XCTAssertEqual(EventKind(parsing: "frivillig-fredag"), .volunteerFriday)
        XCTAssertEqual(EventKind(parsing: "statusmøde"), .statusMeeting)
        XCTAssertNil(EventKind(parsing: "fest"))
    }
}
