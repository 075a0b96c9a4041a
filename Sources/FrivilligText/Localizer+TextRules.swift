import Foundation
import FrivilligCore
import TerminalUI

extension Localizer {
    /// Why a text is not stored, after `subject`: the field's label in a form, a command
    /// or `check`, the quoted cell in an import. One wording for every way in, as there is
    /// one rule.
    public func textViolation(_ violation: TextViolation, subject: String) -> String {
        switch violation {
        case .lineBreak: return self(.textLineBreak, subject)
        case .controlCharacter(let scalar): return self(.textControlCharacter, subject, codePoint(scalar))
        case .bidiControl(let scalar): return self(.textBidiControl, subject, codePoint(scalar))
        case .invalidUTF8: return self(.textInvalidUTF8, subject)
        case .cprNumber(let digits): return self(.textCprNumber, subject, digits)
        case .listSeparator(let separator): return self(.textListSeparator, subject, separator)
        }
    }

    /// `U+001B (␛)`: the code point, and the placeholder screens show in its place, so
    /// the message points at what the user sees.
    private func codePoint(_ scalar: Unicode.Scalar) -> String {
        String(format: "U+%04X", scalar.value) + " (" + TextWidth.sanitize(String(scalar)) + ")"
    }
}
