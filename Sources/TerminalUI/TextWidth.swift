/// Display width of text in terminal columns, and cutting and padding by that width.
///
/// `String.count` is the wrong measure for a terminal: "山田" is two Characters but four
/// columns, and "e\u{301}" is two scalars but one column. Everything that lays out text
/// measures it here, with the same rules ncurses uses to advance the cursor, so columns
/// line up for Danish, CJK and emoji alike.
public enum TextWidth {
    /// Columns one scalar takes: 0 for combining marks, format characters (such as the
    /// zero-width joiner) and controls, 2 for East Asian wide characters and emoji shown
    /// as pictures, 1 otherwise. Matches glibc's `wcwidth` for every code point glibc
    /// knows, because that is the width ncurses assumes when it moves the cursor.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F {
            return 1
        }
        if value < 0x20 || (value >= 0x7F && value < 0xA0) {
            return 0
        }
        if value < 0x300 {
            return 1  // Latin; includes the soft hyphen, which terminals print
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark:
            return 0
        case .format:
            return WidthTable.contains(WidthTable.printedFormat, value) ? 1 : 0
        default:
            break
        }
        if WidthTable.contains(WidthTable.zero, value) {
            return 0
        }
        if WidthTable.regionalIndicators.contains(value) {
            return 1
        }
        if scalar.properties.isEmojiPresentation || WidthTable.contains(WidthTable.wide, value) {
            return 2
        }
        return 1
    }

    /// Columns the text takes once drawn, i.e. after `sanitize` has made controls visible.
    public static func width(of string: String) -> Int {
        var total = 0
        for scalar in sanitize(string).unicodeScalars {
            total += width(of: scalar)
        }
        return total
    }

    /// Columns one Character takes; the sum of its scalars, as ncurses counts it.
    static func width(of character: Character) -> Int {
        var total = 0
        for scalar in character.unicodeScalars {
            total += width(of: scalar)
        }
        return total
    }

    /// Shortens text to at most `width` columns, cutting only between Characters so an
    /// accent is never separated from its letter nor a wide character halved. When text
    /// is cut and `ellipsis` is true, "…" takes the last column so the reader sees that
    /// something is missing. The result is sanitized and safe to draw.
    public static func truncate(_ s: String, to width: Int, ellipsis: Bool = true) -> String {
        let clean = sanitize(s)
        guard width > 0 else {
            return ""
        }
        if self.width(of: clean) <= width {
            return clean
        }
        let budget = ellipsis ? width - 1 : width
        var result = ""
        var used = 0
        for character in clean {
            let w = self.width(of: character)
            if used + w > budget {
                break
            }
            result.append(character)
            used += w
        }
        if ellipsis {
            result.append("…")
        }
        return result
    }

    /// Makes text exactly `width` columns: cut as `truncate` does, then filled with
    /// spaces on the right (or on the left when `alignRight`), so table cells line up.
    public static func pad(_ s: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(s, to: width)
        let fill = String(repeating: " ", count: max(0, width - self.width(of: cut)))
        return alignRight ? fill + cut : cut + fill
    }
}
