import CNCursesW
import Glibc
import TerminalUI

/// The terminal driven through ncursesw: the one place that starts and stops curses,
/// reads keys and puts a `Buffer` on screen.
///
/// While started, signal handlers for SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGSEGV,
/// SIGABRT, SIGILL, SIGTRAP, SIGBUS and SIGFPE restore the terminal (`endwin`) and then
/// let the signal take its default action, and so does `exit()`; a crash or a kill
/// leaves a usable shell behind. Input is in raw mode: Ctrl-C arrives as `.ctrl("c")`
/// and Ctrl-Z as `.ctrl("z")` rather than as signals, so the app decides what they do.
/// Bracketed paste is on while started, and turned off on each of those ways out, so a
/// paste arrives as one `.paste` key (see `BracketedPasteDecoder`).
public final class CursesTerminal {
    /// How long the rest of a paste marker may take after its ESC: ncurses has already
    /// waited `ESCDELAY` for it, so this only matters on a slow link.
    private static let markerWaitMs: Int32 = 25
    /// How long a paste may go quiet before it is taken to have lost its end marker and
    /// ends as it is; long enough that a paste arriving in pieces over a slow connection
    /// is not cut in two (its second half would arrive as keys).
    private static let pasteQuietMs = 1000
    /// How long input must stay quiet after a paste's end marker for the paste to end
    /// there (see `BracketedPasteDecoder`); what comes sooner is more of the paste. The
    /// terminal writes a paste in one burst, its bytes already waiting in the tty buffer,
    /// and a person cannot type within tens of milliseconds of pasting; 20 ms, just under
    /// the `ESCDELAY` of 25 ms that ncurses already relies on to tell one key sequence from
    /// the next key, keeps the delay before a paste shows up and before typed keys count
    /// as keys too short to notice.
    private static let pasteEndQuietMs: Int32 = 20

    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var colorPairs: ColorPairs?
    /// What is on screen now, so `draw` can send only the differences.
    private var onScreen: Buffer?
    /// Consecutive failed reads while standard input reported data or a hang-up: the sign
    /// of end of file, which ncurses reports as a plain ERR forever.
    private var failedReads = 0
    private var decoder = BracketedPasteDecoder()
    /// Keys decoded by one read beyond the first, handed out by the next calls.
    private var decodedKeys: [Key] = []

    public init() {}

    deinit {
        stop()
    }

    /// Whether `start` has succeeded and `stop` has not been called since.
    public var isActive: Bool { screen != nil }

    /// Checks the terminal (see `TerminalCheck`) and takes it over: full screen, keys
    /// unbuffered and unechoed, Escape after 25 ms, cursor hidden, bracketed paste on.
    /// Colours are used when `useColor` is true and the terminal has them; without them
    /// styles fall back to bold, dim, underline and reverse video. Does nothing if
    /// already started.
    public func start(useColor: Bool) throws(TerminalCheck.Failure) {
        guard screen == nil else {
            return
        }
        let term = try TerminalCheck.environment()
        guard let screen = newterm(nil, stdout, stdin) else {
            throw .terminalUnknown(term: term)
        }
        guard let cup = tigetstr("cup"), Int(bitPattern: cup) != -1 else {
            endwin()
            delscreen(screen)
            throw .cursorAddressingMissing(term: term)
        }
        self.screen = screen
        let window = cnc_stdscr()
        self.window = window
        raw()
        noecho()
        nonl()
        keypad(window, true)
        leaveok(window, true)
        _ = cnc_set_escdelay(25)
        curs_set(0)
        if useColor && has_colors() {
            start_color()
            colorPairs = ColorPairs(hasDefaultColors: use_default_colors() == OK)
        }
        failedReads = 0
        decoder = BracketedPasteDecoder()
        decodedKeys = []
        onScreen = nil
        cnc_install_restore_handlers()
        cnc_set_bracketed_paste(1)
    }

    /// Gives the terminal back to the shell. Safe to call more than once, and called on
    /// deinit, so every path out of the app can call it.
    public func stop() {
        guard let screen else {
            return
        }
        cnc_remove_restore_handlers()
        endwin()
        cnc_set_bracketed_paste(0)
        delscreen(screen)
        self.screen = nil
        window = nil
        colorPairs = nil
        onScreen = nil
    }

    /// The terminal's size in columns and rows, current after a `.resize` key; (0, 0)
    /// when not started.
    public var size: (width: Int, height: Int) {
        guard let window else {
            return (0, 0)
        }
        var rows: Int32 = 0
        var columns: Int32 = 0
        cnc_getmaxyx(window, &rows, &columns)
        return (Int(columns), Int(rows))
    }

