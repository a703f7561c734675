#!/bin/sh
# The fault suite, files: what is not a regular file where hoso expects
# one (a FIFO, a terminal, /dev/stdin, a directory), symbolic links in and
# out of the corpus, unreadable, empty, tiny and binary files, hidden
# names.  Each is refused or read with one clear diagnostic naming the
# file, and nothing ever waits: a FIFO without a writer would block an
# open() for ever, so each run has a time limit (lib.sh) and a hang fails
# its case.
. tests/hostile/lib.sh
. tests/hostile/tmux.sh
export XDG_CONFIG_HOME="$T/config" XDG_STATE_HOME="$T/state" \
    XDG_CACHE_HOME="$T/cache"

# mkc DIR: a small corpus of two articles and a map
mkc() {
	rm -rf "$1"
	mkdir -p "$1/articles"
	printf 'title: T\ntopics:\n  - id: visas\n    title: Visas\n    keywords: [visa]\n' \
	    >"$1/topics.yaml"
	printf -- '---\ntitle: One\ndate: 2023-01-01\n---\nA visa text.\n' \
	    >"$1/articles/one.txt"
	printf -- '---\ntitle: Two\ndate: 2023-01-02\n---\nAnother text.\n' \
	    >"$1/articles/two.txt"
}
# listed: the two good articles are still in --list's output
listed() { has "$T/out" "one	2023-01-01"; has "$T/out" "two	2023-01-02"; }
# FNV-1a 64 of a string in hex: the name of a corpus's bookmark file
fnv() {
	h=-3750763034362895579
	for byte in $(printf %s "$1" | od -An -v -tu1); do
		h=$(( (h ^ byte) * 1099511628211 ))
	done
	printf '%016x\n' "$h"
}
C=$T/c

begin fifo_article
mkc "$C"
mkfifo "$C/articles/fifo.txt"
run -C "$C" --check
status 1
has "$T/err" "$C/articles/fifo.txt: error: not a regular file (a FIFO); skipped"
run -C "$C" --list
status 1
listed

begin fifo_map
mkc "$C"
rm "$C/topics.yaml"
mkfifo "$C/topics.yaml"
run -C "$C" --check
status 1
has "$T/err" "$C/topics.yaml: error: not a regular file (a FIFO)"

begin fifo_map_option
mkc "$C"
mkfifo "$T/map.yaml"
run -C "$C" -m "$T/map.yaml" --list
status 1
has "$T/err" "$T/map.yaml: error: not a regular file (a FIFO)"
listed
rm "$T/map.yaml"

begin map_dev_stdin
mkc "$C"
run -C "$C" -m /dev/stdin --check
status 1
has "$T/err" "/dev/stdin: error: not a regular file (a character device)"

# /dev/stdin a pipe whose writer is alive and silent: the real hang.
begin map_stdin_pipe
mkc "$C"
mkfifo "$T/p"
sleep 30 >"$T/p" &
writer=$!
timeout -k 2 20 "$HOSO" -C "$C" -m /dev/stdin --check <"$T/p" \
    >"$T/out" 2>"$T/err"
rc=$?
kill "$writer" 2>/dev/null
wait "$writer" 2>/dev/null
[ "$rc" -ne 124 ] || fail "timed out"
status 1
has "$T/err" "/dev/stdin: error: not a regular file (a FIFO)"
rm "$T/p"

begin symlink_dev_tty
mkc "$C"
ln -s /dev/tty "$C/articles/tty.txt"
run -C "$C" --list
status 0
has "$T/err" "$C/articles/tty.txt: warning: a symbolic link out of the corpus (to /dev/tty); skipped"
listed

begin symlink_dev_stdin
mkc "$C"
ln -s /dev/stdin "$C/articles/stdin.txt"
run -C "$C" --list
has "$T/err" "$C/articles/stdin.txt: warning: a symbolic link out of the corpus"
listed

# Inside the corpus, a link is followed, and what it leads to must still
# be a regular file.
begin symlink_in_corpus_to_fifo
mkc "$C"
mkfifo "$C/pipe"
ln -s ../pipe "$C/articles/pipe.txt"
run -C "$C" --check
status 1
has "$T/err" "$C/articles/pipe.txt: error: not a regular file (a FIFO); skipped"

