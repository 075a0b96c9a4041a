import TerminalUI

/// Turns what `get_wch` reports into keys, collapsing a bracketed paste into one
/// `.paste` so pasted text never acts as keys: a newline in it is not Enter, a `d` in it
/// is not delete.
///
/// With bracketed paste on (`CursesTerminal.start`), the terminal sends a paste as
/// `ESC [ 2 0 0 ~`, the text, `ESC [ 2 0 1 ~`. No terminfo key matches these markers, so
/// ncurses hands them over as single characters: ESC (after waiting `ESCDELAY` for the
/// rest of a key sequence, by which time the rest of the marker is in its buffer), then
/// `[`, `2`, `0`, `0`, `~`. A value type fed one read at a time, so it is tested
/// without a terminal.
///
/// Pasted text may itself hold the end marker (terminals and tmux pass a pasted ESC
/// on), so an end marker only ends the paste once input then goes quiet (`isEndingPaste`):
/// whatever arrives before that came in the same burst from the terminal, sooner than a
/// person can type after pasting, and is more of the paste. The inner marker is then kept
/// as text, since it was part of what was pasted; the last one, which the terminal added,
/// is dropped.
struct BracketedPasteDecoder {
    /// One result of `get_wch`.
    enum Read: Equatable {
        /// A character (`get_wch` returned `OK`).
        case character(UInt32)
        /// A function-key code (`get_wch` returned `KEY_CODE_YES`).
        case keyCode(Int32)
        /// Nothing arrived within the wait the reader chose while `isPending`.
        case quiet
    }

    /// The most characters (Unicode scalars) of one paste that are kept; the rest of a
    /// longer paste is read and dropped up to its end marker, so it never arrives as keys.
    static let maxLength = 100_000

    private static let escape: UInt32 = 27
    private static let startMarker = Array("\u{1b}[200~".unicodeScalars.map(\.value))
    private static let endMarker = Array("\u{1b}[201~".unicodeScalars.map(\.value))

    /// Characters read so far that may be the start of a marker, held back until they
    /// either complete it or cannot.
    private var held: [UInt32] = []
    /// Whether the start marker has been read and the paste not yet delivered.
    private(set) var isInPaste = false
    /// Whether an end marker has just been read in a paste: a `.quiet` next delivers the
    /// paste, anything else shows the marker was pasted text.
    private(set) var isEndingPaste = false
    private var pasted = String.UnicodeScalarView()
    private var pastedCount = 0
    private var lastWasCarriageReturn = false

    /// Whether the decoder is in the middle of something (a marker or a paste) and needs
    /// the next read before it can say what it was: the reader should then wait only a
    /// short time and report `.quiet` when nothing comes.
    var isPending: Bool { isInPaste || !held.isEmpty }

    /// Takes one read; returns the keys it completes (often none while a marker or a
    /// paste is being read).
    mutating func decode(_ read: Read) -> [Key] {
        switch read {
        case .character(let value):
            return isInPaste ? pasteCharacter(value) : character(value)
        case .keyCode(let code):
            let key = KeyMap.key(code: code)
            if isInPaste {
                if key == .resize { return [.resize] }
                // A key sequence in pasted text is dropped; right after an end marker it
                // is more of the same burst, so the marker was pasted text.
                resumePaste()
                return []
            }
            return release() + [key]
        case .quiet:
            // A paste ends here: after its end marker, or (the terminal dropped the
            // marker) as it is; a lone held ESC was the Escape key.
            return isInPaste ? finishPaste() : release()
        }
    }

    /// Outside a paste: holds back what may be a marker, and starts a paste at the
    /// start marker. A stray end marker (the rest of a paste cut off by `.quiet`) is dropped.
    private mutating func character(_ value: UInt32) -> [Key] {
        if held.isEmpty && value != Self.escape {  // the common case: no marker begun
            return [KeyMap.key(character: value)]
        }
        let candidate = held + [value]
        if candidate == Self.startMarker {
            held = []
            isInPaste = true
            return []
        }
        if candidate == Self.endMarker {
            held = []
            return []
        }
        if isMarkerPrefix(candidate, Self.startMarker) || isMarkerPrefix(candidate, Self.endMarker) {
            held = candidate
            return []
        }
        let keys = release()
        if value == Self.escape {
            held = [value]
            return keys
        }
        return keys + [KeyMap.key(character: value)]
    }

    /// Inside a paste: everything is text until an end marker that input goes quiet after.
    private mutating func pasteCharacter(_ value: UInt32) -> [Key] {
        resumePaste()
        if held.isEmpty && value != Self.escape {  // the common case: no marker begun
            appendToPaste(value)
            return []
        }
        let candidate = held + [value]
        if candidate == Self.endMarker {
            held = []
            isEndingPaste = true
            return []
        }
        if isMarkerPrefix(candidate, Self.endMarker) {
            held = candidate
            return []
        }
        for heldValue in held { appendToPaste(heldValue) }
        held = []
        if value == Self.escape {
            held = [value]
        } else {
            appendToPaste(value)
        }
        return []
    }

    /// After an end marker, more input in the same burst: the marker was pasted text.
    private mutating func resumePaste() {
        guard isEndingPaste else { return }
        isEndingPaste = false
        for markerValue in Self.endMarker { appendToPaste(markerValue) }
    }

    /// Adds one character to the paste, up to `maxLength`; CR and CRLF (what terminals
    /// send for a pasted line break) become "\n".
    private mutating func appendToPaste(_ value: UInt32) {
        defer { lastWasCarriageReturn = value == 13 }
        guard pastedCount < Self.maxLength, let scalar = Unicode.Scalar(value) else { return }
        if value == 10 && lastWasCarriageReturn { return }
        pasted.append(value == 13 ? "\n" : scalar)
        pastedCount += 1
    }

    private mutating func finishPaste() -> [Key] {
        for heldValue in held { appendToPaste(heldValue) }
        let text = String(pasted)
        held = []
        isInPaste = false
        isEndingPaste = false
        pasted = String.UnicodeScalarView()
        pastedCount = 0
        lastWasCarriageReturn = false
        return [.paste(text)]
    }

    /// The held characters as the keys they are after all.
    private mutating func release() -> [Key] {
        defer { held = [] }
        return held.map(KeyMap.key(character:))
    }

    private func isMarkerPrefix(_ candidate: [UInt32], _ marker: [UInt32]) -> Bool {
        candidate.count < marker.count && candidate.elementsEqual(marker.prefix(candidate.count))
    }
}
