import CNCursesW
@testable import CursesBackend
import TerminalUI
import XCTest

/// What `get_wch` delivers for a bracketed paste (the markers `ESC [ 2 0 0 ~` and
/// `ESC [ 2 0 1 ~` arrive as plain characters, since no terminfo key matches them) and
/// what the app is given for it: one `.paste`, never the keys inside.
final class BracketedPasteDecoderTests: XCTestCase {
    private let start = "\u{1b}[200~"
    private let end = "\u{1b}[201~"

    /// Feeds each Unicode scalar of `bytes` as one character read, then `quiet` reads
    /// (nothing arrived in time), and returns every key decoded.
    private func decode(_ bytes: String, quiet: Int = 1, decoder: inout BracketedPasteDecoder) -> [Key] {
        var keys: [Key] = []
        for scalar in bytes.unicodeScalars { keys += decoder.decode(.character(scalar.value)) }
        for _ in 0 ..< quiet { keys += decoder.decode(.quiet) }
        return keys
    }

    private func decode(_ bytes: String, quiet: Int = 1) -> [Key] {
        var decoder = BracketedPasteDecoder()
        return decode(bytes, quiet: quiet, decoder: &decoder)
    }

    func testAPasteWithNewlinesAndCommandLettersIsOneKey() {
        var decoder = BracketedPasteDecoder()
        var keys = decode(start + "Vestergade 3, 8900 Randers\rdyrlæge om tirsdagen\rd" + end, decoder: &decoder)
        keys += decode("q", quiet: 0, decoder: &decoder)
        XCTAssertEqual(keys, [.paste("Vestergade 3, 8900 Randers\ndyrlæge om tirsdagen\nd"), .char("q")])
    }

    func testLineBreaksAreNormalisedToNewlines() {
        XCTAssertEqual(decode(start + "a\r\nb\nc\rd\t" + end), [.paste("a\nb\nc\nd\t")])
    }

    func testEscapeAndAltStillArriveAsKeys() {
        XCTAssertEqual(decode("\u{1b}"), [.escape])
        XCTAssertEqual(decode("\u{1b}x"), [.escape, .char("x")])
        XCTAssertEqual(decode("\u{1b}[20x"), [.escape, .char("["), .char("2"), .char("0"), .char("x")])
        XCTAssertEqual(decode("\u{1b}\u{1b}j"), [.escape, .escape, .char("j")])
    }

    func testAnEscapeInsideThePasteIsText() {
        XCTAssertEqual(decode(start + "a\u{1b}[31mb\u{1b}[20" + end), [.paste("a\u{1b}[31mb\u{1b}[20")])
    }

    func testAPasteWithoutItsEndMarkerEndsAsTextWhenInputGoesQuiet() {
        var decoder = BracketedPasteDecoder()
        XCTAssertEqual(decode(start + "dyy", quiet: 0, decoder: &decoder), [])
        XCTAssertTrue(decoder.isPending, "the reader must keep waiting for the rest")
        XCTAssertEqual(decoder.decode(.quiet), [.paste("dyy")])
        XCTAssertFalse(decoder.isPending)
        XCTAssertEqual(decode("d", quiet: 0, decoder: &decoder), [.char("d")], "typing afterwards is keys again")
    }

    func testAnEndMarkerFollowedAtOnceByMoreInputIsPartOfThePaste() {
        var decoder = BracketedPasteDecoder()
        XCTAssertEqual(decode(start + "xx" + end + "dy" + end, quiet: 0, decoder: &decoder), [])
        XCTAssertTrue(decoder.isPending, "the reader must wait a moment for more of the burst")
        XCTAssertEqual(decoder.decode(.quiet), [.paste("xx" + end + "dy")], "the inner marker is text, the last one ends the paste")
        XCTAssertFalse(decoder.isPending)
    }

    func testAKeySequenceRightAfterAnEndMarkerIsPartOfThePaste() {
        var decoder = BracketedPasteDecoder()
        var keys = decode(start + "a" + end, quiet: 0, decoder: &decoder)
        keys += decoder.decode(.keyCode(KEY_UP))
        keys += decode("b" + end, decoder: &decoder)
        XCTAssertEqual(keys, [.paste("a" + end + "b")], "the arrow key's bytes are dropped, the marker before them is text")
    }

    func testKeysTypedAfterThePasteWentQuietAreKeys() {
        var decoder = BracketedPasteDecoder()
        XCTAssertEqual(decode(start + "xx" + end, quiet: 0, decoder: &decoder), [], "the paste waits for input to go quiet")
        XCTAssertEqual(decoder.decode(.quiet), [.paste("xx")])
        XCTAssertEqual(decode("dy", quiet: 0, decoder: &decoder), [.char("d"), .char("y")])
    }

    func testAHugePasteIsCutAtTheCapAndItsRestIsNeverKeys() {
        let huge = String(repeating: "d", count: BracketedPasteDecoder.maxLength + 5000)
        var decoder = BracketedPasteDecoder()
        let keys = decode(start + huge + end, decoder: &decoder) + decode("j", quiet: 0, decoder: &decoder)
        XCTAssertEqual(keys.count, 2)
        XCTAssertEqual(keys.first, .paste(String(repeating: "d", count: BracketedPasteDecoder.maxLength)))
        XCTAssertEqual(keys.last, .char("j"))
    }

    func testAStrayEndMarkerIsDropped() {
        XCTAssertEqual(decode(end + "j"), [.char("j")])
    }

    func testFunctionKeysAroundAPasteAndAResizeInsideIt() {
        var decoder = BracketedPasteDecoder()
        var keys = decoder.decode(.keyCode(KEY_DOWN))
        keys += decode(start + "ab", quiet: 0, decoder: &decoder)
        keys += decoder.decode(.keyCode(KEY_RESIZE))
        keys += decoder.decode(.keyCode(KEY_UP))
        keys += decode("c" + end, decoder: &decoder)
        XCTAssertEqual(keys, [.down, .resize, .paste("abc")], "a key code inside a paste is dropped, a resize is kept")
    }
}