begin symlink_out_of_corpus
mkc "$C"
printf -- '---\ntitle: Secret\n---\nroot:x:0:0\n' >"$T/outside.txt"
ln -s "$T/outside.txt" "$C/articles/link.txt"
ln -s /etc/passwd "$C/articles/passwd.txt"
run -C "$C" --list
status 0
has "$T/err" "$C/articles/link.txt: warning: a symbolic link out of the corpus (to $T/outside.txt); skipped"
has "$T/err" "$C/articles/passwd.txt: warning: a symbolic link out of the corpus (to /etc/passwd); skipped"
hasnt "$T/out" "Secret"
listed
run -C "$C" --search root
hasnt "$T/out" "root:x"

begin symlink_in_corpus
mkc "$C"
mkdir "$C/drafts"
printf -- '---\ntitle: Linked\n---\nA linked visa text.\n' >"$C/drafts/l.txt"
ln -s ../drafts/l.txt "$C/articles/linked.txt"
ln -s one.txt "$C/articles/again.txt"
run -C "$C" --list
status 0
has "$T/out" "linked			Linked	visas"
has "$T/out" "again	2023-01-01		One	visas"
[ ! -s "$T/err" ] || fail "said something: $(head -n 2 "$T/err")"

begin symlink_dangling_and_loop
mkc "$C"
ln -s nowhere.txt "$C/articles/dangling.txt"
ln -s loop.txt "$C/articles/loop.txt"
run -C "$C" --check
status 1
has "$T/err" "$C/articles/dangling.txt: error: cannot read: No such file or directory"
has "$T/err" "$C/articles/loop.txt: error: cannot read: Too many levels of symbolic links"

begin directory_named_article
mkc "$C"
mkdir "$C/articles/dir.txt"
run -C "$C" --check
status 1
has "$T/err" "$C/articles/dir.txt: error: not a regular file (a directory); skipped"

# As root every file is readable: a file whose open() fails another way
# (a link to itself) stands in, and says so in its case's name.
if [ "$(id -u)" -ne 0 ]; then
	begin unreadable_file
	mkc "$C"
	cp "$C/articles/one.txt" "$C/articles/locked.txt"
	chmod 000 "$C/articles/locked.txt"
	run -C "$C" --check
	status 1
	has "$T/err" "$C/articles/locked.txt: error: cannot read: Permission denied"
else
	begin unreadable_file_as_root_eloop
	mkc "$C"
	ln -s locked.txt "$C/articles/locked.txt"
	run -C "$C" --check
	status 1
	has "$T/err" "$C/articles/locked.txt: error: cannot read:"
fi

begin empty_file
mkc "$C"
: >"$C/articles/empty.txt"
run -C "$C" --list
status 1
has "$T/err" "$C/articles/empty.txt:1:1: error: missing front matter"
listed

begin one_byte
mkc "$C"
printf -- '-' >"$C/articles/b.txt"
run -C "$C" --check
status 1
has "$T/err" "$C/articles/b.txt:1:1: error: missing front matter"

begin binary_file
mkc "$C"
awk 'BEGIN { for (i = 0; i < 4096; i++) printf "%c", (i * 37) % 256 }' \
    >"$C/articles/bin.txt"
run -C "$C" --list
status 1
has "$T/err" "$C/articles/bin.txt:1:1: error: missing front matter"
no_controls "$T/err"
no_controls "$T/out"
listed

begin binary_body
mkc "$C"
{ printf -- '---\ntitle: Bin\n---\n'; awk 'BEGIN { for (i = 0; i < 512; i++) printf "%c", i % 256 }'; } \
    >"$C/articles/binbody.txt"
run -C "$C" --show binbody
no_controls "$T/out"
no_controls "$T/err"
has "$T/out" "Bin"

