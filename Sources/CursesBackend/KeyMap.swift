import CNCursesW
import TerminalUI

/// Translates what `get_wch` reports into `Key`, so nothing above this layer sees
/// ncurses key codes or raw control bytes.
enum KeyMap {
    /// A function-key code (`get_wch` returned `KEY_CODE_YES`).
    static func key(code: Int32) -> Key {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_HOME, KEY_A1, KEY_FIND: return .home
        case KEY_END, KEY_C1, KEY_SELECT, KEY_LL: return .end
        case KEY_DC: return .delete
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        case cnc_key_f(1) ... cnc_key_f(63): return .function(Int(code - cnc_key_f(0)))
        default: return .unknown
        }
    }

    /// A character (`get_wch` returned `OK`). Terminals send Enter, Tab, Backspace and
    /// Escape as control bytes; the remaining control bytes 1–26 are Ctrl plus a letter.
    static func key(character value: UInt32) -> Key {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 1 ... 26: return .ctrl(Character(Unicode.Scalar(value + 0x60)!))
        case 0 ..< 0x20, 0x80 ..< 0xA0: return .unknown
        default: return Unicode.Scalar(value).map { .char(Character($0)) } ?? .unknown
        }
    }
}
