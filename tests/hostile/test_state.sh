#!/bin/sh
# The files hoso keeps: the state, the bookmarks, the config and the
# index, each empty, random bytes, truncated, foreign, 100 MB (sparse),
# with positions past the end and ids that do not exist; the state
# directory read-only (a file in its place when running as root, where
# chmod does not block), a full disk (a small tmpfs, when mount works),
# the path a directory or a symlink; two readers at once (each keeps the
# other's bookmarks); kill -9 at
# random moments of 300 saves and of 50 first indexings.  Always: hoso
# starts, says what is wrong (FILE: warning), never overwrites a file it
# cannot read (moved aside, kept beside), every file it wrote parses, the
# temporaries a kill left are removed at the next start, and the index
# answers as a clean one does.
. tests/hostile/lib.sh
. tests/hostile/tty.sh
export XDG_CACHE_HOME="$T/cache" XDG_STATE_HOME="$T/state" \
    XDG_CONFIG_HOME="$T/config"
SD=$T/state/hoso
STATE=$SD/state
BUILD=${BUILD:-$(dirname "$HOSO")}
case $BUILD in /*) ;; *) BUILD=$PWD/$BUILD ;; esac
first=$("$HOSO" --list 2>/dev/null | sed -n 1p | cut -f1)

# The saver (tests/hostile/saver.c): hoso's own saves in a loop, linked
# as the binary under test was built.
san=""
case $BUILD in *san*) san="-fsanitize=address,undefined" ;; esac
# shellcheck disable=SC2046
cc -std=c11 -O1 -D_GNU_SOURCE $san -Iinclude/base -Iinclude/text \
    -Iinclude/model -o "$T/saver" tests/hostile/saver.c \
    "$BUILD/libhoso-core.a" $(pkg-config --libs yaml-0.1 sqlite3 \
    2>/dev/null || echo -lyaml -lsqlite3) -lunistring -lpthread || {
	echo "case FAIL saver: does not build"
	exit 1
}
BM=$("$T/saver" path content)

# kinds FILE VALID: writes one hostile kind of file at FILE; VALID is a
# well-formed file of that sort, for the truncated kind.
kind() {
	rm -rf "$2"
	mkdir -p "$(dirname "$2")"
	case $1 in
	empty) : >"$2" ;;
	random) head -c 4096 /dev/urandom >"$2" ;;
	truncated) head -c "$(($(wc -c <"$3") / 2 + 3))" "$3" >"$2" ;;
	foreign) printf '\211PNG\r\n\032\n\0\0\0\rIHDR not a hoso file\n' >"$2" ;;
	huge) truncate -s 100M "$2" ;;
	esac
}

# The reader up (header, status line), then Q: a clean end.
reader_cycle() {
	tty_start "$@" || return 1
	tty_wait " hoso " || { kill -9 "$tty_pid"; return 1; }
	tty_wait_row 30 || return 1
	tty_keys Q
	tty_exit || return 1
	[ "$tty_rc" -eq 0 ] || fail "exit $tty_rc"
	tty_restored
	tty_clean_err
}

# A valid state and a valid bookmark file to cut short.
rm -rf "$SD"
reader_cycle good 100 30 -- -C content
cp "$STATE" "$T/state.good"
printf 'hoso-bookmarks 1\n1700000000\t%s\t0\t5\tghi chú\tViệt\n' "$first" \
    >"$T/bm.good"

for k in empty random truncated foreign huge; do
	begin "state-$k"
	rm -rf "$SD"
	kind "$k" "$STATE" "$T/state.good"
	cp "$STATE" "$T/before" 2>/dev/null
	reader_cycle state 100 30 -- -C content || continue
	if [ "$k" = truncated ] && [ ! -e "$STATE.bad" ]; then
		# Cut at a line's end, it is a state file, shorter.
		:
	else
		[ -e "$STATE.bad" ] || fail "not moved aside"
		[ "$k" = huge ] || cmp -s "$T/before" "$STATE.bad" ||
		    fail "what was moved aside is not the file"
		grep -q "state.*warning\|warning.*state" "$tty_tag.err" ||
		    fail "no warning: $(cat "$tty_tag.err")"
	fi
	"$T/saver" check "$STATE" "$T/none" >/dev/null ||
	    fail "the state written does not load"
done

begin "state-past-the-end-and-unknown-ids"
rm -rf "$SD"
mkdir -p "$SD"
printf 'hoso-state 2\ncorpus %s\nview timeline\narticle %s\ntopic no-such-topic\nmilestone 2999-01-01 no such\npos %s 99999999999\npos no-such-article 5\n' \
    "$(cd content && pwd -P)" "$first" "$first" >"$STATE"
tty_start ids 100 30 -- -C content && tty_wait " hoso " && {
	# The article at its position past its end: the reader opens it.
	tty_keys 1 l
	tty_wait_row 30
	tty_keys G j j g g k
	tty_wait " hoso "
	tty_keys Q
	tty_exit && { [ "$tty_rc" -eq 0 ] || fail "exit $tty_rc"; }
	tty_restored
	tty_clean_err
	[ -e "$STATE.bad" ] && fail "a valid file was moved aside"
}

for k in empty random truncated foreign huge; do
	begin "bookmarks-$k"
	rm -rf "$SD"
	kind "$k" "$BM" "$T/bm.good"
	cp "$BM" "$T/before" 2>/dev/null
	run --bookmarks
	case $k in
	empty) status 0 ;;
	*) hasnt "$T/err" "fatal"; [ "$rc" -le 1 ] || fail "exit $rc" ;;
	esac
	no_controls "$T/err"
	[ "$k" = huge ] || cmp -s "$T/before" "$BM" || fail "changed by a read"
	# The reader adds one: what it could not read is kept beside.
	tty_start bm 100 30 -- -C content || continue
	tty_wait " hoso " || continue
	tty_keys m
	tty_wait "Note (" || continue
	tty_keys -l "mới"
	tty_keys Enter Q
	tty_exit || continue
	[ "$tty_rc" -eq 0 ] || fail "exit $tty_rc"
	tty_restored
	case $k in
	empty) ;;
	truncated) [ -e "$BM.bad" ] || grep -q mới "$BM" ||
	    fail "the new bookmark is lost" ;;
	*) [ -e "$BM.bad" ] || fail "not moved aside"
	   [ "$k" = huge ] || cmp -s "$T/before" "$BM.bad" ||
	       fail "what was moved aside is not the file" ;;
	esac
	run --bookmarks
	status 0
	has "$T/out" "mới"
	[ -s "$T/err" ] && fail "the new file warns: $(head -n 2 "$T/err")"
done

begin "bookmarks-past-the-end-and-unknown-ids"
rm -rf "$SD"
mkdir -p "$SD"
printf 'hoso-bookmarks 1\n1700000000\t%s\t999999999\t1000000000\t\tnowhere\n1700000001\tno-such-article\t0\t4\tx\tViệt\n1700000002\t%s\t5\t2\t\tbackwards\n' \
    "$first" "$first" >"$BM"
run --bookmarks
[ "$rc" -le 1 ] || fail "exit $rc"
hasnt "$T/err" "fatal"
no_controls "$T/out"
tty_start bmv 100 30 -- -C content && tty_wait " hoso " && {
	tty_keys 4 j j k Enter
	sleep 0.3
	tty_keys Q
	tty_exit && { [ "$tty_rc" -eq 0 ] || fail "exit $tty_rc"; }
	tty_restored
	tty_clean_err
}

# The config: every kind is a warning at most, the modes still work.
for k in empty random truncated foreign huge; do
	begin "config-$k"
	cfg=$T/config/hoso/config.yaml
	kind "$k" "$cfg" config.yaml.sample
	run --list
	status 0
	[ -s "$T/out" ] || fail "--list printed nothing"
	no_controls "$T/err"
	case $k in empty|truncated) ;; *) has "$T/err" "config.yaml" ;; esac
	rm -f "$cfg"
done

# The index: whatever the file holds, the search answers as an index
# made in memory does.
run --no-cache --search "Nhật Bản"
sort "$T/out" >"$T/want"
run --search "Nhật Bản"
db=$(ls "$T"/cache/hoso/*.db)
cp "$db" "$T/db.good"
for k in empty random truncated foreign huge; do
	begin "index-$k"
	rm -f "$db"-wal "$db"-shm
	kind "$k" "$db" "$T/db.good"
	run --search "Nhật Bản"
	status 0
	sort "$T/out" | cmp -s - "$T/want" ||
	    fail "wrong results: $(sort "$T/out" | diff "$T/want" - | head -n 3)"
	hasnt "$T/err" "fatal"
done

# Where the state cannot be written: a warning when the reader ends,
# which ends cleanly.
begin "state-dir-not-a-dir"
rm -rf "$T/state"
: >"$T/state"
reader_cycle ro 100 30 -- -C content
grep -q "warning" "$tty_tag.err" || fail "no warning: $(cat "$tty_tag.err")"
rm -f "$T/state"
if [ "$(id -u)" -ne 0 ]; then
	begin "state-dir-read-only"
	rm -rf "$SD"
	mkdir -p "$SD"
	cp "$T/state.good" "$STATE"
	chmod 555 "$SD"
	reader_cycle ro 100 30 -- -C content
	grep -q "warning" "$tty_tag.err" || fail "no warning"
	cmp -s "$T/state.good" "$STATE" || fail "the state changed"
	chmod 755 "$SD"
else
	echo "skip state-dir-read-only: running as root, chmod does not block (the file in its place is tested)"
fi

mkdir -p "$T/full"
if mount -t tmpfs -o size=64k tmpfs "$T/full" 2>/dev/null; then
	begin "state-disk-full"
	mkdir -p "$T/full/hoso"
	cp "$T/state.good" "$T/full/hoso/state"
	dd if=/dev/zero of="$T/full/fill" bs=1k count=200 2>/dev/null
	tty_start full 100 30 XDG_STATE_HOME="$T/full" -- -C content &&
	    tty_wait " hoso " && {
		tty_keys m
		tty_wait "Note ("
		tty_keys -l "x"
		tty_keys Enter j j Q
		tty_exit && { [ "$tty_rc" -eq 0 ] || fail "exit $tty_rc"; }
		tty_restored
		grep -q "warning" "$tty_tag.err" || fail "no warning"
		cmp -s "$T/state.good" "$T/full/hoso/state" ||
		    fail "the state was damaged"
		ls "$T/full/hoso" | grep -q '\.tmp\.' &&
		    fail "a temporary is left"
	}
	umount "$T/full"
else
	echo "skip state-disk-full: cannot mount a tmpfs here (needs root and a mount namespace that allows it)"
fi

begin "state-path-a-directory"
rm -rf "$SD"
mkdir -p "$STATE/inside"
reader_cycle dir 100 30 -- -C content
[ -d "$STATE/inside" ] || fail "the directory was touched"
grep -q "warning" "$tty_tag.err" || fail "no warning"

begin "state-path-a-symlink-to-a-foreign-file"
rm -rf "$SD"
mkdir -p "$SD"
printf 'precious\n' >"$T/precious"
ln -s "$T/precious" "$STATE"
reader_cycle link 100 30 -- -C content
[ "$(cat "$T/precious")" = precious ] || fail "the link's target was written"

begin "two-readers-at-once"
rm -rf "$SD"
tty_start one 100 30 -- -C content && tty_wait " hoso " && {
	one=$tty_tag onepid=$tty_pid
	TTY_S=hostile2
	tty_start two 100 30 -- -C content
	tty_wait " hoso "
	# Each adds a bookmark, one after the other has loaded its own.
	tty_keys m
	tty_wait "Note ("
	tty_keys -l "từ hai"
	tty_keys Enter 3
	TTY_S=hostile
	tty_keys j m
	tty_wait "Note ("
	tty_keys -l "từ một"
	tty_keys Enter 2
	sleep 0.3
	tty_keys Q
	TTY_S=hostile2
	tty_keys Q
	tty_exit
	[ "$tty_rc" = 0 ] || fail "the second exits $tty_rc"
	tty_restored
	TTY_S=hostile
	tty_tag=$one tty_pid=$onepid
	tty_exit
	[ "$tty_rc" = 0 ] || fail "the first exits $tty_rc"
	"$T/saver" check "$STATE" "$T/none" >/dev/null ||
	    fail "the state does not load"
	grep -qE '^view (timeline|topics)$' "$STATE" ||
	    fail "neither reader's view was saved"
	run --bookmarks
	status 0
	has "$T/out" "từ một"
	has "$T/out" "từ hai"
}
TTY_S=hostile
tty_tmux kill-session -t hostile2 >/dev/null 2>&1

# kill -9 at 300 random moments of a loop of saves: each time both files
# load whole at the next start (which removes the temporaries the kill
# left: how many is counted).
begin "kill-9-during-300-saves"
rm -rf "$SD"
mkdir -p "$SD"
i=0
: >"$T/swept"
delays=$(awk -v s="$(date +%N)" 'BEGIN { srand(s); for (i = 0; i < 300; i++) printf "%.3f\n", 0.002 + rand() * 0.03 }')
for d in $delays; do
	"$T/saver" run "$STATE" "$BM" >>"$T/swept" 2>"$T/err" &
	p=$!
	sleep "$d"
	kill -9 "$p" 2>/dev/null
	wait "$p" 2>/dev/null
	if [ $? -ne 137 ]; then
		fail "after kill $i the files did not load: $(head -n 2 "$T/err")"
		break
	fi
	i=$((i + 1))
done
"$T/saver" check "$STATE" "$BM" >>"$T/swept" 2>"$T/err" ||
    fail "the files did not load: $(head -n 2 "$T/err")"
ls "$SD" | grep -q '\.tmp\.' && fail "temporaries left: $(ls "$SD")"
ls "$SD" | grep -q '\.bad' && fail "a file was found corrupt"
echo "  $i kills; the temporaries they left, all removed at the next start: $(awk '/^swept/ { n += $2 } END { print n }' "$T/swept")"
# And the reader reads what they left.
run --bookmarks
status 0
[ -s "$T/err" ] && fail "--bookmarks warns: $(head -n 2 "$T/err")"

# kill -9 at 50 random moments of a first indexing (of 40 articles):
# the next run finishes it, and answers as an index made in memory.
begin "kill-9-during-50-first-indexings"
cc -std=c11 -O2 -D_GNU_SOURCE -o "$T/gen" tests/bench/gen.c -lunistring &&
    "$T/gen" content "$T/c" 40 >/dev/null || fail "cannot make the corpus"
run -C "$T/c" --no-cache --search "thị thực"
sort "$T/out" >"$T/want"
[ -s "$T/want" ] || fail "the clean index found nothing"
delays=$(awk -v s="$(date +%N)" 'BEGIN { srand(s); for (i = 0; i < 50; i++) printf "%.3f\n", rand() * 0.2 }')
i=0
for d in $delays; do
	rm -rf "$T/cache"
	"$HOSO" -C "$T/c" --search "thị thực" >/dev/null 2>&1 &
	p=$!
	sleep "$d"
	kill -9 "$p" 2>/dev/null
	wait "$p" 2>/dev/null
	run -C "$T/c" --search "thị thực"
	sort "$T/out" >"$T/got"
	if ! cmp -s "$T/want" "$T/got"; then
		fail "after kill $i (at ${d}s): $(diff "$T/want" "$T/got" | head -n 3)"
		break
	fi
	i=$((i + 1))
done

# The index of one run (the cache's file cannot be a database here): a
# kill -9 leaves it in TMPDIR, and the next start removes it.
begin "stale-index-of-one-run-removed"
rm -rf "$T/cache" "$T/tmp"
mkdir -p "$T/tmp"
run --list
db=$(ls -d "$T"/cache/hoso/*.db)
rm -f "$db"*
mkdir "$db"
tty_start onerun 100 30 TMPDIR="$T/tmp" -- -C content --no-state &&
    tty_wait " hoso " && {
	ls "$T/tmp" | grep -q '^hoso-index\.tmp\.' ||
	    fail "no index of one run in TMPDIR: $(ls "$T/tmp")"
	kill -9 "$tty_pid"
	tty_exit
	n=$(ls "$T/tmp" | grep -c '^hoso-index\.tmp\.')
	[ "$n" -gt 0 ] || fail "nothing left by the kill: the case tests nothing"
	reader_cycle onerun2 100 30 TMPDIR="$T/tmp" -- -C content --no-state
	ls "$T/tmp" | grep -q '^hoso-index\.tmp\.' &&
	    fail "left in TMPDIR: $(ls "$T/tmp")"
	echo "  $n files of the killed run removed"
}

finish
