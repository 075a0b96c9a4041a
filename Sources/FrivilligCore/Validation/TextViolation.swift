/// Why `TextRules` refuses a text: a value, so the command line, the forms, the import
/// and `check` word it alike in the user's language.
public enum TextViolation: Hashable, Sendable {
    /// A line break in a field that holds one line.
    case lineBreak
    /// A control character (C0, DEL, C1; in a one-line field also tab), which could act
    /// on a terminal when shown.
    case controlCharacter(Unicode.Scalar)
    /// A bidi override, embedding, isolate or mark, which reorders what is shown so the
    /// text reads as something it is not.
    case bidiControl(Unicode.Scalar)
    /// U+FFFD, what bytes that were not valid UTF-8 become when read: the text as typed
    /// is already lost, so it is asked for again instead of stored damaged.
    case invalidUTF8
    /// A `,` or `;` in one item of a list (a skill, a tag), which the forms and the
    /// spreadsheets read as the end of the item.
    case listSeparator(Character)
    /// A CPR number (the digits as found), which no field but a phone may hold: the
    /// register has no use for them (databeskyttelsesloven §11).
    case cprNumber(String)
}
