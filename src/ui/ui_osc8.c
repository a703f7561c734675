/*
 * ui_osc8: the addresses of the detail pane as OSC 8 hyperlinks, so that
 * a terminal that has them lets the user click one, a wrapped address
 * being one link (one id= per address).
 *
 * curses knows nothing of OSC 8 and cannot hold an escape sequence in a
 * cell, so the hyperlinks are written after each refresh, straight to the
 * terminal: for each run of an address on the screen, the cursor is put
 * at its first cell, the hyperlink opened, the cells written again as
 * curses left them (their characters, attributes and colours read back
 * from the screen, set with vid_puts so that curses's idea of the
 * terminal's attributes stays true), the hyperlink closed.  The cursor
 * then goes back where curses left it, the attributes to normal, where
 * doupdate leaves them.  A cell curses rewrites later loses its link,
 * which the next refresh writes again.
 *
 * Whether to: `osc8: true` or `false` in the config decides; else the
 * terminal is asked by its environment alone (no query, whose answer
 * would come in as keys), and only the terminals known to have OSC 8
 * get it.  Under tmux or screen never: tmux 3.3a drops the sequences,
 * and what the terminal outside has is the multiplexer's business.
 * Only an address url_check passes is written into a sequence, so no
 * control byte, ESC or BEL ever goes out inside one.
 */
#include "ui_impl.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "render.h"
#include "url.h"
#include "util.h"
#include "wrap.h"

static struct util_buf out;

static int
put(int c)
{
	util_buf_addc(&out, (char)c);
	return c;
}

static int
starts(const char *s, const char *prefix)
{
	return s != NULL && strncmp(s, prefix, strlen(prefix)) == 0;
}

static int
env_is(const char *name, const char *value)
{
	const char *v = getenv(name);

	return v != NULL && strcmp(v, value) == 0;
}

static int
detect(void)
{
	static const char *const terms[] = { "xterm-kitty", "foot",
	    "wezterm", "alacritty", "xterm-ghostty", "contour" };
	const char *term = getenv("TERM"), *vte = getenv("VTE_VERSION");

	if (getenv("TMUX") != NULL || getenv("STY") != NULL ||
	    starts(term, "tmux") || starts(term, "screen"))
		return 0;
	/* VTE (GNOME Terminal, Tilix…) has them since 0.50. */
	if (vte != NULL && atoi(vte) >= 5000)
		return 1;
	if (getenv("KITTY_WINDOW_ID") != NULL || getenv("WT_SESSION") != NULL ||
	    env_is("TERM_PROGRAM", "iTerm.app") ||
	    env_is("TERM_PROGRAM", "WezTerm") ||
	    env_is("TERM_PROGRAM", "ghostty") ||
	    env_is("TERM_PROGRAM", "vscode"))
		return 1;
	for (size_t i = 0; i < sizeof terms / sizeof terms[0]; i++)
		if (starts(term, terms[i]))
			return 1;
	return 0;
}

/* The terminal's cup, without its padding ($<5>, for terminals that
 * needed time: none that has OSC 8 does). */
static void
move_to(int y, int x)
{
	const char *cup = tigetstr("cup"), *s;

	if (cup == NULL || cup == (char *)-1 || (s = tiparm(cup, y, x)) == NULL)
		return;
	while (*s != '\0') {
		const char *e;

		if (s[0] == '$' && s[1] == '<' && (e = strchr(s, '>')) != NULL) {
			s = e + 1;
			continue;
		}
		put((unsigned char)*s++);
	}
}

/* One run of link k (its address url) at screen row y, columns [x, x+w):
 * the cells as they are, inside the hyperlink.  Nothing when a cell is
 * not a plain ASCII character, which an address's never is. */
static void
run(size_t k, const char *url, int y, int x, int w)
{
	size_t mark = out.len;

	move_to(y, x);
	util_buf_printf(&out, "\033]8;id=hoso%zu;%s\033\\", k, url);
	for (int i = 0; i < w; i++) {
		cchar_t cc;
		wchar_t wc[CCHARW_MAX + 1];
		attr_t a;
		short pair;
		int ext = 0;

		if (mvin_wch(y, x + i, &cc) == ERR ||
		    getcchar(&cc, wc, &a, &pair, &ext) == ERR ||
		    wc[0] <= 0x20 || wc[0] >= 0x7f || wc[1] != 0) {
			out.len = mark;
			return;
		}
		vid_puts(a, pair, &ext, put);
		util_buf_addc(&out, (char)wc[0]);
	}
	vid_puts(A_NORMAL, 0, NULL, put);
	util_buf_adds(&out, "\033]8;;\033\\");
}

static int
enabled(const struct ui *u)
{
	static int on = -1;

	if (on < 0)
		on = u->o->osc8 < 0 ? detect() : u->o->osc8 != 0;
	return on;
}

void
ui_osc8_draw(struct ui *u)
{
	const struct ui_pager *p = &ui_cur(u)->pager;
	struct ui_rect r = u->dtext;
	int cy, cx, sy, sx;

	/* Only over the pane as drawn: not under the help overlay, nor
	 * when a single-pane layout shows the list. */
	if (!enabled(u) || u->help || u->lay.too_small || !p->have ||
	    u->lay.detail.w == 0 || r.w <= 0 || r.h <= 0)
		return;
	out.len = 0;
	/* Reading the cells back moves stdscr's cursor, which the prompt's
	 * cursor is. */
	getyx(stdscr, sy, sx);
	for (size_t line = p->top; line < p->doc.nlines &&
	    line < p->top + (size_t)r.h; line++) {
		const struct render_line *l = &p->doc.lines[line];
		const char *text = p->doc.text.data + l->off;

		for (size_t i = l->span0; i < l->span0 + l->nspan; i++) {
			const struct render_span *s = &p->doc.spans[i];
			const char *url;
			int c0, w;

			if (s->link == RENDER_NO_LINK || s->end > l->len)
				continue;
			url = render_link_url(&p->doc, &p->doc.links[s->link].to);
			if (url == NULL || url_check(url, strlen(url)) != URL_OK)
				continue;
			c0 = wrap_width(text, s->start);
			w = wrap_width(text + s->start, s->end - s->start);
			if (c0 >= r.w)
				continue;
			if (c0 + w > r.w)
				w = r.w - c0;
			run((size_t)s->link, url, r.y + (int)(line - p->top),
			    r.x + c0, w);
		}
	}
	move(sy, sx);
	if (out.len == 0)
		return;
	getyx(curscr, cy, cx);
	move_to(cy, cx);
	for (size_t done = 0; done < out.len;) {
		ssize_t n = write(STDOUT_FILENO, out.data + done,
		    out.len - done);

		if (n <= 0)
			break;
		done += (size_t)n;
	}
}