    /// Waits up to `timeoutMs` milliseconds for a key; a negative timeout waits for ever.
    /// Escape followed quickly by another key (how terminals send Alt) arrives as
    /// `.escape` and then that key. A bracketed paste arrives whole, as one `.paste`,
    /// once input has gone quiet for 20 ms after its end marker (or for a second without
    /// one).
    public func readInput(timeoutMs: Int32) -> Input {
        if !decodedKeys.isEmpty {
            return .key(decodedKeys.removeFirst())
        }
        guard let window else {
            return .closed
        }
        var lastArrival = Self.milliseconds()
        while true {
            let wait = !decoder.isPending ? timeoutMs
                : decoder.isEndingPaste ? Self.pasteEndQuietMs
                : decoder.isInPaste ? Int32(Self.pasteQuietMs) : Self.markerWaitMs
            wtimeout(window, wait)
            var character: wint_t = 0
            let keys: [Key]
            switch wget_wch(window, &character) {
            case KEY_CODE_YES:
                failedReads = 0
                lastArrival = Self.milliseconds()
                keys = decoder.decode(.keyCode(Int32(bitPattern: character)))
            case OK:
                failedReads = 0
                lastArrival = Self.milliseconds()
                keys = decoder.decode(.character(character))
            default:
                if decoder.isInPaste {
                    // An early ERR (a byte that is not UTF-8, or end of input) is not the
                    // paste going quiet; only the time since the last character is.
                    let quietMs = decoder.isEndingPaste ? Int(Self.pasteEndQuietMs) : Self.pasteQuietMs
                    keys = Self.milliseconds() - lastArrival >= quietMs ? decoder.decode(.quiet) : []
                } else if decoder.isPending {
                    keys = decoder.decode(.quiet)
                } else {
                    if inputHasEndedOrFailed() {
                        failedReads += 1
                    } else {
                        failedReads = 0
                    }
                    return failedReads >= 3 ? .closed : .timeout
                }
            }
            if let first = keys.first {
                decodedKeys = Array(keys.dropFirst())
                return .key(first)
            }
        }
    }

    /// A monotonic clock in milliseconds, for how long a paste has been quiet.
    private static func milliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }

    /// After a read gave nothing: whether standard input nevertheless polls as readable
    /// or hung up, which a live terminal with no key pressed never does. Checked three
    /// times in a row before giving up, so a key arriving right at a timeout is not
    /// mistaken for the end.
    private func inputHasEndedOrFailed() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0 && descriptor.revents != 0
    }

    /// Puts `buffer` on screen, sending only the cells that differ from what was drawn
    /// last (everything after `start`, `invalidate` or a size change).
    public func draw(_ buffer: Buffer) {
        guard let window else {
            return
        }
        if let onScreen, onScreen.width != buffer.width || onScreen.height != buffer.height {
            werase(window)
        }
        for run in buffer.changedRuns(from: onScreen) {
            guard let style = run.cells.first?.style else {
                continue
            }
            let attributes = self.attributes(for: style)
            let pair = colorPairs?.number(foreground: style.foreground, background: style.background) ?? 0
            for (offset, cell) in run.cells.enumerated() where !cell.isContinuation {
                let wide = offset + 1 < run.cells.count ? run.cells[offset + 1].isContinuation
                    : run.x + offset + 1 < buffer.width && buffer[run.x + offset + 1, run.y].isContinuation
                put(cell.text, wide: wide, x: run.x + offset, y: run.y, attributes: attributes, pair: pair)
            }
        }
        wrefresh(window)
        onScreen = buffer
    }

    /// Draws one cell. If the C library measures its character differently from
    /// `TextWidth` (e.g. an emoji newer than glibc), U+FFFD is drawn instead so ncurses,
    /// the terminal and the buffer keep agreeing on where every column is. A zero-width
    /// joiner is left out for the same reason: terminals that join emoji sequences
    /// (tmux 3.3 among them) draw "👨‍👩‍👧" as one 2-column picture where ncurses and
    /// `TextWidth` count three, and the rest of the row would land 4 columns to the left.
    private func put(_ text: String, wide: Bool, x: Int, y: Int, attributes: attr_t, pair: Int16) {
        let scalars = Array(text.unicodeScalars)
        var characters: [wchar_t]
        if let first = scalars.first, wcwidth(wchar_t(bitPattern: first.value)) == (wide ? 2 : 1) {
            characters = [wchar_t(bitPattern: first.value)]
            for scalar in scalars.dropFirst() where characters.count < Int(CCHARW_MAX) {
                let value = wchar_t(bitPattern: scalar.value)
                if wcwidth(value) == 0 && scalar != "\u{200D}" {
                    characters.append(value)
                }
            }
        } else {
            characters = [0xFFFD]
        }
        characters.append(0)
        var cell = cchar_t()
        setcchar(&cell, characters, attributes, pair, nil)
        mvwadd_wch(window, Int32(y), Int32(x), &cell)
        if wide && characters[0] == 0xFFFD {
            var blank = cchar_t()
            setcchar(&blank, [0x20, 0], attributes, pair, nil)
            mvwadd_wch(window, Int32(y), Int32(x + 1), &blank)
        }
    }

    private func attributes(for style: Style) -> attr_t {
        var attributes = cnc_attr_normal()
        if style.bold { attributes |= cnc_attr_bold() }
        if style.dim { attributes |= cnc_attr_dim() }
        if style.reverse { attributes |= cnc_attr_reverse() }
        if style.underline { attributes |= cnc_attr_underline() }
        return attributes
    }

    /// Forgets what is on screen and has curses repaint the whole terminal on the next
    /// `draw`: for Ctrl-L after another program has scribbled over the screen.
    public func invalidate() {
        guard let window else {
            return
        }
        clearok(window, true)
        onScreen = nil
    }
}
