#ifndef BELEG_CLIBEDIT_SHIM_H
#define BELEG_CLIBEDIT_SHIM_H

// Swift-callable wrappers around libedit.
//
// `el_set`, `el_get` and `history` are variadic, so Swift cannot call them;
// each use gets a small `static inline` function here. The C globals
// `stdin`/`stdout`/`stderr` are not usable from Swift 6, so the editor is
// opened on them here as well. Nothing in this file keeps state.

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <histedit.h>

/// Prompt callback: returns the prompt (UTF-8, owned by the client).
typedef char *(*beleg_el_prompt_fn)(EditLine *);
/// Editor command callback (bound to a key): returns one of the CC_* codes.
typedef unsigned char (*beleg_el_command_fn)(EditLine *, int);

// MARK: - Locale

/// Makes LC_CTYPE a UTF-8 locale: the user's own (`""`) if its codeset is UTF-8,
/// else `C.UTF-8`. Returns 1 when the resulting codeset is UTF-8, 0 otherwise.
/// Must run before `el_init`, which decides once whether the charset is UTF-8.
static inline int beleg_use_utf8_ctype(void) {
    if (setlocale(LC_CTYPE, "") != NULL && strcmp(nl_langinfo(CODESET), "UTF-8") == 0) {
        return 1;
    }
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) {
        (void)setlocale(LC_CTYPE, "C.utf8");
    }
    return strcmp(nl_langinfo(CODESET), "UTF-8") == 0 ? 1 : 0;
}

// MARK: - Editor

/// Opens an editor reading the terminal on stdin and writing to stdout/stderr.
static inline EditLine *beleg_el_open(const char *programName) {
    return el_init(programName, stdin, stdout, stderr);
}

static inline int beleg_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

/// Lets libedit catch SIGWINCH/SIGTSTP/SIGCONT (and others) while it reads.
static inline int beleg_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

static inline int beleg_el_set_prompt(EditLine *el, beleg_el_prompt_fn fn) {
    return el_set(el, EL_PROMPT, fn);
}

static inline int beleg_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *beleg_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) {
        return NULL;
    }
    return data;
}

static inline int beleg_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

/// Registers `fn` as editor command `name` and binds it to `key` (e.g. "^I").
static inline int beleg_el_add_command(EditLine *el, const char *name, const char *help,
                                        beleg_el_command_fn fn, const char *key) {
    if (el_set(el, EL_ADDFN, name, help, fn) != 0) {
        return -1;
    }
    return el_set(el, EL_BIND, key, name, (const char *)NULL);
}

/// Takes the terminal's interrupt character (usually ^C) away in edit mode,
/// so that it arrives as an ordinary key that can be bound.
/// Binds the escape sequences terminals send for Home, End and Delete (xterm, VT220 and rxvt forms),
/// which libedit's emacs map leaves unbound (they would insert "~").
static inline void beleg_el_bind_navigation_keys(EditLine *el) {
    const char *home[] = {"\033[H", "\033OH", "\033[1~", "\033[7~"};
    const char *end[] = {"\033[F", "\033OF", "\033[4~", "\033[8~"};
    for (int i = 0; i < 4; i++) {
        el_set(el, EL_BIND, home[i], "ed-move-to-beg", NULL);
        el_set(el, EL_BIND, end[i], "ed-move-to-end", NULL);
    }
    el_set(el, EL_BIND, "\033[3~", "ed-delete-next-char", NULL);
}

static inline int beleg_el_disable_tty_intr(EditLine *el) {
    return el_set(el, EL_SETTY, "-d", "-intr", "intr=", (const char *)NULL);
}

/// Terminal width in columns as libedit sees it (80 if unknown).
static inline int beleg_el_columns(EditLine *el) {
    int columns = 0;
    if (el_get(el, EL_GETTC, "co", &columns, (void *)NULL) != 0 || columns <= 0) {
        return 80;
    }
    return columns;
}

/// Writes UTF-8 text to the editor's output stream and flushes it.
static inline void beleg_el_write(EditLine *el, const char *text) {
    FILE *out = NULL;
    if (el_get(el, EL_GETFP, 1, &out) != 0 || out == NULL) {
        return;
    }
    (void)fputs(text, out);
    (void)fflush(out);
}

static inline void beleg_sigint_ignore(int signo) {
    (void)signo;
}

/// `el_wgets` with a SIGINT handler installed for the duration of the call that
/// does nothing and does not restart system calls: a SIGINT that reaches the
/// process while it waits for a key makes `el_wgets` return NULL with `*count`
/// -1 and `*error` EINTR instead of killing the process. The previous SIGINT
/// disposition is restored before returning. `*error` is errno after the call.
static inline const wchar_t *beleg_el_wgets(EditLine *el, int *count, int *error) {
    struct sigaction quiet, previous;
    memset(&quiet, 0, sizeof quiet);
    quiet.sa_handler = beleg_sigint_ignore;
    sigemptyset(&quiet.sa_mask);
    quiet.sa_flags = 0;
    int installed = sigaction(SIGINT, &quiet, &previous) == 0;
    errno = 0;
    const wchar_t *line = el_wgets(el, count);
    *error = errno;
    if (installed) {
        (void)sigaction(SIGINT, &previous, NULL);
    }
    return line;
}

// MARK: - History

static inline int beleg_history_set_size(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

static inline int beleg_history_set_unique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}

/// Loads entries from `path` (libedit format). Returns the count, or -1.
static inline int beleg_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}

/// Saves all entries to `path` (libedit format, mode 0600). Returns the count, or -1.
static inline int beleg_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}

static inline int beleg_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

/// Moves the history cursor (`op` is H_FIRST, H_LAST, H_NEXT or H_PREV) and
/// returns the entry there, or NULL. H_LAST is the oldest entry, H_PREV newer.
static inline const char *beleg_history_step(History *h, int op) {
    HistEvent ev;
    if (history(h, &ev, op) != 0) {
        return NULL;
    }
    return ev.str;
}

#endif
