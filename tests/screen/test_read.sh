#!/bin/sh
# Read state (issue 11, part 2), at 80x24 and 40x12, on a copy of the
# bundled corpus with its own $XDG_STATE_HOME: on a first start every
# article is flagged N (bold) and the header says nothing is new;
# scrolling the list reads nothing, opening an article (l) reads it and
# its topics count one unread fewer; U marks it unread and read again;
# after a restart it is still read; an article file added to the corpus
# makes the header say "1 new" (after the indexer brings it in), and the
# start after that says nothing new again; a corrupt read-state file is
# moved aside with a warning; --no-state shows no flags and no counts.
. tests/screen/lib.sh

DIR=$SCR_TMP/read
mkdir -p "$DIR"

list=$("$HOSO" -C content --list 2>/dev/null)
# The first words of row N's title.
title() {
	printf '%s\n' "$list" | sed -n "${1}p" | cut -f4 |
	    awk '{ print $1, $2, $3, $4 }'
}
t1=$(title 1) t2=$(title 2) t3=$(title 3)
[ -n "$t3" ] || { echo "FAIL: no titles from --list"; exit 1; }

# The Visas topic's counts on the Topics list: "mentions · articles"
# (then " · unread" while read state is kept).
visas=$("$HOSO" -C content --topics 2>/dev/null | grep "^visas	" |
    cut -f3,4 | sed 's/	/ · /')
[ -n "$visas" ] || { echo "FAIL: no visas topic from --topics"; exit 1; }
visas_n=$(printf '%s\n' "$visas" | sed 's/.* · //')

# The header says nothing is new.
no_new() {
	scr_row 1 | grep -qF " new" || return 0
	scr_fail "the header says something is new"
}

flagged() {
	scr_capture | grep -qF -- " N $1" && return 0
	scr_fail "\"$1\" is not flagged unread"
}

unflagged() {
	scr_capture | grep -qF -- "   $1" && return 0
	scr_fail "\"$1\" is not shown read"
}

# The Topics view, its last row (Visas and travel) selected.
visas_row() {
	scr_keys 3
	scr_sync
	scr_keys G
	scr_wait "▍ Visas and travel"
	scr_line_with "▍ Visas and travel"
}

n=0
for size in "80 24" "40 12"; do
	set -- $size
	w=$1 h=$2
	n=$((n + 1))
	scr_context "${w}x$h"
	SCR_STATE=$DIR/state$n
	corpus=$DIR/corpus$n
	mkdir -p "$SCR_STATE"
	cp -R content "$corpus"
	start() {
		scr_start "$w" "$h" C.UTF-8 "XDG_CACHE_HOME=$DIR/cache$n" \
		    -- -C "$corpus" --lang en "$@"
	}

	# A first start: everything unread, nothing said to be new.
	start || continue
	scr_wait "1/5" || { scr_quit; continue; }
	scr_settle
	flagged "$t1"
	flagged "$t2"
	no_new
	# Row 2 (not selected): the flag and the title bold.
	case $(scr_sgr_at "$t2") in
	*attrs=*b*) ;;
	*) scr_fail "an unread title is not bold: $(scr_sgr_at "$t2")" ;;
	esac
	row=$(visas_row)
	case $row in
	*"$visas · $visas_n"*) ;;
	*) scr_fail "Visas does not count $visas_n unread: $row" ;;
	esac

	# Scrolling the list reads nothing; opening reads.
	scr_keys 1
	scr_sync
	scr_keys g j j k
	scr_sync
	flagged "$t2"
	flagged "$t3"
	scr_keys l
	scr_sync
	scr_keys h
	scr_sync
	unflagged "$t2"
	flagged "$t3"
	flagged "$t1"
	row=$(visas_row)
	case $row in
	*"$visas · $((visas_n - 1))"*) ;;
	*) scr_fail "Visas does not count one unread fewer: $row" ;;
	esac

	# U: unread again, then read.
	scr_keys 1
	scr_sync
	scr_has "2/5"
	scr_keys U
	scr_wait "Marked unread"
	flagged "$t2"
	row=$(visas_row)
	case $row in
	*"$visas · $visas_n"*) ;;
	*) scr_fail "U did not count it unread again: $row" ;;
	esac
	scr_keys 1
	scr_sync
	scr_keys U
	scr_wait "Marked read"
	unflagged "$t2"
	scr_quit
	ls "$SCR_STATE"/hoso/read-* >/dev/null 2>&1 ||
	    scr_fail "no read-HASH file in the state directory"

	# Still read after a restart.
	start || continue
	scr_wait "/5" || { scr_quit; continue; }
	scr_keys 1
	scr_sync
	scr_keys g
	scr_sync
	unflagged "$t2"
	flagged "$t1"
	flagged "$t3"
	no_new
	scr_quit

	# An article added: "1 new", once it is indexed; flagged.
	cat >"$corpus/articles/2024-01-02-test-new.txt" <<'EOF'
---
id: 2024-01-02-test-new
title: Zeta added after the last start
date: 2024-01-02
source: Test
---
Một bài mới về thị thực.
EOF
	start || continue
	scr_wait "1 new" || { scr_quit; continue; }
	scr_wait "/6"
	scr_keys 1
	scr_sync
	scr_keys g
	scr_sync
	flagged "Zeta added after"
	unflagged "$t2"
	scr_quit
	# Seen now: the next start says nothing new.
	start || continue
	scr_wait "/6" || { scr_quit; continue; }
	scr_settle
	no_new
	scr_quit

	# A corrupt file: a warning, moved aside, the reader starts.
	f=$(ls "$SCR_STATE"/hoso/read-* | head -n 1)
	printf 'hoso-read 1\nread %s\nthis is not a record\n' \
	    "$(printf '%s\n' "$list" | sed -n 3p | cut -f1)" >"$f"
	start || continue
	scr_wait "/6" || { scr_quit; continue; }
	scr_keys 1
	scr_sync
	scr_keys g
	scr_sync
	unflagged "$t3"
	flagged "$t2"
	scr_quit
	[ -f "$f.bad" ] || scr_fail "the corrupt file was not moved aside"
	grep -q "this is not a record" "$f.bad" 2>/dev/null ||
	    scr_fail "$f.bad does not hold the corrupt file"
	grep -q "^read " "$f" || scr_fail "no new read-state file was saved"
done

# --no-state: no flags, no unread counts.
scr_context "--no-state"
SCR_STATE=
scr_start 80 24 C.UTF-8 -- -C content --lang en
scr_wait "1/5"
scr_settle
scr_not " N $t1"
scr_has " $t1"
row=$(visas_row)
case $row in
*"$visas · "*) scr_fail "unread counts with --no-state: $row" ;;
*"$visas"*) ;;
*) scr_fail "no Visas counts with --no-state: $row" ;;
esac
scr_keys 1
scr_sync
scr_keys U
scr_wait "not kept"
scr_quit

scr_done
