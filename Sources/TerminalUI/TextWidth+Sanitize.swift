extension TextWidth {
    /// Makes text safe to send to the terminal. Volunteer data comes from files and
    /// imports that may hold anything: a raw ESC could start an escape sequence, `\r` or
    /// `\t` would move the cursor and break the layout, and bidi overrides would reorder
    /// what follows them on screen. C0 controls become their Unicode control pictures
    /// (ESC shows as ␛, a newline as ␊), DEL becomes ␡, C1 controls, bidi controls and
    /// line or paragraph separators become U+FFFD. Everything else is kept.
    public static func sanitize(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { replacement(for: $0) != nil }) else {
            return s
        }
        var view = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            view.append(replacement(for: scalar) ?? scalar)
        }
        return String(view)
    }

    /// The visible stand-in for a scalar that must not reach the terminal, or nil.
    private static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x20..<0x7F, 0xA0..<0x61C:
            return nil
        case 0x00..<0x20:
            return Unicode.Scalar(0x2400 + value)
        case 0x7F:
            return "\u{2421}"
        case 0x80..<0xA0,
             0x61C,
             0x200E, 0x200F,
             0x2028, 0x2029,
             0x202A...0x202E,
             0x2066...0x2069:
            return "\u{FFFD}"
        default:
            return nil
        }
    }
}
