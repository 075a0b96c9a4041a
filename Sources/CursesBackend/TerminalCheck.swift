import CNCursesW
import Glibc

/// Whether this process can run a full-screen UI, checked before curses touches the
/// terminal so the app can explain the problem in words instead of leaving garbage on
/// screen or dying inside ncurses.
public enum TerminalCheck {
    /// Why the terminal cannot be used. No user-facing text here: the app turns each case
    /// into a localized message.
    public enum Failure: Error, Hashable, Sendable {
        /// Standard input is a pipe or file, so there is no keyboard to read.
        case inputNotTerminal
        /// Standard output is a pipe or file, so there is no screen to draw on.
        case outputNotTerminal
        /// TERM is not set, so the terminal's capabilities are unknown.
        case terminalTypeMissing
        /// TERM is "dumb": a terminal that cannot move the cursor.
        case terminalDumb
        /// Neither the user's locale nor the C.UTF-8 fallback gives UTF-8; æøå would
        /// vanish from the screen and could not be typed. `codeset` is what was found.
        case localeNotUTF8(codeset: String)
        /// ncurses has no description for this TERM.
        case terminalUnknown(term: String)
        /// The terminal cannot address the cursor (no `cup` capability).
        case cursorAddressingMissing(term: String)
    }

    /// Checks everything that can be checked without starting curses: both standard
    /// streams are terminals, TERM names a real terminal, and the locale is UTF-8.
    /// Sets the process locale from the environment as a side effect, falling back to
    /// C.UTF-8 for the character type when the environment's locale is not UTF-8.
    /// Returns the value of TERM.
    public static func environment() throws(Failure) -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            throw .inputNotTerminal
        }
        guard isatty(STDOUT_FILENO) == 1 else {
            throw .outputNotTerminal
        }
        guard let termPointer = getenv("TERM"), termPointer.pointee != 0 else {
            throw .terminalTypeMissing
        }
        let term = String(cString: termPointer)
        guard term != "dumb" else {
            throw .terminalDumb
        }
        setlocale(LC_ALL, "")
        if !codesetIsUTF8() {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        guard codesetIsUTF8() else {
            throw .localeNotUTF8(codeset: codeset())
        }
        return term
    }

    private static func codeset() -> String {
        String(cString: nl_langinfo(nl_item(CODESET)))
    }

    private static func codesetIsUTF8() -> Bool {
        let name = codeset().uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
