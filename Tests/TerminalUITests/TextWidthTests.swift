import TerminalUI
import XCTest

final class TextWidthTests: XCTestCase {
    func testDanishLettersTakeOneColumnEach() {
        XCTAssertEqual(TextWidth.width(of: "Søren Ærø"), 9)
        XCTAssertEqual(TextWidth.width(of: "æøåÆØÅ"), 6)
    }

    func testCJKTakesTwoColumnsPerCharacter() {
        XCTAssertEqual(TextWidth.width(of: "山田太郎"), 8)
        XCTAssertEqual(TextWidth.width(of: "김민준"), 6)
        XCTAssertEqual(TextWidth.width(of: "ＡＢ"), 4)
    }

    func testEmojiTakesTwoColumns() {
        XCTAssertEqual(TextWidth.width(of: "😀"), 2)
        XCTAssertEqual(TextWidth.width(of: "Tak 🎉"), 6)
    }

    func testCombiningAccentAddsNoColumn() {
        XCTAssertEqual(TextWidth.width(of: "e\u{301}"), 1)
        XCTAssertEqual(TextWidth.width(of: "Rene\u{301}e"), 5)
    }

    func testInvisibleFormatCharactersAddNoColumn() {
        XCTAssertEqual(TextWidth.width(of: "a\u{200D}b"), 2)
        XCTAssertEqual(TextWidth.width(of: "a\u{200C}b\u{FE0F}"), 2)
    }

    func testControlCharactersAreMeasuredAsTheirVisiblePlaceholder() {
        XCTAssertEqual(TextWidth.width(of: "a\tb"), 3)
        XCTAssertEqual(TextWidth.width(of: "\u{1B}[2J"), 4)
    }

    func testHalfwidthIdeographicSpaceInsideCJKRangeIsNarrow() {
        XCTAssertEqual(TextWidth.width(of: Unicode.Scalar(0x303F)!), 1)
        XCTAssertEqual(TextWidth.width(of: Unicode.Scalar(0x3000)!), 2)
    }

    func testFlagIsTwoColumnsFromTwoRegionalIndicators() {
        XCTAssertEqual(TextWidth.width(of: "🇩🇰"), 2)
    }

    func testTruncateCutsDanishNameWithEllipsisInLastColumn() {
        let cut = TextWidth.truncate("Søren Østergaard", to: 8)
        XCTAssertEqual(cut, "Søren Ø…")
        XCTAssertEqual(TextWidth.width(of: cut), 8)
    }

    func testTruncateLeavesTextThatFitsAlone() {
        XCTAssertEqual(TextWidth.truncate("Ærø", to: 3), "Ærø")
        XCTAssertEqual(TextWidth.truncate("Ærø", to: 10), "Ærø")
    }

    func testTruncateWithoutEllipsis() {
        XCTAssertEqual(TextWidth.truncate("Søren Østergaard", to: 8, ellipsis: false), "Søren Øs")
    }

    func testTruncatedCJKNeverExceedsTheWidth() {
        let name = "山田太郎と鈴木花子"
        for width in 0 ... 20 {
            for ellipsis in [true, false] {
                let cut = TextWidth.truncate(name, to: width, ellipsis: ellipsis)
                XCTAssertLessThanOrEqual(TextWidth.width(of: cut), width, "width \(width), ellipsis \(ellipsis): \(cut)")
            }
        }
        XCTAssertEqual(TextWidth.truncate(name, to: 6), "山田…")
        XCTAssertEqual(TextWidth.truncate(name, to: 5, ellipsis: false), "山田")
    }

    func testTruncateKeepsAccentWithItsLetter() {
        XCTAssertEqual(TextWidth.truncate("Re\u{301}ne\u{301}", to: 3), "Re\u{301}…")
    }

    func testTruncateSanitizes() {
        XCTAssertEqual(TextWidth.truncate("a\u{1B}b", to: 5), "a␛b")
    }

    func testPadFillsToExactWidth() {
        XCTAssertEqual(TextWidth.pad("Åse", to: 6), "Åse   ")
        XCTAssertEqual(TextWidth.pad("42", to: 5, alignRight: true), "   42")
        XCTAssertEqual(TextWidth.pad("山田太郎", to: 5), "山田…")
        XCTAssertEqual(TextWidth.pad("山田太郎", to: 4), "山… ")
        for width in 0 ... 10 {
            XCTAssertEqual(TextWidth.width(of: TextWidth.pad("山田太郎", to: width)), width)
        }
    }
}
