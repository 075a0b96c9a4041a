/// The editing state of a one-line text input, with the Emacs-style keys that terminal
/// users expect from shells.
///
/// A value type so a form's state can hold several fields and tests can replay key
/// sequences. The cursor counts Characters, so "Ø" or "山" is one step however many
/// bytes or columns it has.
public struct TextField: Hashable, Sendable {
    /// The text being edited; setting it moves the cursor back inside when needed.
    public var text: String {
        didSet { cursor = min(cursor, text.count) }
    }
    /// The insertion point, from 0 (before the first Character) to `text.count`.
    public var cursor: Int {
        didSet { cursor = min(max(0, cursor), text.count) }
    }

    /// A field holding `text` with the cursor at its end, ready to append to.
    public init(text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// Applies one key and says whether the field used it; keys it does not use (Enter,
    /// Tab, Escape, arrows up and down, other Ctrl keys) are left to the form or screen
    /// around it. Used: printable characters insert; Backspace, Delete and Ctrl-D delete;
    /// Left/Right (Ctrl-B/Ctrl-F) move; Home/End (Ctrl-A/Ctrl-E) jump; Ctrl-U and Ctrl-K
    /// delete to the start or the end; Ctrl-W deletes the word before the cursor. A paste
    /// is inserted at the cursor in one go, as one line (see `oneLine`).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let character):
            guard character.unicodeScalars.allSatisfy({ $0.properties.generalCategory != .control }) else {
                return false
            }
            insert(String(character))
        case .paste(let pasted):
            insert(TextField.oneLine(pasted))
        case .backspace:
            if cursor > 0 {
                remove(cursor - 1 ..< cursor)
            }
        case .delete, .ctrl("d"):
            if cursor < text.count {
                remove(cursor ..< cursor + 1)
            }
        case .left, .ctrl("b"):
            cursor -= 1
        case .right, .ctrl("f"):
            cursor += 1
        case .home, .ctrl("a"):
            cursor = 0
        case .end, .ctrl("e"):
            cursor = text.count
        case .ctrl("u"):
            remove(0 ..< cursor)
        case .ctrl("k"):
            remove(cursor ..< text.count)
        case .ctrl("w"):
            remove(wordStart() ..< cursor)
        default:
            return false
        }
        return true
    }

    /// Pasted text as a one-line field takes it: each line break (LF, CR or CRLF) and each
    /// tab becomes one space, so a pasted address keeps its words apart; every other
    /// control character is dropped, as it is when typed.
    static func oneLine(_ pasted: String) -> String {
        var line = ""
        line.reserveCapacity(pasted.utf8.count)
        for character in pasted {
            if character.isNewline || character == "\t" {
                line.append(" ")
            } else if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory != .control }) {
                line.append(character)
            }
        }
        return line
    }

    /// Inserts at the cursor and moves it past the insertion: one insert however long
    /// `inserted` is, so a paste of thousands of characters costs about what one typed
    /// key does, not one insert (and one redraw) per character.
    private mutating func insert(_ inserted: String) {
        let index = text.index(text.startIndex, offsetBy: cursor)
        let count = text.count
        text.insert(contentsOf: inserted, at: index)
        cursor += text.count - count
    }

    private mutating func remove(_ range: Range<Int>) {
        let lower = text.index(text.startIndex, offsetBy: range.lowerBound)
        let upper = text.index(lower, offsetBy: range.count)
        text.removeSubrange(lower ..< upper)
        cursor = range.lowerBound
    }

    /// Where Ctrl-W stops: back over spaces, then back over the word before them.
    private func wordStart() -> Int {
        let characters = Array(text)
        var position = cursor
        while position > 0 && characters[position - 1].isWhitespace {
            position -= 1
        }
        while position > 0 && !characters[position - 1].isWhitespace {
            position -= 1
        }
        return position
    }

    /// Draws the field in `width` columns at (x, y). When the text is longer than the
    /// field it scrolls so the cursor stays in view; with `showCursor` the cursor cell is
    /// drawn in reverse video, which works even where the terminal cursor is hidden.
    public func render(into buffer: inout Buffer, x: Int, y: Int, width: Int, style: Style, showCursor: Bool) {
        guard width > 0 else {
            return
        }
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
        let characters = Array(text)
        let widths = characters.map { TextWidth.width(of: String($0)) }
        let cursorWidth = cursor < characters.count ? max(1, widths[cursor]) : 1
        var start = 0
        var beforeCursor = widths[0 ..< cursor].reduce(0, +)
        while start < cursor && beforeCursor + cursorWidth > width {
            beforeCursor -= widths[start]
            start += 1
        }
        buffer.write(String(characters[start...]), x: x, y: y, style: style, maxWidth: width)
        if showCursor {
            let cell = Rect(x: x + beforeCursor, y: y, width: min(cursorWidth, width - beforeCursor), height: 1)
            buffer.setStyle(cell, style: style.inverted)
        }
    }
}
