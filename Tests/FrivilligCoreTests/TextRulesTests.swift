import FrivilligCore
import XCTest

/// The one rule for text every way in shares: what a name, a note or a phone field may
/// hold, as `Validator` applies it for the command line, the forms and the import.
final class TextRulesTests: XCTestCase {
    private func errors(_ validate: (inout Validator) -> Void) -> [FieldError] {
        var v = Validator()
        validate(&v)
        return v.errors
    }

    private func textError(_ field: String, _ value: String, _ violation: TextViolation) -> FieldError {
        FieldError(field: field, value: value, rule: .text(violation))
    }

    func testEveryKindOfControlInANameIsRefusedNamingTheCharacterWhileNamesInAnyScriptPass() {
        let cases: [(String, TextViolation)] = [
            ("Sø\u{1B}[31mren", .controlCharacter("\u{1B}")),
            ("Bo\u{07}Ek", .controlCharacter("\u{07}")),
            ("Bo\u{7F}Ek", .controlCharacter("\u{7F}")),
            ("Bo\u{9B}31mEk", .controlCharacter("\u{9B}")),
            ("Bo\u{85}Ek", .controlCharacter("\u{85}")),
            ("Bo\tEk", .controlCharacter("\t")),
            ("Bo\rEk", .lineBreak),
            ("Bo\nEk", .lineBreak),
            ("Bo\u{2028}Ek", .lineBreak),
            ("Bo \u{202E}kE", .bidiControl("\u{202E}")),
            ("Bo \u{202D}Ek", .bidiControl("\u{202D}")),
            ("Bo \u{2067}Ek\u{2069}", .bidiControl("\u{2067}")),
            ("Bo \u{200F}Ek", .bidiControl("\u{200F}")),
            ("Bo\u{FFFD}Ek", .invalidUTF8),
        ]
        for (name, violation) in cases {
            XCTAssertEqual(errors { _ = $0.name(name) }, [textError("name", name, violation)], name.debugDescription)
        }
        for name in ["Søren Østergaard", "Åse Bæk-Ærø", "山田太郎", "Zoë O'Brien", "👨‍👩‍👧 familien", "محمد"] {
            XCTAssertEqual(errors { _ = $0.name(name) }, [], name)
        }
    }

    /// Notes, guidelines and descriptions keep their line breaks and tabs, and nothing else.
    func testMultiLineFieldsKeepLineBreaksAndTabsButNotOtherControls() {
        let note = "Første linje\r\nAnden linje\n\tindrykket"
        XCTAssertEqual(errors { XCTAssertEqual($0.text(note, field: "notes"), note) }, [])
        XCTAssertEqual(errors { _ = $0.text("Ingen medicin.\nSpørg først.", field: "guidelines") }, [])
        XCTAssertEqual(errors { _ = $0.text("Mød op kl. 10\nved rådhuset", field: "description") }, [])
        XCTAssertEqual(errors { _ = $0.text("linje\u{1B}[2J", field: "notes") },
                       [textError("notes", "linje\u{1B}[2J", .controlCharacter("\u{1B}"))])
        XCTAssertEqual(errors { _ = $0.text("linje\u{202E}", field: "guidelines") },
                       [textError("guidelines", "linje\u{202E}", .bidiControl("\u{202E}"))])
        XCTAssertEqual(errors { _ = $0.text("en\u{2029}to", field: "notes") },
                       [textError("notes", "en\u{2029}to", .controlCharacter("\u{2029}"))])
        XCTAssertEqual(errors { _ = $0.text("Leder\nfor caféen", field: "role") },
                       [textError("role", "Leder\nfor caféen", .lineBreak)], "a role is one line")
    }

    /// Only digits shaped and dated like a CPR number are refused: 991399-1234 is no date,
    /// and a run of digits longer or shorter is some other number.
    func testACPRNumberWithARealDateIsRefusedButNotOtherDigits() {
        XCTAssertEqual(errors { _ = $0.name("010203-1234") }, [textError("name", "010203-1234", .cprNumber("010203-1234"))])
        XCTAssertEqual(errors { _ = $0.name("Bo 0102031234") }, [textError("name", "Bo 0102031234", .cprNumber("0102031234"))])
        XCTAssertEqual(errors { _ = $0.name("Bo 290200–1234") }, [textError("name", "Bo 290200–1234", .cprNumber("290200–1234"))],
                       "29 February 2000, with an en dash")
        XCTAssertEqual(errors { _ = $0.text("tak, cpr:311299-4321.", field: "gift-value") },
                       [textError("gift-value", "tak, cpr:311299-4321.", .cprNumber("311299-4321"))])
        for text in ["991399-1234", "310203-1234", "290201-1234", "000000-0000", "10102031234", "010203-12345",
                     "1010203-1234", "01020312345", "Tlf. 20 12 34 56", "8900 Randers", "2026-03-01"] {
            XCTAssertNil(TextRules.cprNumber(in: text), text)
            XCTAssertEqual(errors { _ = $0.text(text, field: "notes") }, [], text)
        }
    }

    func testACPRNumberInsideANoteIsRefused() {
        let note = "Ringede i dag.\nHendes CPR er 010203-1234, men det skal ikke stå her."
        XCTAssertEqual(errors { _ = $0.text(note, field: "notes") }, [textError("notes", note, .cprNumber("010203-1234"))])
    }

    /// A birth date field is where a CPR number is most often typed: the message says CPR,
    /// not "not a date".
    func testACPRNumberInADateFieldIsRefusedAsACPRNumber() {
        XCTAssertEqual(errors { XCTAssertNil($0.day("010203-1234", field: "birth-date")) },
                       [textError("birth-date", "010203-1234", .cprNumber("010203-1234"))])
    }

    /// Ten digits are a phone number in a phone field, however much they look like a date;
    /// the same digits as the name beside it are a CPR number.
    func testTenDigitsAreAllowedInPhoneFieldsOnly() {
        XCTAssertEqual(errors { XCTAssertEqual($0.phone("+1 0102031234"), "+10102031234") }, [])
        XCTAssertEqual(errors { _ = $0.phone("+1 0102031234", field: "emergency-phone.2") }, [])
        XCTAssertEqual(errors { _ = $0.name("+1 0102031234", field: "emergency-name.2") },
                       [textError("emergency-name.2", "+1 0102031234", .cprNumber("0102031234"))])
    }

    func testListItemsAreCheckedOneByOne() {
        XCTAssertEqual(errors { XCTAssertEqual($0.list([" kørsel ", "", "bil\u{1B}[5m"], field: "skills"), ["kørsel", "bil\u{1B}[5m"]) },
                       [textError("skills", "bil\u{1B}[5m", .controlCharacter("\u{1B}"))])
    }

    func testAnEmailWithABidiOverrideIsRefusedForThatNotAsAMistypedAddress() {
        XCTAssertEqual(errors { _ = $0.email("soeren@\u{202E}kd.elpmaxe") },
                       [textError("email", "soeren@\u{202E}kd.elpmaxe", .bidiControl("\u{202E}"))])
    }
}
