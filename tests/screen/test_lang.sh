#!/bin/sh
# One language a run, on screen (issue 10): with --lang en the header,
# the tabs, the pane titles, the status line and the help speak English
# only, with --lang vi Vietnamese only, whatever LANGUAGE says; without
# --lang, LANGUAGE=vi (or LC_MESSAGES=vi_VN) picks Vietnamese, and the
# config file's lang comes between the two.  At 80x24 and 40x12, under
# LANG=C.UTF-8 and LANG=C.  The articles are Vietnamese either way, so
# only hoso's own rows are looked at: the header, the pane titles, the
# status line, and the help's title and first line.
. tests/screen/lib.sh

CORPUS=$PWD/tests/fixtures/corpus
CFG=$SCR_TMP/cfg
mkdir -p "$CFG/hoso"
VI_WORDS='Bài|Mốc|Chủ đề|Dòng thời gian|Chi tiết|Trợ giúp|Tìm|Khung|Thoát|Năm|phím|bài báo|chủ đề|mốc'
EN_WORDS='Articles|Art\.|Timeline|Time |Topics|Detail|[Hh]elp|find|pane|quit|keys|year|articles|topics|milestones'

# chrome: rows 1, 2 and the last (the help's rows 1 to 3 and the last).
chrome() {
	scr_capture >"$SCR_TMP/screen"
	sed -n '1,3p;$p' "$SCR_TMP/screen"
}

# only LANG_WANTED: hoso's own rows have words of that language, none of
# the other's.
only() {
	case $1 in
	vi) own=$VI_WORDS other=$EN_WORDS ;;
	*) own=$EN_WORDS other=$VI_WORDS ;;
	esac
	scr_settle
	if ! chrome | grep -qE -- "$own"; then
		scr_fail "no $1 word in the header, panes or status line"
	fi
	bad=$(chrome | grep -oE -- "$other" | sort -u | tr '\n' ' ')
	[ -z "$bad" ] || scr_fail "$1 only, but shows: $bad"
}

# every_view LANG: the three views and the help, each in that language.
every_view() {
	scr_wait_row 1 "hoso" || return
	only "$1"
	for v in 2 3; do
		scr_keys "$v"
		if [ "$1" = vi ]; then
			scr_wait_row -1 "Trợ giúp" || return
		else
			scr_wait_row -1 "help" || return
		fi
		only "$1"
	done
	scr_keys "?"
	if [ "$1" = vi ]; then
		scr_wait "Trợ giúp ─" && scr_wait "hoso — phím"
	else
		scr_wait "Help ─" && scr_wait "hoso — keys"
	fi
	only "$1"
	scr_keys Escape
	scr_wait_gone "hoso — "
	scr_keys 1
}

for size in "80 24" "40 12"; do
	set -- $size
	w=$1 h=$2
	for lang in C.UTF-8 C; do
		scr_context "${w}x$h LANG=$lang --lang en, LANGUAGE=vi"
		scr_start "$w" "$h" "$lang" XDG_CACHE_HOME="$SCR_TMP/cache" \
		    XDG_CONFIG_HOME="$CFG" LANGUAGE=vi -- -C "$CORPUS" --lang en
		every_view en
		scr_quit

		scr_context "${w}x$h LANG=$lang --lang vi, LANGUAGE=en"
		scr_start "$w" "$h" "$lang" XDG_CACHE_HOME="$SCR_TMP/cache" \
		    XDG_CONFIG_HOME="$CFG" LANGUAGE=en -- -C "$CORPUS" --lang vi
		every_view vi
		scr_quit

		scr_context "${w}x$h LANG=$lang LANGUAGE=vi"
		scr_start "$w" "$h" "$lang" XDG_CACHE_HOME="$SCR_TMP/cache" \
		    XDG_CONFIG_HOME="$CFG" LANGUAGE=vi -- -C "$CORPUS"
		every_view vi
		scr_quit

		scr_context "${w}x$h LANG=$lang, no LANGUAGE"
		scr_start "$w" "$h" "$lang" XDG_CACHE_HOME="$SCR_TMP/cache" \
		    XDG_CONFIG_HOME="$CFG" LANGUAGE= -- -C "$CORPUS"
		scr_wait_row 1 "hoso" && only en
		scr_quit
	done
done

scr_context "80x24 LC_MESSAGES=vi_VN.UTF-8"
scr_start 80 24 C.UTF-8 XDG_CACHE_HOME="$SCR_TMP/cache" \
    XDG_CONFIG_HOME="$CFG" LANGUAGE= LC_MESSAGES=vi_VN.UTF-8 -- -C "$CORPUS"
scr_wait_row 1 "hoso" && only vi
scr_quit

# The config file's lang: over the environment, under --lang.
printf 'lang: vi\n' >"$CFG/hoso/config.yaml"
scr_context "80x24 config lang: vi, LANGUAGE=en"
scr_start 80 24 C XDG_CACHE_HOME="$SCR_TMP/cache" XDG_CONFIG_HOME="$CFG" \
    LANGUAGE=en -- -C "$CORPUS"
scr_wait_row 1 "hoso" && only vi
scr_quit
scr_context "80x24 config lang: vi, --lang en"
scr_start 80 24 C XDG_CACHE_HOME="$SCR_TMP/cache" XDG_CONFIG_HOME="$CFG" \
    LANGUAGE=vi -- -C "$CORPUS" --lang en
scr_wait_row 1 "hoso" && only en
scr_quit
scr_context "80x24 config lang: vi, --no-config"
scr_start 80 24 C XDG_CACHE_HOME="$SCR_TMP/cache" XDG_CONFIG_HOME="$CFG" \
    LANGUAGE=en -- -C "$CORPUS" --no-config
scr_wait_row 1 "hoso" && only en
scr_quit

scr_done
