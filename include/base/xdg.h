/*
 * xdg: where hoso keeps its files, by the XDG Base Directory rules.
 *
 *   config  $XDG_CONFIG_HOME/hoso  else ~/.config/hoso       (themes, config)
 *   state   $XDG_STATE_HOME/hoso   else ~/.local/state/hoso  (reading state)
 *   cache   $XDG_CACHE_HOME/hoso   else ~/.cache/hoso        (the index)
 *   data    $XDG_DATA_HOME/hoso    else ~/.local/share/hoso
 *
 * The spec says a relative $XDG_*_HOME is to be ignored; an unset or empty
 * HOME leaves no default.
 */
#ifndef HOSO_XDG_H
#define HOSO_XDG_H

enum xdg_kind { XDG_CONFIG, XDG_STATE, XDG_CACHE, XDG_DATA };

/* hoso's directory of that kind (heap string, no trailing slash), or NULL
 * when the environment gives none.  Nothing is created. */
char *xdg_dir(enum xdg_kind kind);

/* mkdir -p, each new directory 0700 (the spec asks for that, and what hoso
 * keeps there is private).  0, or -1 with errno set (ENOTDIR when
 * something other than a directory is in the way). */
int xdg_mkdirs(const char *dir);

#endif
