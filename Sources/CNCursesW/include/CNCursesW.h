#ifndef CNCURSESW_H
#define CNCURSESW_H

/* The wide-character API (get_wch, cchar_t, setcchar) is hidden unless this is set
   before the first include; SwiftPM drops the -D flag pkg-config would give. */
#define NCURSES_WIDECHAR 1

#include <ncursesw/curses.h>
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>

/* glibc declares it only under _XOPEN_SOURCE. */
int wcwidth(wchar_t c);

/* Attribute constants are macros built from NCURSES_BITS and do not import. */
static inline attr_t cnc_attr_normal(void) { return A_NORMAL; }
static inline attr_t cnc_attr_bold(void) { return A_BOLD; }
static inline attr_t cnc_attr_dim(void) { return A_DIM; }
static inline attr_t cnc_attr_reverse(void) { return A_REVERSE; }
static inline attr_t cnc_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t cnc_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }

/* ncurses' mutable globals are rejected by Swift 6's concurrency checks. */
static inline WINDOW *cnc_stdscr(void) { return stdscr; }
static inline int cnc_lines(void) { return LINES; }
static inline int cnc_cols(void) { return COLS; }
static inline int cnc_color_pairs(void) { return COLOR_PAIRS; }
static inline void cnc_getmaxyx(WINDOW *win, int *y, int *x) {
    int rows, cols;
    getmaxyx(win, rows, cols);
    *y = rows;
    *x = cols;
}
static inline int cnc_key_f(int n) { return KEY_F(n); }
static inline int cnc_set_escdelay(int ms) { return set_escdelay(ms); }

/* Restores the terminal (endwin) when the process dies from a signal or calls exit()
   while curses is active, then lets the signal take its default action. Written in C
   because a signal handler must not enter the Swift runtime. */
void cnc_install_restore_handlers(void);
void cnc_remove_restore_handlers(void);

/* Turns the terminal's bracketed paste mode on (ESC [ ? 2004 h) or off (ESC [ ? 2004 l),
   written straight to standard output. While it is on, the restore handlers above and
   exit() turn it off again too, so no way out leaves the shell receiving paste markers. */
void cnc_set_bracketed_paste(int on);

#endif