begin hidden_and_nameless
mkc "$C"
cp "$C/articles/one.txt" "$C/articles/.hidden.txt"
cp "$C/articles/one.txt" "$C/articles/.txt"
printf 'notes\n' >"$C/articles/README.md"
run -C "$C" --check
status 0
has "$T/err" "$C/articles/.hidden.txt: warning: a hidden file (its name starts with '.'); skipped"
has "$T/err" "$C/articles/.txt: warning: no name before .txt; skipped"
hasnt "$T/err" "README"

begin corpus_is_a_fifo
mkfifo "$T/cf"
run -C "$T/cf" --list
status 2
has "$T/err" "hoso: -C $T/cf: not a directory"
rm "$T/cf"

begin articles_is_a_file
rm -rf "$C"
mkdir "$C"
: >"$C/articles"
run -C "$C" --list
status 2
has "$T/err" "not a corpus (it has no articles/ directory)"

begin fifo_default_config
mkc "$C"
mkdir -p "$T/config/hoso"
mkfifo "$T/config/hoso/config.yaml"
run -C "$C" --list
status 0
has "$T/err" "$T/config/hoso/config.yaml: warning: not a regular file (a FIFO)"
listed
rm -rf "$T/config"

begin fifo_config_option
mkc "$C"
mkfifo "$T/conf.yaml"
run -C "$C" --config "$T/conf.yaml" --list
status 2
has "$T/err" "hoso: --config $T/conf.yaml: not a regular file (a FIFO)"
run -C "$C" --config /dev/stdin --list
status 2
has "$T/err" "hoso: --config /dev/stdin: not a regular file (a character device)"
rm "$T/conf.yaml"

begin fifo_bookmarks
mkc "$C"
mkdir -p "$T/state/hoso"
bm=$T/state/hoso/bookmarks-$(fnv "$(cd "$C" && pwd -P)")
mkfifo "$bm"
run -C "$C" --bookmarks
status 0
has "$T/err" "$bm: warning: not a regular file (a FIFO); not read"
rm -rf "$T/state"

begin fifo_index
mkc "$C"
rm -rf "$T/cache"
run -C "$C" --list
db=$(ls "$T/cache/hoso/"*.db)
rm -f "$T/cache/hoso/"*
mkfifo "$db"
run -C "$C" --list
status 0
has "$T/err" "$db: warning: not a regular file (a FIFO); not used for the index"
listed
rm -f "$db"
run -C "$C" --list
mkfifo "$db-wal"
run -C "$C" --list
status 0
has "$T/err" "$db-wal: warning: not a regular file (a FIFO); not used for the index"
listed
rm -rf "$T/cache"

# The theme and the state file are read by the reader only: in a pane.
begin theme_fifo
mkc "$C"
mkfifo "$T/theme.yaml"
tm_start 100 30 "'$HOSO' -C '$C' --no-state --no-config --theme '$T/theme.yaml'; echo EXIT=\$?; sleep 30"
tm_wait "2 articles" && tm_keys q && tm_wait "EXIT=0"
tm_pane | grep -qF "$T/theme.yaml: warning: not a regular file (a FIFO); using the built-in theme" ||
    fail "no warning about the theme FIFO"
rm "$T/theme.yaml"

begin theme_dev_stdin
mkc "$C"
tm_start 100 30 "'$HOSO' -C '$C' --no-state --no-config --theme /dev/stdin; echo EXIT=\$?; sleep 30"
tm_wait "2 articles" && tm_keys q && tm_wait "EXIT=0"
tm_pane | grep -qF "/dev/stdin: warning: not a regular file" ||
    fail "no warning about /dev/stdin as a theme"

begin state_fifo
mkc "$C"
mkdir -p "$T/state/hoso"
mkfifo "$T/state/hoso/state"
tm_start 100 30 "XDG_STATE_HOME='$T/state' '$HOSO' -C '$C' --no-config; echo EXIT=\$?; sleep 30"
tm_wait "2 articles" && tm_keys q && tm_wait "EXIT="
tm_pane | grep -qF "$T/state/hoso/state: warning: not a regular file (a FIFO)" ||
    fail "no warning about the state FIFO"
[ -p "$T/state/hoso/state" ] || fail "the FIFO was replaced"
tm_stop
rm -rf "$T/state"

finish
