#include "CNCursesW.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

static const int restored_signals[] = {
    SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGSEGV, SIGABRT, SIGILL, SIGTRAP, SIGBUS, SIGFPE,
};
#define RESTORED_COUNT (sizeof restored_signals / sizeof restored_signals[0])

static struct sigaction previous_actions[RESTORED_COUNT];
static volatile sig_atomic_t curses_active = 0;
static volatile sig_atomic_t bracketed_paste_on = 0;
static int atexit_registered = 0;

static const char paste_on[] = "\033[?2004h";
static const char paste_off[] = "\033[?2004l";

/* write(2) only, so it may run in a signal handler. */
static void write_sequence(const char *sequence, size_t length) {
    while (length > 0) {
        ssize_t written = write(STDOUT_FILENO, sequence, length);
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            return;
        }
        sequence += written;
        length -= (size_t)written;
    }
}

void cnc_set_bracketed_paste(int on) {
    if (on) {
        write_sequence(paste_on, sizeof paste_on - 1);
    } else {
        write_sequence(paste_off, sizeof paste_off - 1);
    }
    bracketed_paste_on = on;
}

static void restore_terminal(void) {
    if (curses_active) {
        curses_active = 0;
        endwin();
    }
    if (bracketed_paste_on) {
        cnc_set_bracketed_paste(0);
    }
}

static void restore_and_reraise(int sig) {
    restore_terminal();
    signal(sig, SIG_DFL);
    raise(sig);
}

void cnc_install_restore_handlers(void) {
    if (!atexit_registered) {
        atexit(restore_terminal);
        atexit_registered = 1;
    }
    struct sigaction action;
    action.sa_handler = restore_and_reraise;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    for (size_t i = 0; i < RESTORED_COUNT; i++) {
        sigaction(restored_signals[i], &action, &previous_actions[i]);
    }
    curses_active = 1;
}

void cnc_remove_restore_handlers(void) {
    if (!curses_active) {
        return;
    }
    curses_active = 0;
    for (size_t i = 0; i < RESTORED_COUNT; i++) {
        sigaction(restored_signals[i], &previous_actions[i], NULL);
    }
}
