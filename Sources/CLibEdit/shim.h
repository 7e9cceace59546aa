#pragma once
#include <histedit.h>
#include <stddef.h>

/*
 * Non-variadic adapters for the libedit calls nns makes.
 *
 * libedit configures an editor with three C variadic functions — el_set, el_get and history —
 * and Swift cannot call a C variadic function ("Variadic function is unavailable"). Calling one
 * through a non-variadic prototype is undefined behaviour (on Apple arm64, for one, variadic
 * arguments travel on the stack, fixed ones in registers). So each call nns makes is spelled
 * out once here, with its real argument types, as a one-line `static inline` function that
 * Swift can call: the C compiler sees the variadic prototype in <histedit.h> and passes the
 * arguments correctly on every platform.
 *
 * These are adapters, not C code of ours: no logic, no compiled C sources, nothing beyond the
 * one call each makes. Add one here only when nns needs another el_set/el_get/history request.
 * The strings passed are copied by libedit (it converts them to wide characters), so they
 * need only live for the call. Each returns what the libedit call returns: 0 (or, for
 * history, a non-negative value) on success, -1 on failure.
 *
 * SwiftPM does not notice edits to this header: touch a Swift file of nns after changing it.
 */

/* el_set(EL_PROMPT_ESC): `prompt` gives the prompt text on each redraw; text between two
   `literal` characters (e.g. colour escape sequences) takes no room on screen. */
static inline int nns_el_set_prompt_esc(EditLine *el, char *(*prompt)(EditLine *), char literal) {
    return el_set(el, EL_PROMPT_ESC, prompt, (int)literal);
}

/* el_set(EL_EDITOR): "emacs" or "vi" key bindings. */
static inline int nns_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

/* el_set(EL_SIGNAL): whether libedit restores the terminal around signals (1) or not (0). */
static inline int nns_el_set_signal(EditLine *el, int handle) {
    return el_set(el, EL_SIGNAL, handle);
}

/* el_set(EL_HIST, history, h): Up and Down recall the entries of `h`. */
static inline int nns_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

/* el_set(EL_CLIENTDATA): an opaque pointer the callbacks get back with nns_el_get_clientdata. */
static inline int nns_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

/* el_get(EL_CLIENTDATA): the pointer given to nns_el_set_clientdata (NULL if none). */
static inline void *nns_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    return el_get(el, EL_CLIENTDATA, &data) == 0 ? data : NULL;
}

/* el_set(EL_ADDFN): a named editor function (what a key can be bound to) with a help text;
   `function` returns one of the CC_* codes. */
static inline int nns_el_addfn(EditLine *el, const char *name, const char *help,
                               unsigned char (*function)(EditLine *, int)) {
    return el_set(el, EL_ADDFN, name, help, function);
}

/* el_set(EL_BIND, key, command, NULL): binds one key sequence (e.g. "^I") to `command`. */
static inline int nns_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, (const char *)NULL);
}

/* history(H_SETSIZE): keep at most `size` entries. */
static inline int nns_history_setsize(History *h, HistEvent *event, int size) {
    return history(h, event, H_SETSIZE, size);
}

/* history(H_SETUNIQUE): store a line equal to the newest entry once (1) or again (0). */
static inline int nns_history_setunique(History *h, HistEvent *event, int unique) {
    return history(h, event, H_SETUNIQUE, unique);
}

/* history(H_ENTER): `line` becomes the newest entry. */
static inline int nns_history_enter(History *h, HistEvent *event, const char *line) {
    return history(h, event, H_ENTER, line);
}

/* history(H_LOAD): appends the entries of the history file at `path`. */
static inline int nns_history_load(History *h, HistEvent *event, const char *path) {
    return history(h, event, H_LOAD, path);
}

/* el_set(EL_GETCFN): reads keys with `read` instead of libedit's own reader. */
static inline int nns_el_set_getcfn(EditLine *el, el_rfunc_t read) {
    return el_set(el, EL_GETCFN, read);
}

/* history(H_SAVE): writes all entries to the history file at `path`. */
static inline int nns_history_save(History *h, HistEvent *event, const char *path) {
    return history(h, event, H_SAVE, path);
}
