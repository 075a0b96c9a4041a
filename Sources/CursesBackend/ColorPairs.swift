import CNCursesW
import TerminalUI

/// The colour pairs handed out so far. curses needs a numbered pair for every
/// foreground/background combination; they are allocated the first time a combination
/// is drawn so screens never have to declare them.
struct ColorPairs {
    private struct Combination: Hashable {
        let foreground: Color
        let background: Color
    }

    private var numbers: [Combination: Int16] = [:]
    /// Whether -1 (the terminal's own colour) is allowed, after `use_default_colors`.
    let hasDefaultColors: Bool

    init(hasDefaultColors: Bool) {
        self.hasDefaultColors = hasDefaultColors
    }

    /// The pair for a combination, allocating it on first use; 0 (the terminal's
    /// default) for default on default, or when the terminal has no pairs left.
    mutating func number(foreground: Color, background: Color) -> Int16 {
        if foreground == .default && background == .default {
            return 0
        }
        let combination = Combination(foreground: foreground, background: background)
        if let number = numbers[combination] {
            return number
        }
        let next = numbers.count + 1
        guard next < min(Int(cnc_color_pairs()), Int(Int16.max)) else {
            return 0
        }
        let number = Int16(next)
        init_pair(number, code(foreground, fallback: COLOR_WHITE), code(background, fallback: COLOR_BLACK))
        numbers[combination] = number
        return number
    }

    /// The curses number of a colour; `default` is -1 where the terminal supports it
    /// and otherwise the usual white on black.
    private func code(_ color: Color, fallback: Int32) -> Int16 {
        switch color {
        case .default: return hasDefaultColors ? -1 : Int16(fallback)
        case .black: return Int16(COLOR_BLACK)
        case .red: return Int16(COLOR_RED)
        case .green: return Int16(COLOR_GREEN)
        case .yellow: return Int16(COLOR_YELLOW)
        case .blue: return Int16(COLOR_BLUE)
        case .magenta: return Int16(COLOR_MAGENTA)
        case .cyan: return Int16(COLOR_CYAN)
        case .white: return Int16(COLOR_WHITE)
        }
    }
}
